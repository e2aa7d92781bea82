/**
 * The extension's settings in browser storage: one `storage.defineItem` per key, validated on every load.
 *
 * Why one item per key rather than one settings object: the panel (panelCollapsed, disabledSites), the reader
 * (reader typography) and the options page write at the same time from different contexts; separate keys make
 * each write independent, with no read-modify-write that could lose another context's change. Import writes
 * all keys in one `storage.set` per area.
 *
 * Areas: `sync` follows the reader across browsers. `local` holds what is big (customRules) or tied to this
 * machine: extraSites (host permissions are granted per install and do not sync), serverUrl (a loopback server
 * exists on this machine only) and apiKey (a secret stays off the sync account).
 */
import { storage, type StorageItemKey, type WxtStorageItem } from '#imports';
import { parseCosmeticRules } from '../clean/cosmetic';
import { t } from '../i18n/i18n';
import { checkBackupLists, listsForBackup, type ListBackup } from '../lists/backup';
import { SUBSCRIPTIONS_KEY } from '../lists/store';
import { DEFAULT_SETTINGS, SETTING_AREAS, SETTING_KEYS, type SettingKey, type Settings } from './defaults';
import { LEGACY_KEYS, SETTINGS_VERSION, migrateRecord } from './migrate';
import { describeProblem } from './native-settings';
import { validateSettings } from './validate';

export * from './defaults';
export { SETTINGS_VERSION } from './migrate';

const VERSION_KEY: StorageItemKey = 'sync:settingsVersion';
/** Not written to exported files: files get shared, a key is a secret. */
const NOT_EXPORTED: readonly SettingKey[] = ['apiKey'];

export function storageKey(key: SettingKey): StorageItemKey {
  return `${SETTING_AREAS[key]}:${key}`;
}

function defineSettingItem<K extends SettingKey>(key: K): WxtStorageItem<Settings[K], Record<string, never>> {
  return storage.defineItem<Settings[K]>(storageKey(key), {
    fallback: structuredClone(DEFAULT_SETTINGS[key]) as Settings[K],
  });
}

/**
 * Typed storage items, for reading or watching a single key. Values read straight from an item are NOT
 * validated: prefer loadSettings / watchSettings for reading, saveSetting for writing.
 */
export const settingItems: {
  readonly [K in SettingKey]: WxtStorageItem<Settings[K], Record<string, never>>;
} = {
  cleanupEnabled: defineSettingItem('cleanupEnabled'),
  anySite: defineSettingItem('anySite'),
  disabledSites: defineSettingItem('disabledSites'),
  extraSites: defineSettingItem('extraSites'),
  customRules: defineSettingItem('customRules'),
  summarySource: defineSettingItem('summarySource'),
  translateTo: defineSettingItem('translateTo'),
  translationService: defineSettingItem('translationService'),
  serverUrl: defineSettingItem('serverUrl'),
  apiKey: defineSettingItem('apiKey'),
  translationDisplay: defineSettingItem('translationDisplay'),
  reader: defineSettingItem('reader'),
  panelCollapsed: defineSettingItem('panelCollapsed'),
  panelCompactOpen: defineSettingItem('panelCompactOpen'),
  stripReferralParams: defineSettingItem('stripReferralParams'),
};

export interface LoadedSettings {
  settings: Settings;
  /** One localized note per stored value that was damaged and replaced by its default. */
  problems: string[];
}

/**
 * Reads, migrates and validates every setting. A damaged value falls back to its default and adds a note.
 * With `repair`, damaged values are overwritten with what was returned (the options page does this, after
 * showing the notes); without it nothing is written except a pending schema migration.
 */
export async function loadSettings(options: { repair?: boolean } = {}): Promise<LoadedSettings> {
  await migrateStoredSettings();
  const raw = await readRaw(SETTING_KEYS);
  const { value: settings, problems } = validateSettings(raw);
  if (options.repair && problems.length > 0) {
    const damaged = [...new Set(problems.map((p) => p.key.split('.')[0] as SettingKey))];
    await writeSettings(Object.fromEntries(damaged.map((key) => [key, settings[key]])));
  }
  return { settings, problems: problems.map(describeProblem) };
}

/**
 * Calls `onChange` with the validated settings after any of them changes (in any context).
 * Bursts of changes (an import writes every key) are coalesced into one call. Returns the unwatch function.
 */
export function watchSettings(onChange: (settings: Settings, problems: string[]) => void): () => void {
  let stopped = false;
  let scheduled = false;
  let queue: Promise<void> = Promise.resolve();
  const reload = (): void => {
    if (scheduled || stopped) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      queue = queue.then(async () => {
        if (stopped) return;
        const { settings, problems } = await loadSettings();
        if (!stopped) onChange(settings, problems);
      });
    }, 0);
  };
  const unwatchers = SETTING_KEYS.map((key) => storage.watch(storageKey(key), reload));
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Writes one setting after validating it; throws (writing nothing) when the value is invalid. */
export { writeSetting as saveSetting } from './native-settings';

export interface SettingsFile {
  app: 'unshill';
  version: number;
  settings: Partial<Settings>;
  /** Filter-list subscriptions (address and on/off); optional, files written before lists existed have none. */
  lists?: ListBackup[];
}

