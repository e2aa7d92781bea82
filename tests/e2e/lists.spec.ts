/**
 * Filter-list subscriptions in the built extension, against a list served by a real loopback HTTP server
 * (no prompt needed for 127.0.0.1): subscribe in Options, the rule applies on the next load; an update
 * answered 304 keeps the list; a server that is down or answers garbage keeps the last good copy with a
 * visible note; a bad line is reported with its number.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, type Harness } from './harness';
import { closeServer } from '../helpers/close-server';

declare const chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } };

const ARTICLE_URL =
  'https://www.coindesk.com/markets/2025/08/26/ether-and-eth-treasury-companies-look-undervalued-after-plunge-standar';
const LIST_V1 = [
  '! Title: Loopback test list',
  '! Expires: 1 day',
  '||ads.example.com^',
  'coindesk.com##.list-test-banner',
  'coindesk.com##.list-test-box:remove()',
].join('\n');

type Mode = 'list' | 'garbage' | 'error';
let mode: Mode = 'list';
const requests: { ifNoneMatch?: string }[] = [];
let server: Server;
let listUrl = '';
let harness: Harness;
let optionsUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ ifNoneMatch: req.headers['if-none-match'] });
    if (mode === 'error') return res.writeHead(503).end('unavailable');
    if (mode === 'garbage')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Portal');
    if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"' }).end(LIST_V1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  listUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/filters.txt`;

  harness = await launch({ build: 'chrome-mv3' });
  optionsUrl = `chrome-extension://${new URL(harness.worker.url()).host}/options.html`;
  await harness.context.route(/^chrome-extension:\/\//, (route) => route.continue());
  const { html } = loadFixture('coindesk-ether-treasury-undervalued');
  // Two elements only the list names: one its rule hides, one its unsupported rule must leave alone.
  const markers =
    '<div class="list-test-banner">Trade now with 0 fees</div><div class="list-test-box">Kept: the list cannot remove</div>';
  harness.serve(ARTICLE_URL, html.replace(/<body([^>]*)>/i, `<body$1>${markers}`));
});

afterAll(async () => {
  await harness?.close();
  if (server) await closeServer(server);
});

async function display(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => getComputedStyle(document.querySelector(s) as Element).display, selector);
}

function listItem(page: Page) {
  return page.locator(`[data-testid="filter-lists"] li[data-url="${listUrl}"]`);
}

describe('filter lists', () => {
  let options: Page;

  it('nothing is subscribed by default: the page keeps what only a list would hide', async () => {
    const page = await harness.open(ARTICLE_URL);
    await page.waitForFunction(() => document.querySelector('unshill-panel'));
    expect(await display(page, '.list-test-banner')).not.toBe('none');
    await page.close();
    expect(requests).toHaveLength(0);
  });

  it('subscribes from Options: fetched at once, counts and the bad line with its number shown', async () => {
    options = await harness.context.newPage();
    await options.goto(optionsUrl);
    await options.getByLabel('Filter list address').fill(listUrl);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    const status = listItem(options).getByTestId('list-status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/1 rules in use, 1 network rules ignored/);
    expect(await listItem(options).getByText('Loopback test list').count()).toBe(1);
    const bad = await listItem(options).getByTestId('list-errors').textContent();
    expect(bad).toMatch(/Line 5: .*remove/);
    expect(requests).toHaveLength(1);
  });

  it('applies the rule from the next load, before the page is painted, and nothing it cannot honour', async () => {
    const page = await harness.context.newPage();
    // Checked at DOMContentLoaded: the hide sheet is there from document_start, not after the cleanup.
    const early = page.waitForEvent('domcontentloaded').then(() => display(page, '.list-test-banner'));
    await page.goto(ARTICLE_URL);
    expect(await early).toBe('none');
    await page.waitForFunction(() => document.querySelector('unshill-panel'));
    expect(await display(page, '.list-test-banner')).toBe('none');
    expect(await display(page, '.list-test-box')).not.toBe('none');
    await page.close();
  });

  it('an update answered 304 keeps the list', async () => {
    await listItem(options)
      .getByRole('button', { name: /^Update .* now$/ })
      .click();
    await expect.poll(() => requests.length, { timeout: 30_000 }).toBe(2);
    expect(requests[1]?.ifNoneMatch).toBe('"v1"');
    await expect
      .poll(() => listItem(options).getByTestId('list-status').textContent())
      .toMatch(/1 rules in use/);
    const page = await harness.open(ARTICLE_URL);
    await page.waitForFunction(() => document.querySelector('unshill-panel'));
    expect(await display(page, '.list-test-banner')).toBe('none');
    await page.close();
  });

  it.each(['error', 'garbage'] as const)(
    'a server answering %s keeps the last good copy and says so',
    async (answer) => {
      mode = answer;
      const before = requests.length;
      await listItem(options)
        .getByRole('button', { name: /^Update .* now$/ })
        .click();
      await expect.poll(() => requests.length, { timeout: 30_000 }).toBe(before + 1);
      const status = listItem(options).getByTestId('list-status');
      await expect
        .poll(() => status.textContent(), { timeout: 30_000 })
        .toMatch(
          answer === 'error'
            ? /Update failed \(the server answered 503\): still using the copy from/
            : /Update failed \(the server sent a web page.*still using the copy/,
        );
      expect(await status.getAttribute('data-state')).toBe('error');
      const page = await harness.open(ARTICLE_URL);
      await page.waitForFunction(() => document.querySelector('unshill-panel'));
      expect(await display(page, '.list-test-banner')).toBe('none');
      await page.close();
      mode = 'list';
    },
  );

  it('off, then removed: the rule no longer applies', async () => {
    await listItem(options).getByRole('switch').uncheck();
    let page = await harness.context.newPage();
    await expect
      .poll(async () => {
        await page.goto(ARTICLE_URL);
        await page.waitForFunction(() => document.querySelector('unshill-panel'));
        return display(page, '.list-test-banner');
      })
      .not.toBe('none');
    await page.close();
    await listItem(options)
      .getByRole('button', { name: /^Remove / })
      .click();
    await expect.poll(() => listItem(options).count()).toBe(0);
    page = await harness.open(ARTICLE_URL);
    await page.waitForFunction(() => document.querySelector('unshill-panel'));
    expect(await display(page, '.list-test-banner')).not.toBe('none');
    await page.close();
  });

  it('a settings file brings its lists back: an allowed one subscribed (kept off), one not allowed named', async () => {
    await harness.worker.evaluate(() => chrome.storage.local.remove(['filterLists', 'filterListRules']));
    const page = await harness.context.newPage();
    await page.goto(optionsUrl);
    const before = requests.length;
    const file = {
      app: 'unshill',
      version: 2,
      settings: {},
      lists: [
        { url: listUrl, enabled: false },
        { url: 'https://lists.example.org/crypto.txt', enabled: true },
      ],
    };
    await page.getByLabel('Import settings from a file').setInputFiles({
      name: 'with-lists.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect
      .poll(() => page.getByText(/^Settings imported\. Not subscribed/).textContent(), { timeout: 30_000 })
      .toContain('lists.example.org');
    await expect.poll(() => listItem(page).getByRole('switch').isChecked(), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => requests.length, { timeout: 30_000 }).toBe(before + 1);
    expect(
      await page.locator('[data-testid="filter-lists"] li[data-url^="https://lists.example.org"]').count(),
    ).toBe(0);
    await page.close();
  });
});
