/**
 * Content scripts registered at run time, beyond the catalogue declared in the manifest:
 * - the reader's extra sites (Options): the same two scripts as the catalogue, for the origins whose
 *   host permission the reader granted;
 * - any-site mode (Options: "Clean up crypto news on any site"): one small script on every other
 *   http(s) page at document_end (entrypoints/any-site.ts), while the permission for all sites is held.
 * Registrations persist across browser restarts and follow the settings and the permissions.
 */
import { browser } from '#imports';
import { ALL_SITES_PATTERNS } from '../settings/origins';
import { validateSetting } from '../settings/validate';
import { settingItems } from '../settings/settings';
import { CATALOGUE_MATCHES } from '../sites/matches';

// The second id is the separate ready.js of earlier versions: listed so that an update unregisters it.
const EXTRA_IDS = ['unshill-extra-early', 'unshill-extra-ready'];
const ANY_SITE_IDS = ['unshill-any-site'];
/** The optional permission any-site mode asks for (also in the manifest's optional_host_permissions). */
const ALL_SITES = [...ALL_SITES_PATTERNS];

type ScriptRegistration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** `https://news.example.com` → `https://news.example.com/*`, dropping anything that is not an origin. */
export function originsToMatches(origins: readonly unknown[]): string[] {
  const matches = new Set<string>();
  for (const origin of origins) {
    if (typeof origin !== 'string') continue;
    try {
      const url = new URL(origin);
      if (url.protocol === 'https:' || url.protocol === 'http:')
        matches.add(`${url.protocol}//${url.hostname}/*`);
    } catch {
      // Not an origin: the options page validates what it stores, a damaged value is skipped.
    }
  }
  return [...matches];
}

/** The extra sites' match patterns whose host permission is held. */
async function grantedExtraMatches(): Promise<string[]> {
  const wanted = originsToMatches((await settingItems.extraSites.getValue()) ?? []);
  const granted: string[] = [];
  for (const match of wanted) {
    if (await browser.permissions.contains({ origins: [match] })) granted.push(match);
  }
  return granted;
}

/** Whether any-site mode should run: the setting is on and the permission for all sites is held. */
export async function anySiteActive(): Promise<boolean> {
  const { value: on } = validateSetting('anySite', await settingItems.anySite.getValue());
  return on && (await browser.permissions.contains({ origins: ALL_SITES }));
}

async function replaceScripts(ids: string[], scripts: ScriptRegistration[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
}

export async function syncExtraSiteScripts(): Promise<void> {
  const granted = await grantedExtraMatches();
  const common = { matches: granted, persistAcrossSessions: true };
  await replaceScripts(
    EXTRA_IDS,
    granted.length
      ? [
          // early.js carries the DOM-ready step (ready.ts) as well.
          { ...common, id: EXTRA_IDS[0]!, js: ['early.js'], runAt: 'document_start' },
        ]
      : [],
  );
}

export async function syncAnySiteScripts(): Promise<void> {
  if (!(await anySiteActive())) return replaceScripts(ANY_SITE_IDS, []);
  // Catalogue and extra sites have their own scripts (with the hide stylesheet before first paint).
  const excludeMatches = [...CATALOGUE_MATCHES, ...(await grantedExtraMatches())];
  await replaceScripts(ANY_SITE_IDS, [
    {
      id: ANY_SITE_IDS[0]!,
      matches: ALL_SITES,
      excludeMatches,
      js: ['any-site.js'],
      runAt: 'document_end',
      persistAcrossSessions: true,
    },
  ]);
}

export function watchExtraSites(): void {
  // One sync at a time: two overlapping ones would register the same id twice.
  let queue: Promise<void> = Promise.resolve();
  const sync = (): void => {
    queue = queue
      .then(() => Promise.all([syncExtraSiteScripts(), syncAnySiteScripts()]))
      .then(
        () => undefined,
        (error: unknown) => console.warn('Unshill: content scripts for other sites:', error),
      );
  };
  sync();
  settingItems.extraSites.watch(sync);
  settingItems.anySite.watch(sync);
  browser.permissions.onAdded?.addListener(sync);
  browser.permissions.onRemoved?.addListener(sync);
}
