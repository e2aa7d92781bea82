#!/usr/bin/env node
// `npm run screenshots`: builds the Chrome extension and writes the README's pictures to docs/screenshots/,
// all offline: the bundled demo article (assets/demo/) served at its Bitget-style address, in a headless
// Chromium with the extension loaded.
//   panel-light.png / panel-dark.png   the cleaned demo page with the panel (prefers-color-scheme)
//   reader.png / reader-dark.png       the reader view
//   panel-phone.png                    the demo page on a 390x844 phone: the one-line panel, the article first
//   translated.png                     the translation toggled: Translate to French, the publisher's own
//                                      edition (the demo pages link each other with hreflang), no server
//   options.png                        the options page;   welcome.png   the page opened on install
//   filter-lists.png                   Options, a list subscribed from a loopback server started here
//   picker.png                         the element picker over the demo page (preview and count)
//   why-hidden.png                     "Show hidden" with each element's reason and "Not a promotion"
// Options: --no-build (use the current build), --out DIR.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { chromeBuild, DEMO_URL, demoPages } from './lib/demo.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '.') : join(root, 'docs/screenshots'));

const chrome = chromiumPath();
if (!chrome) {
  console.error('npm run screenshots needs Chromium or Chrome: install one or set CHROME_PATH.');
  process.exit(1);
}

const extDir = chromeBuild(root, args);
mkdirSync(outDir, { recursive: true });

const pages = demoPages(root);

// A small filter list on loopback (no permission prompt), for the filter-lists picture.
const LIST_TEXT = [
  '! Title: My crypto promotions list',
  '! Expires: 2 days',
  '||ads.example.com^',
  '##.unshill-demo-none',
  'bitget.com##.demo-list-rule',
  '##.promo:style(color: red)',
].join('\n');
const listServer = createServer((req, res) =>
  res.writeHead(200, { 'content-type': 'text/plain', etag: '"demo"' }).end(LIST_TEXT),
);
await new Promise((done) => listServer.listen(0, '127.0.0.1', done));
const LIST_ORIGIN = `http://127.0.0.1:${listServer.address().port}`;

const context = await chromium.launchPersistentContext('', {
  executablePath: chrome,
  headless: true,
  viewport: { width: 1280, height: 860 },
  // English UI whatever the machine's locale: the README is in English.
  locale: 'en-US',
  args: [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--lang=en-US',
    ...QUIET_CHROMIUM_FLAGS,
  ],
});
// Web requests only: extension pages must not go through the route (Chromium then fails to load them).
await context.route(/^https?:\/\//, (route) => {
  const url = route.request().url().split('#')[0];
  // The filter list of filter-lists.png comes from a real loopback server.
  if (url.startsWith(LIST_ORIGIN)) return route.continue();
  const html = pages.get(url);
  if (html) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Offline: only the demo is served.' });
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

/** Storage writes from the service worker (the same keys the settings module uses). */
async function setSync(values) {
  await worker.evaluate((v) => chrome.storage.sync.set(v), values);
}

/** The article's title just below the site's sticky header, the panel under it: what a reader sees. */
async function scrollToTitle(page) {
  await page.evaluate(() => {
    const title = document.querySelector('h1');
    const header = document.querySelector('header');
    const offset = (header?.getBoundingClientRect().height ?? 0) + 60;
    window.scrollTo(0, title ? title.getBoundingClientRect().top + window.scrollY - offset : 0);
  });
}

async function openDemo(url, colorScheme = 'light', viewport = null) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
    null,
    { timeout: 15000 },
  );
  if (!viewport) await scrollToTitle(page);
  return page;
}

async function openReader(page) {
  await page.bringToFront();
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    chrome.action.onClicked.dispatch(tab);
  }, page.url().split('#')[0]);
  await page.waitForFunction(
    () => document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article h1'),
    null,
    { timeout: 15000 },
  );
}

const written = [];
async function shot(page, name, options = {}) {
  const path = join(outDir, name);
  await page.screenshot({ path, ...options });
  written.push(path);
}

// Panel, light and dark.
for (const scheme of ['light', 'dark']) {
  const page = await openDemo(DEMO_URL, scheme);
  await shot(page, `panel-${scheme}.png`);
  if (scheme === 'light') {
    await openReader(page);
    await shot(page, 'reader.png');
  } else {
    await openReader(page);
    await shot(page, 'reader-dark.png');
  }
  await page.close();
}

// A phone: the page as it opens, from the top (the article's first paragraph on the first screen).
{
  const page = await openDemo(DEMO_URL, 'light', { width: 390, height: 844 });
  await shot(page, 'panel-phone.png');
  await page.close();
}

// Translation: French, from the publisher's own edition (no server involved).
await setSync({ translateTo: 'fr', translationService: 'publisher' });
{
  const page = await openDemo(DEMO_URL);
  const toggle = page.locator('unshill-panel [data-testid="translate-toggle"]');
  await toggle.click();
  // Away from the panel: a hover underline on a key point is not part of the picture.
  await page.mouse.move(1270, 850);
  await page.waitForFunction(
    () =>
      document
        .querySelector('unshill-panel')
        ?.shadowRoot?.querySelector('[data-testid="translate-toggle"]')
        ?.getAttribute('aria-pressed') === 'true' &&
      !!document
        .querySelector('unshill-panel')
        ?.shadowRoot?.querySelector('[data-testid="translation-status"]')?.textContent,
    null,
    { timeout: 15000 },
  );
  await scrollToTitle(page);
  await shot(page, 'translated.png');
  await page.close();
}
await worker.evaluate(() => chrome.storage.sync.remove(['translateTo', 'translationService']));

// Extension pages.
for (const [name, path] of [
  ['welcome.png', 'welcome.html'],
  ['options.png', 'options.html'],
]) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
  await page.waitForSelector('h1');
  await page.waitForTimeout(300); // fonts and the async settings read settle; no assertion depends on it
  await shot(page, name, { fullPage: true });
  await page.close();
}

// Filter lists: subscribed through the form, as a reader does.
{
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
  await page.getByLabel('Filter list address').fill(`${LIST_ORIGIN}/promotions.txt`);
  await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await page.locator('[data-testid="list-status"]').waitFor();
  await page.waitForFunction(() =>
    /rules in use/.test(document.querySelector('[data-testid="list-status"]')?.textContent ?? ''),
  );
  await page.getByLabel('Filter list address').evaluate((input) => {
    const section = input.closest('section');
    window.scrollTo(0, (section?.getBoundingClientRect().top ?? 0) + window.scrollY - 60);
  });
  await shot(page, 'filter-lists.png');
  await page.close();
}

// Element picker: started from the panel, pointing at a block of the demo page.
{
  const page = await openDemo(DEMO_URL);
  await page.locator('unshill-panel [data-testid="pick-element"]').click();
  await page.waitForFunction(() => document.querySelector('unshill-picker'));
  // A block of the article's page the reader might want gone: the share bar under the headline.
  await page.locator('.news-article__share').hover();
  await shot(page, 'picker.png');
  await page.keyboard.press('Escape');
  await page.close();
}

// Why hidden: "Show hidden" with the reasons.
{
  const page = await openDemo(DEMO_URL);
  await page.locator('unshill-panel [data-testid="reveal-toggle"]').click();
  await page.waitForFunction(() => document.querySelector('unshill-why'));
  await page.mouse.move(1270, 850);
  await shot(page, 'why-hidden.png');
  await page.close();
}

await context.close();
listServer.close();
console.log(`Wrote:\n  ${written.join('\n  ')}`);
