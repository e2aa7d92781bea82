/**
 * What the document_start script (or the any-site gate) leaves for the DOM-ready script, and the small
 * helpers they share. Its own module, free of the site catalogue: ready.js and any-site.js import it
 * without carrying the catalogue's definitions (evaluated on every page they run on).
 */
import type { HideState } from '../clean/hide';
import {
  DEFAULT_PAGE_SETTINGS,
  PAGE_SETTINGS_LOCAL_KEYS,
  pageSettingsFrom,
  type PageSettings,
} from '../settings/page-settings';
import type { Site } from '../sites/types';
import type { Curtain } from './curtain';
import { extensionApi } from './ext';

/** The pseudo-site of pages reached in any-site mode: no rules, and the topic must be crypto. */
export const ANY_SITE_ID = 'any';

/** Left by the document_start script for the DOM-ready one (same isolated world). */
export interface EarlyState {
  site: Site;
  hide: HideState | null;
  curtain: Curtain | null;
  siteSelectors: string[];
  /** The reader's settings for this page (read from storage on first use). */
  readonly settings: Promise<PageSettings>;
}

export async function readPageSettings(siteId: string): Promise<PageSettings> {
  const api = extensionApi();
  if (!api) return DEFAULT_PAGE_SETTINGS;
  try {
    const [sync, local] = await Promise.all([
      api.storage.sync.get(['cleanupEnabled', 'disabledSites']),
      api.storage.local.get([...PAGE_SETTINGS_LOCAL_KEYS]),
    ]);
    return pageSettingsFrom(sync, local, siteId);
  } catch {
    return DEFAULT_PAGE_SETTINGS;
  }
}

/** Every rule line that applies to pages, in one array: catalogue, subscribed lists, the reader's own. */
export function allRuleLines(site: Site, settings: Pick<PageSettings, 'customRules' | 'lists'>): string[] {
  return [
    ...site.rules,
    ...settings.lists.flatMap((list) => list.lines),
    ...settings.customRules.split('\n'),
  ];
}
