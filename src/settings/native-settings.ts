/**
 * The settings as the article script reads and writes them: the same keys, areas and validation as
 * settings.ts, through the browser's own storage API. WXT's storage wrapper and its fifteen item definitions
 * cost 1 to 3 ms to evaluate on every article. A read does not migrate an older schema (the background and
 * the options page do, through loadSettings); meanwhile a value it cannot read falls back to its default.
 */
import { extensionApi } from '../content/ext';
import { DEFAULT_SETTINGS, SETTING_AREAS, SETTING_KEYS, type SettingKey, type Settings } from './defaults';
import { t } from '../i18n/i18n';
import { validateSetting, validateSettings, type Problem } from './validate';

const keysIn = (area: 'sync' | 'local'): SettingKey[] =>
  SETTING_KEYS.filter((key) => SETTING_AREAS[key] === area);

/** Every setting, validated (a damaged value reads as its default); the defaults without a storage API. */
export async function readSettings(): Promise<Settings> {
  const api = extensionApi();
  if (!api) return structuredClone(DEFAULT_SETTINGS) as Settings;
  const [sync, local] = await Promise.all([
    api.storage.sync.get(keysIn('sync')),
    api.storage.local.get(keysIn('local')),
  ]);
  return validateSettings({ ...sync, ...local }).value;
}

/** A stored or given value's problem, in the reader's language. */
export function describeProblem(p: Problem): string {
  return t(p.message, [p.key, ...p.args]);
}

/** Writes one setting after validating it; throws (writing nothing) when the value is invalid. */
export async function writeSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const checked = validateSetting(key, value);
  const first = checked.problems[0];
  if (first) throw new Error(describeProblem(first));
  const api = extensionApi();
  if (!api) throw new Error('no extension API here');
  await api.storage[SETTING_AREAS[key]].set({ [key]: checked.value });
}

/** Turns cleanup on or off for one catalogue site (the panel's switch). */
export async function setSiteEnabled(siteId: string, enabled: boolean): Promise<void> {
  const stored = (await extensionApi()?.storage.sync.get('disabledSites'))?.disabledSites;
  const { value: current } = validateSetting('disabledSites', stored);
  const next = enabled ? current.filter((id) => id !== siteId) : [...new Set([...current, siteId])];
  await writeSetting('disabledSites', next);
}
