import { defineConfig } from 'wxt';

// Hosts of the site catalogue: the only pages the early content script runs on.
import { CATALOGUE_MATCHES } from './src/sites/matches';

/** Asked for only when the reader adds an extra site or a translation server that is not loopback. */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  srcDir: '.',
  // Parallel work (and CI jobs) can build into their own folder; the tests read the same variable.
  outDir: process.env.UNSHILL_OUT_DIR || '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources package for Firefox review: everything needed to rebuild, without test data or scratch output.
    excludeSources: [
      'tests/fixtures/**',
      'bench-results/**',
      'docs/screenshots/**',
      '.output*/**',
      'coverage/**',
    ],
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    host_permissions: [
      ...CATALOGUE_MATCHES,
      'http://127.0.0.1/*',
      'http://localhost/*',
      // The e2e build may reach the test pages outside the catalogue (CONTRACT.md).
      ...(mode === 'e2e' ? ['<all_urls>'] : []),
    ],
    optional_host_permissions: OPTIONAL_ORIGINS,
    action: { default_title: '__MSG_actionTitle__' },
    // An unlisted script (entrypoints/early.ts) declared here: small, no WXT runtime. It carries the
    // DOM-ready step too; ready.js alone is injected by the any-site gate.
    content_scripts: [{ matches: CATALOGUE_MATCHES, js: ['early.js'], run_at: 'document_start' }],
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // WXT drops the MV3-only optional_host_permissions from the MV2 build: without this, Firefox refuses
          // every permissions.request for an extra site or a remote server ("not declared in the manifest").
          optional_permissions: OPTIONAL_ORIGINS,
          browser_specific_settings: {
            gecko: {
              id: 'unshill@unshill.app',
              strict_min_version: '142.0',
              // Nothing is collected; article text goes only to a translation server the reader configures.
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
            // Firefox for Android: the same extension; the panel has a phone layout and 44 px touch targets.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
