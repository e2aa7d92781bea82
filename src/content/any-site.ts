/**
 * Any-site mode (Options: "Clean up crypto news on any site"). This small script is the only one
 * registered on every http(s) page outside the catalogue, at document_end: nothing runs at
 * document_start, nothing is inserted (no hide stylesheet, no curtain). It reads the address and the
 * <head> (src/detect/head-signals.ts); only a page that may be a crypto news article gets the cleanup
 * script (ready.js) from the background, which then decides with the full detection. Any other page
 * is left as it is after a few regex tests.
 */
import { mayBeCryptoNews } from '../detect/head-signals';
import type { Site } from '../sites/types';
import { ANY_SITE_ID, readPageSettings, type EarlyState } from './early-state';
import { world } from '../world/world';
import { extensionApi } from './ext';

export function runAnySiteGate(): void {
  // A catalogue or extra site: its own scripts run there.
  const shared = world();
  if (shared.early) return;
  if (!mayBeCryptoNews(document, new URL(location.href))) return;
  const site: Site = { id: ANY_SITE_ID, name: location.hostname, matches: [], rules: [] };
  const state: EarlyState = {
    site,
    hide: null,
    curtain: null,
    siteSelectors: [],
    settings: readPageSettings(site.id),
  };
  shared.early = state;
  // The background loads ready.js into this frame; it finds the state above.
  extensionApi()
    ?.runtime.sendMessage({ type: 'ready:inject' })
    .catch(() => undefined);
}