/** The settings as a JSON file `{ app: 'unshill', version, settings, lists }`, without the API key. */
export async function exportSettings(): Promise<string> {
  const { settings } = await loadSettings();
  const exported: Partial<Settings> = { ...settings };
  for (const key of NOT_EXPORTED) delete exported[key];
  const lists = listsForBackup(await storage.getItem(`local:${SUBSCRIPTIONS_KEY}`));
  const file: SettingsFile = { app: 'unshill', version: SETTINGS_VERSION, settings: exported, lists };
  return JSON.stringify(file, null, 2);
}

/** On success, the file's filter lists, for the caller to subscribe to (the background fetches them). */
export type ImportResult = { ok: true; lists: ListBackup[] } | { ok: false; reason: string };

/**
 * Replaces the settings with a file's (older versions are migrated). Keys the file lacks take their defaults,
 * except the API key, which exports never contain and which stays as it is. A file that is not JSON, not
 * ours, from a newer version, or holds any invalid value is rejected with a localized reason, changing nothing.
 */
export async function importSettings(json: string): Promise<ImportResult> {
  const checked = checkSettingsFile(json);
  if (!checked.ok) return checked;
  const { settings, present, lists } = checked;
  const toWrite: Partial<Settings> = { ...settings };
  if (!present.has('apiKey')) delete toWrite.apiKey;
  try {
    await writeSettings(toWrite);
    await storage.setItem(VERSION_KEY, SETTINGS_VERSION);
  } catch (error) {
    return { ok: false, reason: t('importWriteFailed', describeError(error)) };
  }
  return { ok: true, lists };
}

type FileCheck =
  { ok: true; settings: Settings; present: Set<string>; lists: ListBackup[] } | { ok: false; reason: string };

/** Pure part of importSettings: parse, check, migrate and validate strictly. */
export function checkSettingsFile(json: string): FileCheck {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: t('importNotJson') };
  }
  if (!isPlainObject(data) || data.app !== 'unshill') return { ok: false, reason: t('importWrongApp') };
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: t('importBadVersion') };
  }
  if (version > SETTINGS_VERSION) {
    return { ok: false, reason: t('importNewerVersion', [String(version), String(SETTINGS_VERSION)]) };
  }
  if (!isPlainObject(data.settings)) return { ok: false, reason: t('importNoSettings') };
  const record = migrateRecord(data.settings, version);
  const unknown = Object.keys(record).find((key) => !(SETTING_KEYS as string[]).includes(key));
  if (unknown !== undefined) return { ok: false, reason: t('importUnknownKey', unknown) };
  const { value: settings, problems } = validateSettings(record);
  const first = problems[0];
  if (first) return { ok: false, reason: describeProblem(first) };
  // The same parser as the options page: a file cannot bring in what the page would refuse to save (F1).
  const badRule = parseCosmeticRules(settings.customRules).errors[0];
  if (badRule) return { ok: false, reason: t('importBadRule', [String(badRule.line), badRule.reason]) };
  const lists = checkBackupLists(data.lists);
  if (!lists.ok) return { ok: false, reason: t('importBadList', String(lists.entry)) };
  return { ok: true, settings, present: new Set(Object.keys(record)), lists: lists.lists };
}

/** Brings stored settings of an older schema version to the current one (idempotent, cheap when current). */
export async function migrateStoredSettings(): Promise<void> {
  const stored = await storage.getItem<number>(VERSION_KEY);
  if (stored === SETTINGS_VERSION) return;
  if (typeof stored === 'number' && stored > SETTINGS_VERSION) return; // A newer install synced this; validation copes.
  const legacyKeys = LEGACY_KEYS.map((key): StorageItemKey => `sync:${key}`);
  const legacy = await storage.getItems(legacyKeys);
  const hasLegacy = legacy.some(({ value }) => value !== null && value !== undefined);
  if (hasLegacy) {
    const from = typeof stored === 'number' && stored >= 1 ? stored : 1;
    const record = { ...(await readRaw(SETTING_KEYS)), ...keyedByName(legacy) };
    const migrated = migrateRecord(record, from);
    const changed = SETTING_KEYS.filter(
      (key) => migrated[key] !== undefined && migrated[key] !== record[key],
    );
    await storage.setItems(changed.map((key) => ({ key: storageKey(key), value: migrated[key] })));
    await storage.removeItems(legacyKeys);
  }
  await storage.setItem(VERSION_KEY, SETTINGS_VERSION);
}

async function readRaw(keys: readonly SettingKey[]): Promise<Record<string, unknown>> {
  const values = await storage.getItems(keys.map(storageKey));
  return keyedByName(values);
}

/** 'sync:reader' → 'reader'. */
function keyedByName(values: { key: string; value: unknown }[]): Record<string, unknown> {
  return Object.fromEntries(
    values.map(({ key, value }) => [key.slice(key.indexOf(':') + 1), value ?? undefined]),
  );
}

async function writeSettings(values: Partial<Settings>): Promise<void> {
  const entries = Object.entries(values) as [SettingKey, unknown][];
  await storage.setItems(entries.map(([key, value]) => ({ key: storageKey(key), value })));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
