#!/usr/bin/env node
// `npm start`: builds the extension and opens Chromium with it on the bundled demo page, served from
// the project at a Bitget-style address (so the early content script sees a catalogue site), with the
// reader view open. `npm start -- --screenshot FILE` (or no display) runs headless and writes FILE (the
// cleaned page with the panel) and FILE-reader.png (the reader view).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { chromeBuild, DEMO_URL, demoPages } from './lib/demo.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const noDisplay = !process.env.DISPLAY || process.env.CI === 'true';
// Without a display there is nothing to look at but a picture: write one.
const screenshot =
  shotIndex >= 0
    ? resolve(args[shotIndex + 1] ?? 'unshill-demo.png')
    : noDisplay
      ? resolve('unshill-demo.png')
      : null;
const headless = !!screenshot;

const chrome = chromiumPath();
if (!chrome) {
  console.error(
    'npm start needs Chromium or Chrome: install one (apt-get install -y chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}

const extDir = chromeBuild(root, args);
const pages = demoPages(root);

const context = await chromium.launchPersistentContext('', {
  executablePath: chrome,
  headless,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...QUIET_CHROMIUM_FLAGS],
});
await context.route('**/*', (route) => {
  const url = route.request().url().split('#')[0];
  if (/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?\//.test(url)) return route.continue();
  const html = pages.get(url);
  if (html) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  return route.fulfill({
    status: 404,
    contentType: 'text/plain',
    body: 'Offline demo: only the demo page is served.',
  });
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL, { waitUntil: 'load' });
await page
  .waitForFunction(
    () => document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
    null,
    { timeout: 10000 },
  )
  .catch(() => console.warn('The panel did not appear: is the build current?'));

async function openReader() {
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    chrome.action.onClicked.dispatch(tab);
  }, DEMO_URL);
  await page.waitForFunction(
    () => document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
    null,
    { timeout: 10000 },
  );
}

if (screenshot) {
  await page.screenshot({ path: screenshot });
  await openReader();
  const readerShot = screenshot.replace(/(\.png)?$/i, '-reader.png');
  await page.waitForTimeout(200);
  await page.screenshot({ path: readerShot });
  console.log(`Wrote ${screenshot} (page with the panel) and ${readerShot} (reader view).`);
  await context.close();
} else {
  await openReader();
  console.log('Chromium is open on the demo page with the reader view. Close the window to finish.');
  await new Promise((resolveClose) => context.on('close', resolveClose));
}
