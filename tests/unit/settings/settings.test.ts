import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  checkSettingsFile,
  exportSettings,
  importSettings,
  loadSettings,
  resolveTranslateTo,
  saveSetting,
  watchSettings,
  type Settings,
} from '../../../src/settings/settings';
import { pageSettingsFrom } from '../../../src/settings/page-settings';
import { readSettings, setSiteEnabled, writeSetting } from '../../../src/settings/native-settings';

async function snapshot(): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return { sync: await fakeBrowser.storage.sync.get(), local: await fakeBrowser.storage.local.get() };
}

/** Stored values of every kind of damage: wrong types, out-of-range numbers, unknown choices, bad entries. */
async function storeDamagedSettings(): Promise<void> {
  await fakeBrowser.storage.sync.set({
    settingsVersion: SETTINGS_VERSION,
    cleanupEnabled: 'yes',
    summarySource: 'cloud',
    translationService: 'deepl',
    translateTo: 'French!',
    disabledSites: 'bitget',
    reader: { fontSize: 99, lineWidth: 700, font: 'comic', theme: 'sepia' },
    panelCollapsed: 1,
  });
  await fakeBrowser.storage.local.set({
    extraSites: ['https://news.example.com/markets/1', 'not a site', 42],
    serverUrl: 'ftp://translate.example.com',
    customRules: 123,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('loads the documented defaults from empty storage, with no problems', async () => {
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({
      cleanupEnabled: true,
      disabledSites: [],
      extraSites: [],
      customRules: '',
      summarySource: 'auto',
      translateTo: '',
      translationService: 'auto',
      serverUrl: '',
      apiKey: '',
      translationDisplay: 'replace',
      reader: { fontSize: 19, lineWidth: 680, font: 'serif', theme: 'auto' },
      panelCollapsed: false,
      stripReferralParams: false,
    });
  });

  it('hands out copies: changing a loaded list does not change the defaults', async () => {
    const { settings } = await loadSettings();
    settings.disabledSites.push('bitget');
    settings.reader.fontSize = 25;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.reader.fontSize).toBe(19);
  });

  it('keeps big and machine-bound values in local storage, the rest in sync', async () => {
    await saveSetting('customRules', 'example.com##.promo');
    await saveSetting('apiKey', 'secret');
    await saveSetting('translateTo', 'fr');
    const { sync, local } = await snapshot();
    expect(local).toMatchObject({ customRules: 'example.com##.promo', apiKey: 'secret' });
    expect(sync).toMatchObject({ translateTo: 'fr' });
    expect(sync).not.toHaveProperty('apiKey');
  });
});

