/**
 * The options page of the built extension: every change saved and kept, export and import, damaged stored
 * settings, and the UI in French and Russian. Controls are found by their visible labels (CONTRACT.md).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../helpers/chromium';
import { OUTPUT_DIR, launch, loadFixture, type Harness } from './harness';

let harness: Harness;
let optionsUrl: string;

/** The part of the `chrome` global these tests use inside the service worker. */
interface Area {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { sync: Area; local: Area } };

/** Extension storage as the service worker sees it. */
async function stored(
  worker: Worker,
): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return worker.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    local: await chrome.storage.local.get(null),
  }));
}

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3' });
  // chrome-extension: is not a special scheme for Node's URL (origin 'null'): build it from the host.
  optionsUrl = `chrome-extension://${new URL(harness.worker.url()).host}/options.html`;
  // The harness answers every other URL with a 404, extension pages included: let those load.
  await harness.context.route(/^chrome-extension:\/\//, (route) => route.continue());
});
afterAll(async () => harness?.close());
afterEach(async () => {
  for (const page of harness.context.pages()) await page.close();
  await harness.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
});

async function openOptions(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(optionsUrl, { waitUntil: 'load' });
  await page.getByLabel('Translate to').waitFor();
  return page;
}

describe('options page', () => {
  it('saves each change, shows "Saved", and keeps the values after a reload', async () => {
    const page = await openOptions();
    const status = page.getByTestId('save-status');

    await page.getByLabel('Translate to').selectOption('fr');
    await expect.poll(() => status.textContent()).toBe('Saved');
    await page.getByLabel('Translation service').selectOption('libretranslate');
    await page.getByLabel('Server address').fill('http://localhost:5000');
    await page.getByLabel('Server address').press('Enter');
    await page.getByLabel('Clean up automatically on known sites').uncheck();
    await expect.poll(async () => (await stored(harness.worker)).sync.cleanupEnabled).toBe(false);
    await expect.poll(() => status.textContent()).toBe('Saved');

    const storage = await stored(harness.worker);
    expect(storage.sync).toMatchObject({
      translateTo: 'fr',
      translationService: 'libretranslate',
      cleanupEnabled: false,
    });
    expect(storage.local).toMatchObject({ serverUrl: 'http://localhost:5000' });

    await page.reload({ waitUntil: 'load' });
    await page.getByLabel('Translate to').waitFor();
    expect(await page.getByLabel('Translate to').inputValue()).toBe('fr');
    expect(await page.getByLabel('Translation service').inputValue()).toBe('libretranslate');
    expect(await page.getByLabel('Server address').inputValue()).toBe('http://localhost:5000');
    expect(await page.getByLabel('Clean up automatically on known sites').isChecked()).toBe(false);
  });

  it('exports the settings as a JSON file, without the API key', async () => {
    const page = await openOptions();
    await page.getByLabel('Translate to').selectOption('de');
    await page.getByLabel('API key').fill('secret-key-123');
    await page.getByLabel('API key').press('Tab');
    await expect.poll(async () => (await stored(harness.worker)).local.apiKey).toBe('secret-key-123');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^unshill-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(text) as { app: string; version: number; settings: Record<string, unknown> };
    expect(file.app).toBe('unshill');
    expect(file.settings.translateTo).toBe('de');
    expect(text).not.toContain('secret-key-123');
  });

  it('rejects a bad file with a reason and changes nothing; applies a good one', async () => {
    const page = await openOptions();
    await page.getByLabel('Translate to').selectOption('es');
    await expect.poll(async () => (await stored(harness.worker)).sync.translateTo).toBe('es');
    const before = await stored(harness.worker);
    const input = page.getByLabel('Import settings from a file');

    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ not json'),
    });
    await expect
      .poll(() => page.getByText(/^Import failed\./).textContent())
      .toContain('The file is not JSON.');
    expect(await stored(harness.worker)).toEqual(before);
    expect(await page.getByLabel('Translate to').inputValue()).toBe('es');

    const good = { app: 'unshill', version: 2, settings: { translateTo: 'ru', cleanupEnabled: false } };
    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect.poll(() => page.getByText('Settings imported.').isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('Translate to').inputValue()).toBe('ru');
    expect(await page.getByLabel('Clean up automatically on known sites').isChecked()).toBe(false);
    expect((await stored(harness.worker)).sync).toMatchObject({ translateTo: 'ru', cleanupEnabled: false });
  });

  it('says so when a stored setting is damaged, and uses the defaults', async () => {
    await harness.worker.evaluate(() => chrome.storage.sync.set({ reader: 'garbage', translateTo: 'fr' }));
    const page = await openOptions();
    const notice = page.getByTestId('settings-reset-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Some stored settings were damaged and have been reset to their defaults:',
    );
    expect(await notice.textContent()).toMatch(/reader/i);
    // The reader typography shows the defaults; the undamaged setting is kept.
    expect(await page.getByLabel('Text size').inputValue()).toBe('19');
    expect(await page.getByLabel('Translate to').inputValue()).toBe('fr');
    await expect
      .poll(async () => (await stored(harness.worker)).sync.reader)
      .toEqual({ fontSize: 19, lineWidth: 680, font: 'serif', theme: 'auto' });
  });
});

/**
 * The UI language is the browser's: a browser of its own per language (Chromium reads --lang and, on Linux,
 * LANGUAGE at start-up), with the options page and the panel on a corpus article.
 */
describe.each([
  {
    lang: 'fr',
    labels: [
      'Traduire en',
      'Service de traduction',
      'Adresse du serveur',
      'Nettoyer automatiquement les sites connus',
    ],
    keyPoints: 'Points clés',
    reader: 'Mode lecture',
  },
  {
    lang: 'ru',
    labels: ['Переводить на', 'Служба перевода', 'Адрес сервера', 'Автоматически очищать известные сайты'],
    keyPoints: 'Главное',
    reader: 'Режим чтения',
  },
])('UI in $lang', ({ lang, labels, keyPoints, reader }) => {
  let context: BrowserContext;
  let worker: Worker;
  const fixture = loadFixture('coindesk-ether-treasury-undervalued');

  beforeAll(async () => {
    const extDir = join(OUTPUT_DIR, 'chrome-mv3');
    context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      locale: lang,
      env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` },
      args: [
        `--disable-extensions-except=${extDir}`,
        `--load-extension=${extDir}`,
        `--lang=${lang}`,
        ...QUIET_CHROMIUM_FLAGS,
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    await context.route(/^https?:\/\//, (route) =>
      route.request().url().split('#')[0] === fixture.truth.url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture.html })
        : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the test' }),
    );
  });
  afterAll(async () => context?.close());

  it('options page labels are translated', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`, { waitUntil: 'load' });
    for (const label of labels) await page.getByLabel(label, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    await page.close();
  });

  it('the panel on a news article is translated', async () => {
    const page = await context.newPage();
    await page.goto(fixture.truth.url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        !!document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
    );
    const texts = await page.evaluate(() => {
      const shadow = document.querySelector('unshill-panel')!.shadowRoot!;
      return {
        heading: shadow.querySelector('h2')?.textContent,
        reader: shadow.querySelector('[data-testid="open-reader"]')?.textContent,
      };
    });
    expect(texts).toEqual({ heading: keyPoints, reader });
    await page.close();
  });
});
