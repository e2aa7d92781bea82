/**
 * What the document_start script needs from storage, decided from the raw stored values. Pure and small
 * (no storage wrapper, no validator): it runs before first paint on every catalogue page.
 */
import { enabledListRules, LIST_RULES_KEY, SUBSCRIPTIONS_KEY, type ListRules } from '../lists/store';
import type { Settings } from './defaults';

export interface PageSettings {
  /** Cleanup is on for this site. */
  on: boolean;
  customRules: string;
  /** The enabled filter lists' rules (Options, "Filter lists"). */
  lists: ListRules[];
  /**
   * The catalogue's hide rules apply. Always true in production; the e2e build reads
   * `e2e.siteRules` (CONTRACT.md, "Heuristics alone") so the generic detection can be measured alone.
   */
  siteRules: boolean;
}

/** The e2e build only: Vite replaces `import.meta.env.MODE`, so production drops this branch. */
const E2E_BUILD = import.meta.env.MODE === 'e2e';
const E2E_SITE_RULES_KEY = 'e2e.siteRules';

/** The `storage.local` keys the page settings are read from. */
export const PAGE_SETTINGS_LOCAL_KEYS: readonly string[] = [
  'customRules',
  SUBSCRIPTIONS_KEY,
  LIST_RULES_KEY,
  ...(E2E_BUILD ? [E2E_SITE_RULES_KEY] : []),
];

/** Whether the content script should clean a page of this site. */
export function isCleanupEnabledFor(
  settings: Pick<Settings, 'cleanupEnabled' | 'disabledSites'>,
  siteId: string,
): boolean {
  return settings.cleanupEnabled && !settings.disabledSites.includes(siteId);
}

/** The page's settings from raw `storage.sync` / `storage.local` records; anything malformed means the default. */
export function pageSettingsFrom(
  sync: Record<string, unknown>,
  local: Record<string, unknown>,
  siteId: string,
): PageSettings {
  const settings = {
    cleanupEnabled: sync.cleanupEnabled !== false,
    disabledSites: Array.isArray(sync.disabledSites)
      ? sync.disabledSites.filter((id): id is string => typeof id === 'string')
      : [],
  };
  return {
    on: isCleanupEnabledFor(settings, siteId),
    customRules: typeof local.customRules === 'string' ? local.customRules : '',
    lists: enabledListRules(local[SUBSCRIPTIONS_KEY], local[LIST_RULES_KEY]),
    siteRules: E2E_BUILD ? local[E2E_SITE_RULES_KEY] !== false : true,
  };
}

/** Storage unavailable: the defaults say clean up. */
export const DEFAULT_PAGE_SETTINGS: Readonly<PageSettings> = Object.freeze({
  on: true,
  customRules: '',
  lists: [],
  siteRules: true,
});
