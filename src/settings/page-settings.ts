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
}

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
  };
}

/** Storage unavailable: the defaults say clean up. */
export const DEFAULT_PAGE_SETTINGS: Readonly<PageSettings> = Object.freeze({
  on: true,
  customRules: '',
  lists: [],
});
