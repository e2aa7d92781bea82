/**
 * The reader's extra sites (Options): the same two content scripts as the catalogue, registered at run
 * time for the origins whose host permission the reader granted.
 */
import { browser } from '#imports';
import { settingItems } from '../settings/settings';

const IDS = ['unshill-extra-early', 'unshill-extra-ready'];

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

export async function syncExtraSiteScripts(): Promise<void> {
  const wanted = originsToMatches((await settingItems.extraSites.getValue()) ?? []);
  const granted: string[] = [];
  for (const match of wanted) {
    if (await browser.permissions.contains({ origins: [match] })) granted.push(match);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: IDS });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    { id: IDS[0]!, matches: granted, js: ['early.js'], runAt: 'document_start', persistAcrossSessions: true },
    { id: IDS[1]!, matches: granted, js: ['ready.js'], runAt: 'document_end', persistAcrossSessions: true },
  ]);
}

export function watchExtraSites(): void {
  const sync = () =>
    void syncExtraSiteScripts().catch((error) => console.warn('Unshill: extra sites:', error));
  sync();
  settingItems.extraSites.watch(sync);
  browser.permissions.onAdded?.addListener(sync);
  browser.permissions.onRemoved?.addListener(sync);
}
