import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptionsPage } from '../../../src/options/options-page';
import { SETTINGS_VERSION, loadSettings } from '../../../src/settings/settings';
import type { Site } from '../../../src/sites/types';

const SITES: Site[] = [
  { id: 'bitget', name: 'Bitget', matches: ['https://www.bitget.com/*'], rules: [] },
  {
    id: 'cointelegraph',
    name: 'Cointelegraph',
    matches: ['https://cointelegraph.com/*'],
    rules: [],
  },
];

let root: HTMLElement;
let unwatch: () => void = () => {};

async function render(): Promise<HTMLElement> {
  unwatch = await renderOptionsPage(root, { sites: SITES, uiLanguage: 'en-US' });
  return root;
}

/** The control a visible label names, as the e2e tests find it (getByLabel). */
function byLabel<T extends HTMLElement>(text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`No label “${text}”`);
  const control = label.control ?? root.ownerDocument.getElementById(label.htmlFor);
  if (!control) throw new Error(`Label “${text}” names no control`);
  return control as T;
}

function change(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value?: string): void {
  if (value !== undefined) control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const statusText = (): string => root.querySelector('[data-testid="save-status"]')?.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
});

afterEach(() => {
  unwatch();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('labels every control with a real <label for>, with the contract labels', async () => {
    await render();
    const controls = [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      expect(control.labels?.length, control.outerHTML).toBeGreaterThan(0);
    }

    const translateTo = byLabel<HTMLSelectElement>('Translate to');
    expect(translateTo.tagName).toBe('SELECT');
    const codes = [...translateTo.options].map((o) => o.value);
    expect(codes).toEqual(expect.arrayContaining(['', 'en', 'fr', 'es', 'de', 'ru', 'zh']));
    expect(translateTo.options[0]?.textContent).toBe('Browser language (English)');
    expect([...translateTo.options].find((o) => o.value === 'fr')?.textContent).toBe('French (fr)');

    const service = byLabel<HTMLSelectElement>('Translation service');
    expect([...service.options].map((o) => o.value)).toEqual([
      'auto',
      'publisher',
      'chrome',
      'libretranslate',
      'apertium',
    ]);
    expect(byLabel<HTMLInputElement>('Server address').tagName).toBe('INPUT');
    expect(byLabel<HTMLInputElement>('API key').type).toBe('password');
    const cleanup = byLabel<HTMLInputElement>('Clean up automatically on known sites');
    expect(cleanup.type).toBe('checkbox');
    expect(cleanup.checked).toBe(true);

    expect(root.querySelector('h1')?.textContent).toBe('Unshill options');
    expect(document.title).toBe('Unshill options');
    expect(
      root.querySelector('[role="status"][aria-live="polite"][data-testid="save-status"]'),
    ).not.toBeNull();
    expect(root.querySelector('[data-testid="settings-reset-notice"]')).toBeNull();
  });

  it('saves a change at once and says "Saved"', async () => {
    await render();
    expect(statusText()).toBe('');
    const cleanup = byLabel<HTMLInputElement>('Clean up automatically on known sites');
    cleanup.click();
    await vi.waitFor(() => expect(statusText()).toBe('Saved'));
    expect((await loadSettings()).settings.cleanupEnabled).toBe(false);
    // With cleanup off, the per-site switches are disabled.
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.sites')?.disabled).toBe(true);

    change(byLabel<HTMLSelectElement>('Translate to'), 'fr');
    change(byLabel<HTMLSelectElement>('Translation service'), 'apertium');
    change(byLabel<HTMLSelectElement>('Theme'), 'sepia');
    byLabel<HTMLInputElement>('Side by side with the original text').click();
    byLabel<HTMLInputElement>('Always a summary made on your device').click();
    await vi.waitFor(async () => {
      const { settings } = await loadSettings();
      expect(settings).toMatchObject({
        translateTo: 'fr',
        translationService: 'apertium',
        translationDisplay: 'side-by-side',
        summarySource: 'local',
        reader: { theme: 'sepia', fontSize: 19 },
      });
    });
  });

  it('turns one catalogue site off with its switch', async () => {
    await render();
    const bitget = byLabel<HTMLInputElement>('Bitget');
    expect(bitget.getAttribute('role')).toBe('switch');
    expect(bitget.checked).toBe(true);
    bitget.click();
    await vi.waitFor(async () => expect((await loadSettings()).settings.disabledSites).toEqual(['bitget']));
    expect(statusText()).toBe('Saved');
  });

  it('saves a loopback server as typed, without asking for a permission', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await render();
    change(byLabel<HTMLInputElement>('Server address'), 'localhost:5000');
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.serverUrl).toBe('http://localhost:5000'),
    );
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for the host permission of another server, and saves only when granted', async () => {
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockResolvedValueOnce(false)
      .mockResolvedValueOnce(true);
    await render();
    const server = byLabel<HTMLInputElement>('Server address');
    change(server, 'https://translate.example.com:8443/');
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'Permission to reach https://translate.example.com:8443 was not granted',
      ),
    );
    expect((await loadSettings()).settings.serverUrl).toBe('');
    expect(request).toHaveBeenCalledWith({ origins: ['https://translate.example.com/*'] });

    change(server);
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.serverUrl).toBe('https://translate.example.com:8443'),
    );
    expect(server.getAttribute('aria-invalid')).toBeNull();
  });

  it('tests the connection through the background and lists the pairs it reports', async () => {
    const requests: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      requests.push(message);
      return Promise.resolve({ ok: true, pairs: ['en→fr', 'fr→en', 'en→es'] });
    });
    await render();
    change(byLabel<HTMLSelectElement>('Translation service'), 'libretranslate');
    byLabel<HTMLInputElement>('Server address').value = 'http://127.0.0.1:5000';
    byLabel<HTMLInputElement>('API key').value = 'k-123';
    root.querySelector<HTMLButtonElement>('[data-testid="test-connection"]')!.click();
    const result = root.querySelector('[data-testid="test-result"]')!;
    await vi.waitFor(() =>
      expect(result.textContent).toContain('Connected to LibreTranslate. Language pairs: 3'),
    );
    expect([...result.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'en→fr',
      'fr→en',
      'en→es',
    ]);
    expect(requests).toEqual([
      { type: 'translate:test', engine: 'libretranslate', server: 'http://127.0.0.1:5000', apiKey: 'k-123' },
    ]);
  });

  it('in automatic mode, tries Apertium after LibreTranslate fails, and shows the last error', async () => {
    const engines: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { engine } = message as { engine: string };
      engines.push(engine);
      return Promise.resolve({ ok: false, error: `${engine}: connection refused` });
    });
    await render();
    byLabel<HTMLInputElement>('Server address').value = 'localhost:2737';
    root.querySelector<HTMLButtonElement>('[data-testid="test-connection"]')!.click();
    const result = root.querySelector('[data-testid="test-result"]')!;
    await vi.waitFor(() =>
      expect(result.textContent).toBe('Connection failed: apertium: connection refused'),
    );
    expect(engines).toEqual(['libretranslate', 'apertium']);
  });

  it('refuses to save custom rules its parser rejects, names the line and the reason, and keeps the text', async () => {
    await render();
    const rules = byLabel<HTMLTextAreaElement>('Custom rules');
    const text =
      'bitget.com##.promo-banner\n##*{background:url(https://pwned.invalid/x)}x\n! comment\n##.sidebar-ad';
    change(rules, text);
    const report = root.querySelector('[data-testid="rules-report"]')!;
    await vi.waitFor(() =>
      expect(report.querySelector('[data-testid="rules-not-saved"]')?.textContent).toMatch(
        /^Not saved: line 2: bad selector/,
      ),
    );
    expect(report.textContent).toContain('Rules in use: 2');
    const errors = [...report.querySelectorAll('li')].map((li) => li.textContent);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Line 2: .+ — ##\*\{background/);
    expect(rules.hasAttribute('aria-invalid')).toBe(true);
    expect(rules.value).toBe(text);
    expect((await loadSettings()).settings.customRules).toBe('');

    const fixed = text.replace(/\n##\*\{.*\n/, '\n');
    change(rules, fixed);
    await vi.waitFor(async () => expect((await loadSettings()).settings.customRules).toBe(fixed));
    expect(report.querySelector('[data-testid="rules-not-saved"]')).toBeNull();
    expect(rules.hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows that an imported remote server is not granted, and asks for it from a click', async () => {
    await fakeBrowser.storage.local.set({ serverUrl: 'https://translate.example.com' });
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await render();
    const note = root.querySelector<HTMLElement>('[data-testid="server-not-granted"]')!;
    await vi.waitFor(() => expect(note.hidden).toBe(false));
    expect(note.textContent).toContain('Unshill may not reach https://translate.example.com yet');
    expect(contains).toHaveBeenCalledWith({ origins: ['https://translate.example.com/*'] });
    root.querySelector<HTMLButtonElement>('[data-testid="server-grant"]')!.click();
    expect(request).toHaveBeenCalledWith({ origins: ['https://translate.example.com/*'] });
    await vi.waitFor(() => expect(note.hidden).toBe(true));
  });

  it('"Clean up crypto news on any site" is off, asks for all sites when turned on, and stays off if refused', async () => {
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockResolvedValueOnce(false)
      .mockResolvedValueOnce(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await render();
    const anySite = byLabel<HTMLInputElement>('Clean up crypto news on any site');
    expect(anySite.checked).toBe(false);

    anySite.checked = true;
    change(anySite);
    expect(request).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] });
    await vi.waitFor(() => expect(root.textContent).toContain('Permission for all sites was not granted'));
    expect(anySite.checked).toBe(false);
    expect((await loadSettings()).settings.anySite).toBe(false);

    anySite.checked = true;
    change(anySite);
    await vi.waitFor(async () => expect((await loadSettings()).settings.anySite).toBe(true));

    anySite.checked = false;
    change(anySite);
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] }));
    expect((await loadSettings()).settings.anySite).toBe(false);
  });

  it('adds an extra site after the permission is granted, and refuses a non-address', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await render();
    const input = byLabel<HTMLInputElement>('Site address');
    const form = input.closest('form')!;
    input.value = 'not a site';
    form.requestSubmit();
    expect(root.textContent).toContain('“not a site” is not a web address');
    expect(request).not.toHaveBeenCalled();

    input.value = 'news.example.com/markets';
    form.requestSubmit();
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.extraSites).toEqual(['https://news.example.com']),
    );
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.com/*'] });
    const list = root.querySelector('[data-testid="extra-sites"]')!;
    await vi.waitFor(() => expect(list.textContent).toContain('https://news.example.com'));
    [...list.querySelectorAll('button')]
      .find((b) => b.textContent === 'Remove https://news.example.com')!
      .click();
    await vi.waitFor(async () => expect((await loadSettings()).settings.extraSites).toEqual([]));
  });

  it('shows a note when stored settings were damaged, and resets them', async () => {
    await fakeBrowser.storage.sync.set({
      settingsVersion: SETTINGS_VERSION,
      reader: { fontSize: 300 },
      translationService: 'deepl',
    });
    await render();
    const notice = root.querySelector('[data-testid="settings-reset-notice"]')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Some stored settings were damaged');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'translationService: “deepl” is not one of the choices.',
      'reader.fontSize: 300 is outside 14–28.',
    ]);
    expect(byLabel<HTMLSelectElement>('Translation service').value).toBe('auto');
    expect((await loadSettings()).problems).toEqual([]);
  });

  it('follows changes made elsewhere (the panel turning a site off)', async () => {
    await render();
    await fakeBrowser.storage.sync.set({ disabledSites: ['cointelegraph'], panelCollapsed: true });
    await vi.waitFor(() => expect(byLabel<HTMLInputElement>('Cointelegraph').checked).toBe(false));
    expect(byLabel<HTMLInputElement>('Start with the summary panel collapsed').checked).toBe(true);
  });

  it('rejects a bad import file with its reason and changes nothing; imports a good one', async () => {
    await render();
    const input = byLabel<HTMLInputElement>('Import settings from a file');
    const pick = (text: string): void => {
      Object.defineProperty(input, 'files', {
        configurable: true,
        value: [new File([text], 'settings.json', { type: 'application/json' })],
      });
      input.dispatchEvent(new Event('change'));
    };
    pick('{"app":"unshill","version":99,"settings":{}}');
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Import failed. The file comes from a newer version'),
    );
    expect(await fakeBrowser.storage.local.get()).toEqual({});

    pick(JSON.stringify({ app: 'unshill', version: SETTINGS_VERSION, settings: { translateTo: 'de' } }));
    await vi.waitFor(() => expect(root.textContent).toContain('Settings imported.'));
    expect(byLabel<HTMLSelectElement>('Translate to').value).toBe('de');
  });
});