describe('validation on load', () => {
  it('replaces wrong types, out-of-range numbers and unknown choices by their defaults, one note each', async () => {
    await storeDamagedSettings();
    const { settings, problems } = await loadSettings();
    expect(settings.cleanupEnabled).toBe(true);
    expect(settings.summarySource).toBe('auto');
    expect(settings.translationService).toBe('auto');
    expect(settings.translateTo).toBe('');
    expect(settings.disabledSites).toEqual([]);
    // The reader is repaired field by field: the good lineWidth and theme survive.
    expect(settings.reader).toEqual({ fontSize: 19, lineWidth: 700, font: 'serif', theme: 'sepia' });
    expect(settings.panelCollapsed).toBe(false);
    // Lists keep their good entries, normalized.
    expect(settings.extraSites).toEqual(['https://news.example.com']);
    expect(settings.serverUrl).toBe('');
    expect(settings.customRules).toBe('');

    expect(problems).toContain('cleanupEnabled: the value had the wrong type.');
    expect(problems).toContain('summarySource: “cloud” is not one of the choices.');
    expect(problems).toContain('translationService: “deepl” is not one of the choices.');
    expect(problems).toContain('translateTo: “French!” is not valid.');
    expect(problems).toContain('reader.fontSize: 99 is outside 14–28.');
    expect(problems).toContain('reader.font: “comic” is not one of the choices.');
    expect(problems).toContain('extraSites: the invalid entry “not a site” was dropped.');
    expect(problems).toContain('extraSites: the invalid entry “42” was dropped.');
    expect(problems).toContain('serverUrl: “ftp://translate.example.com” is not valid.');
    expect(problems).toHaveLength(12);
  });

  it('rejects a reader that is not an object, and NaN-like numbers', async () => {
    await fakeBrowser.storage.sync.set({ reader: ['big'], settingsVersion: SETTINGS_VERSION });
    expect((await loadSettings()).settings.reader).toEqual(DEFAULT_SETTINGS.reader);
    await fakeBrowser.storage.sync.set({ reader: { fontSize: '20', lineWidth: 479 } });
    const { settings, problems } = await loadSettings();
    expect(settings.reader.fontSize).toBe(19);
    expect(settings.reader.lineWidth).toBe(680);
    expect(problems).toEqual([
      'reader.fontSize: the value had the wrong type.',
      'reader.lineWidth: 479 is outside 480–900.',
    ]);
  });

  it('reads without writing, unless asked to repair; after repair the notes are gone', async () => {
    await fakeBrowser.storage.sync.set({
      settingsVersion: SETTINGS_VERSION,
      reader: { fontSize: 3, theme: 'dark' },
    });
    await loadSettings();
    expect((await fakeBrowser.storage.sync.get('reader')).reader).toEqual({ fontSize: 3, theme: 'dark' });

    const repaired = await loadSettings({ repair: true });
    expect(repaired.problems).toHaveLength(1);
    expect((await fakeBrowser.storage.sync.get('reader')).reader).toEqual({
      fontSize: 19,
      lineWidth: 680,
      font: 'serif',
      theme: 'dark',
    });
    expect((await loadSettings()).problems).toEqual([]);
  });

  it('refuses to save an invalid value and writes nothing', async () => {
    await expect(saveSetting('reader', { ...DEFAULT_SETTINGS.reader, fontSize: 40 })).rejects.toThrow(
      'reader.fontSize: 40 is outside 14–28.',
    );
    await expect(
      saveSetting('translationService', 'deepl' as Settings['translationService']),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual({ sync: {}, local: {} });
  });
});

describe("the article script's settings (native storage, no wrapper)", () => {
  it('reads what loadSettings reads, damaged values included, and writes where loadSettings reads', async () => {
    await storeDamagedSettings();
    expect(await readSettings()).toEqual((await loadSettings()).settings);

    await writeSetting('panelCompactOpen', true);
    await writeSetting('panelCollapsed', false);
    expect((await loadSettings()).settings).toMatchObject({ panelCompactOpen: true, panelCollapsed: false });
    expect((await snapshot()).sync).toMatchObject({ panelCompactOpen: true, panelCollapsed: false });
  });

  it('refuses an invalid value and writes nothing', async () => {
    const before = await snapshot();
    await expect(writeSetting('summarySource', 'cloud' as never)).rejects.toThrow(/summarySource/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('migration', () => {
  it('brings version 1 (flat reader keys) to the current layout and removes the old keys', async () => {
    await fakeBrowser.storage.sync.set({
      settingsVersion: 1,
      readerFontSize: 22,
      readerTheme: 'sepia',
      cleanupEnabled: false,
    });
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual([]);
    expect(settings.reader).toEqual({ fontSize: 22, lineWidth: 680, font: 'serif', theme: 'sepia' });
    expect(settings.cleanupEnabled).toBe(false);
    const { sync } = await snapshot();
    expect(sync).toEqual({
      settingsVersion: SETTINGS_VERSION,
      cleanupEnabled: false,
      reader: { fontSize: 22, theme: 'sepia' },
    });
  });

  it('treats unversioned storage with version-1 keys as version 1, and validates what it migrates', async () => {
    await fakeBrowser.storage.sync.set({ readerFontSize: 200, readerFont: 'sans' });
    const { settings, problems } = await loadSettings();
    expect(settings.reader).toEqual({ fontSize: 19, lineWidth: 680, font: 'sans', theme: 'auto' });
    expect(problems).toEqual(['reader.fontSize: 200 is outside 14–28.']);
    expect((await snapshot()).sync).not.toHaveProperty('readerFont');
  });

  it('leaves storage written by a newer version alone (validation still guards the values)', async () => {
    await fakeBrowser.storage.sync.set({ settingsVersion: SETTINGS_VERSION + 1, summarySource: 'cloud-ai' });
    const { settings, problems } = await loadSettings();
    expect(settings.summarySource).toBe('auto');
    expect(problems).toHaveLength(1);
    expect((await snapshot()).sync.settingsVersion).toBe(SETTINGS_VERSION + 1);
  });
});

describe('watchSettings', () => {
  it('reports validated settings after a change, coalesces bursts, and stops when unwatched', async () => {
    await loadSettings();
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ translateTo: 'de', panelCollapsed: true });
    await fakeBrowser.storage.local.set({ serverUrl: 'http://localhost:5000' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({
      translateTo: 'de',
      panelCollapsed: true,
      serverUrl: 'http://localhost:5000',
    });

    await fakeBrowser.storage.sync.set({ reader: { fontSize: 500 } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.reader.fontSize).toBe(19);

    unwatch();
    await fakeBrowser.storage.sync.set({ translateTo: 'ru' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });
});

describe('site helpers', () => {
  it('turns single sites off and on, and combines with the global switch', async () => {
    // What the document_start script decides from the raw stored values (src/content/early.ts).
    const onPage = async (siteId: string): Promise<boolean> => {
      const { sync, local } = await snapshot();
      return pageSettingsFrom(sync, local, siteId).on;
    };
    expect(await onPage('bitget')).toBe(true);
    await setSiteEnabled('bitget', false);
    await setSiteEnabled('okx', false);
    await setSiteEnabled('bitget', false);
    const { settings } = await loadSettings();
    expect(settings.disabledSites).toEqual(['bitget', 'okx']);
    expect(await onPage('bitget')).toBe(false);
    expect(await onPage('binance')).toBe(true);
    await setSiteEnabled('bitget', true);
    expect(await onPage('bitget')).toBe(true);
    await saveSetting('cleanupEnabled', false);
    expect((await loadSettings()).settings.disabledSites).toEqual(['okx']);
    expect(await onPage('binance')).toBe(false);
  });

  it("reads the reader's rules and shrugs off malformed stored values", () => {
    expect(pageSettingsFrom({}, {}, 'bitget')).toEqual({
      on: true,
      customRules: '',
      lists: [],
      siteRules: true,
    });
    expect(
      pageSettingsFrom({ cleanupEnabled: 'no', disabledSites: 'bitget' }, { customRules: 7 }, 'bitget'),
    ).toEqual({
      on: true,
      customRules: '',
      lists: [],
      siteRules: true,
    });
    expect(pageSettingsFrom({ disabledSites: [3, 'bitget'] }, { customRules: '##.x' }, 'bitget')).toEqual({
      on: false,
      customRules: '##.x',
      lists: [],
      siteRules: true,
    });
  });

  it('resolves the target language from the setting or the UI language', () => {
    expect(resolveTranslateTo({ ...DEFAULT_SETTINGS, translateTo: 'es' }, 'fr-FR')).toBe('es');
    expect(resolveTranslateTo(DEFAULT_SETTINGS, 'zh-CN')).toBe('zh');
    expect(resolveTranslateTo(DEFAULT_SETTINGS, 'pt_BR')).toBe('pt');
  });
});

describe('export and import', () => {
  const custom: Partial<Settings> = {
    cleanupEnabled: false,
    disabledSites: ['cointelegraph'],
    extraSites: ['https://news.example.com'],
    customRules: 'example.com##.promo\n##.sidebar-ad:has-text(Sponsored)',
    summarySource: 'chrome',
    translateTo: 'ru',
    translationService: 'libretranslate',
    serverUrl: 'http://localhost:5000',
    translationDisplay: 'side-by-side',
    reader: { fontSize: 21, lineWidth: 760, font: 'sans', theme: 'sepia' },
    stripReferralParams: true,
  };

  async function apply(values: Partial<Settings>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      await saveSetting(key as keyof Settings, value as never);
    }
  }

  it('round-trips every setting except the API key, which is never exported', async () => {
    await apply({ ...custom, apiKey: 'secret-key' });
    const json = await exportSettings();
    const file = JSON.parse(json) as { app: string; version: number; settings: Record<string, unknown> };
    expect(file.app).toBe('unshill');
    expect(file.version).toBe(SETTINGS_VERSION);
    expect(file.settings).not.toHaveProperty('apiKey');
    expect(file.settings).toMatchObject(custom);

    fakeBrowser.reset();
    await saveSetting('apiKey', 'other-key');
    expect(await importSettings(json)).toEqual({ ok: true, lists: [] });
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...custom, apiKey: 'other-key' });
  });

  it('exports the filter-list subscriptions (address and on/off, not their rules) and hands them back on import', async () => {
    await fakeBrowser.storage.local.set({
      filterLists: [
        { url: 'https://lists.example.org/crypto.txt', enabled: true, title: 'Crypto', ruleCount: 40 },
        { url: 'http://127.0.0.1:8080/mine.txt', enabled: false, title: null, ruleCount: 2 },
      ],
      filterListRules: { 'https://lists.example.org/crypto.txt': ['##.promo'] },
    });
    const json = await exportSettings();
    expect(json).not.toContain('##.promo');
    const lists = [
      { url: 'https://lists.example.org/crypto.txt', enabled: true },
      { url: 'http://127.0.0.1:8080/mine.txt', enabled: false },
    ];
    expect((JSON.parse(json) as { lists: unknown }).lists).toEqual(lists);

    fakeBrowser.reset();
    expect(await importSettings(json)).toEqual({ ok: true, lists });
  });

  it('imports a version 1 file by migrating it, and fills keys the file lacks with defaults', async () => {
    await saveSetting('translateTo', 'de');
    const v1 = JSON.stringify({
      app: 'unshill',
      version: 1,
      settings: { readerFontSize: 24, summarySource: 'local' },
    });
    expect(await importSettings(v1)).toEqual({ ok: true, lists: [] });
    const { settings } = await loadSettings();
    expect(settings.reader.fontSize).toBe(24);
    expect(settings.summarySource).toBe('local');
    expect(settings.translateTo).toBe('');
  });

  const badFiles: [string, string, string][] = [
    ['not JSON', '{"app": "unshill", version: 2', 'The file is not JSON.'],
    [
      'another app',
      JSON.stringify({ app: 'darkreader', version: 1, settings: {} }),
      'The file is not an Unshill settings file.',
    ],
    ['an array', '[1,2,3]', 'The file is not an Unshill settings file.'],
    [
      'a newer version',
      JSON.stringify({ app: 'unshill', version: 99, settings: {} }),
      'newer version of Unshill (settings version 99; this one reads up to 2)',
    ],
    ['version 0', JSON.stringify({ app: 'unshill', version: 0, settings: {} }), 'no valid settings version'],
    [
      'a string version',
      JSON.stringify({ app: 'unshill', version: '2', settings: {} }),
      'no valid settings version',
    ],
    ['no settings', JSON.stringify({ app: 'unshill', version: 2 }), 'The file contains no settings.'],
    [
      'a wrong type',
      JSON.stringify({ app: 'unshill', version: 2, settings: { cleanupEnabled: 'no' } }),
      'cleanupEnabled: the value had the wrong type.',
    ],
    [
      'an out-of-range number',
      JSON.stringify({ app: 'unshill', version: 2, settings: { reader: { fontSize: 4 } } }),
      'reader.fontSize: 4 is outside 14–28.',
    ],
    [
      'an unknown choice',
      JSON.stringify({ app: 'unshill', version: 2, settings: { translationDisplay: 'popup' } }),
      'translationDisplay: “popup” is not one of the choices.',
    ],
    [
      'a bad list entry',
      JSON.stringify({ app: 'unshill', version: 2, settings: { extraSites: ['javascript:alert(1)'] } }),
      'extraSites: the invalid entry',
    ],
    [
      'an unknown key',
      JSON.stringify({ app: 'unshill', version: 2, settings: { fontColour: 'red' } }),
      'unknown setting: fontColour',
    ],
    [
      'custom rules that would inject CSS (security review F1)',
      JSON.stringify({
        app: 'unshill',
        version: 2,
        settings: {
          customRules: '##.ok\n##*{background-image:url(https://pwned.invalid/x)}x) or (color:red',
        },
      }),
      'Custom rules, line 2: bad selector',
    ],
    [
      'a :has-text() regular expression that backtracks forever (F7)',
      JSON.stringify({ app: 'unshill', version: 2, settings: { customRules: '##p:has-text(/(a+)+$/)' } }),
      'Custom rules, line 1: nested quantifiers',
    ],
    [
      'a filter list that is not a web address',
      JSON.stringify({
        app: 'unshill',
        version: 2,
        settings: {},
        lists: [
          { url: 'https://lists.example.org/a.txt', enabled: true },
          { url: 'file:///etc/passwd', enabled: true },
        ],
      }),
      'Filter lists, entry 2',
    ],
  ];

  it.each(badFiles)('rejects %s with its reason and changes nothing', async (_name, json, reason) => {
    await apply(custom);
    const before = await snapshot();
    const result = await importSettings(json);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toContain(reason);
    expect(await snapshot()).toEqual(before);
  });

  it('checks a file without touching storage', () => {
    const good = checkSettingsFile(
      JSON.stringify({ app: 'unshill', version: 2, settings: { panelCollapsed: true } }),
    );
    expect(good.ok && good.settings.panelCollapsed).toBe(true);
  });
});
