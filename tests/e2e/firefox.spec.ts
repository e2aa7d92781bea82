/**
 * The Firefox build (MV2) in a real Firefox ESR, driven over WebDriver BiDi by puppeteer-core:
 * installed as a temporary add-on, fixture pages served at their catalogue URLs by request interception.
 *
 * The toolbar button is clicked the way Firefox itself does it (ext-browserAction's triggerAction on the
 * browser window, which also grants activeTab), from a chrome-scope script: BiDi reaches the browser
 * window only when Firefox is started with --remote-allow-system-access. Keyboard shortcuts sent over
 * BiDi go to the page, not to the browser's key handling, so Alt+Shift+R cannot be used here.
 *
 * Skipped (with the reason printed) when no Firefox is installed: FIREFOX_PATH, else /usr/bin/firefox-esr
 * or /usr/bin/firefox. Builds firefox-mv2 into the same output folder as the other builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_DIR, ROOT, loadFixture, normalise } from './harness';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (path): path is string => !!path && existsSync(path),
);
const ADDON_ID = 'unshill@unshill.app';
/** A fixed moz-extension host, so the extension's own pages have a known address. */
const UUID = '5b0de7a1-0c1e-4b7e-9a55-1d2e3f405060';
const EXT_ORIGIN = `moz-extension://${UUID}`;

/** Puppeteer's BiDi connection (public at runtime, not in its types): raw commands the API does not cover. */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

if (!FIREFOX) console.warn('firefox.spec.ts skipped: no Firefox (set FIREFOX_PATH or install firefox-esr).');

describe.skipIf(!FIREFOX)('Firefox build in Firefox ESR', () => {
  let browser: Browser;
  const routes = new Map<string, string>();

  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        // No first-run pages, updates or telemetry pings in a test profile.
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        // An optional permission asked from a real click is granted without the doorhanger (no one to click it).
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    const id = await browser.installExtension(join(OUTPUT_DIR, 'firefox-mv2'));
    expect(id).toBe(ADDON_ID);
  }, 90000);
  afterAll(async () => browser?.close());

  const bidi = (): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const body = routes.get(request.url().split('#')[0] ?? '');
      if (!/^https?:/.test(request.url())) void request.continue();
      else if (body) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else void request.respond({ status: 404, contentType: 'text/plain', body: 'not served by the test' });
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /** Runs `expression` in the browser window (chrome scope), awaiting its promise. */
  async function inBrowserWindow(expression: string): Promise<unknown> {
    const connection = bidi();
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window in the chrome scope');
    const { result } = (await connection.send('script.evaluate', {
      target: { context: window.context },
      awaitPromise: true,
      expression,
    })) as { result: { type: string; result?: { value?: unknown } } };
    if (result.type !== 'success') throw new Error(`chrome-scope script failed: ${JSON.stringify(result)}`);
    return result.result?.value;
  }

  /** What a click on the toolbar button does, on the window's selected tab. */
  async function clickToolbar(page: Page): Promise<void> {
    await page.bringToFront();
    const selected = await inBrowserWindow(`(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension('${ADDON_ID}');
      await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return gBrowser.selectedBrowser.currentURI.spec;
    })()`);
    expect(selected).toBe(page.url());
  }

  /** Runs `expression` in a content browsing context (raw BiDi), returning its JSON-serialisable value. */
  async function evaluateIn(context: string, expression: string): Promise<unknown> {
    const { result } = (await bidi().send('script.evaluate', {
      target: { context },
      awaitPromise: true,
      expression: `(async () => JSON.stringify(await (${expression})))()`,
    })) as { result: { type: string; result?: { value?: string } } };
    if (result.type !== 'success') throw new Error(`script failed: ${JSON.stringify(result)}`);
    return JSON.parse(result.result?.value ?? 'null') as unknown;
  }

  /**
   * Opens one of the extension's pages in a new tab and waits until `ready` (an expression) is truthy there;
   * resolves to the browsing context. BiDi refuses to navigate a tab to moz-extension:// ("Navigation ... is
   * not allowed in this context"), so the browser window opens it, as a link would; and puppeteer does not
   * follow such a tab (its Page stays at about:blank), so the page is read over raw BiDi.
   */
  async function openExtensionPage(path: string, ready: string): Promise<string> {
    const url = `${EXT_ORIGIN}/${path}`;
    await inBrowserWindow(
      `(() => { gBrowser.selectedTab = gBrowser.addTrustedTab(${JSON.stringify(url)}); })()`,
    );
    for (let attempt = 0; attempt < 100; attempt++) {
      const tree = (await bidi().send('browsingContext.getTree', {})) as {
        result: { contexts: { context: string; url: string }[] };
      };
      const context = tree.result.contexts.find((c) => c.url === url)?.context;
      if (context && (await evaluateIn(context, `!!(${ready})`).catch(() => false))) return context;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${url} did not become ready: ${ready}`);
  }

  it('shows the panel with the publisher key points and hides the promotions', async () => {
    const { truth, html } = loadFixture('coindesk-ether-treasury-undervalued');
    routes.set(truth.url, html);
    const page = await open(truth.url);
    await page.waitForFunction(
      () =>
        !!document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
      { timeout: 20000 },
    );
    const seen = await page.evaluate((promos: string[]) => {
      const shadow = document.querySelector('unshill-panel')!.shadowRoot!;
      return {
        panels: document.querySelectorAll('unshill-panel').length,
        points: [...shadow.querySelectorAll('[data-testid="key-points"] li')].map(
          (li) => li.textContent ?? '',
        ),
        source: shadow.querySelector('[data-testid="key-points-source"]')?.textContent ?? '',
        shownPromos: promos.filter((selector) =>
          [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none'),
        ),
      };
    }, truth.promo_selectors ?? []);
    expect(seen.panels).toBe(1);
    expect(seen.source).toBe('From the publisher');
    expect(seen.points.map(normalise)).toEqual((truth.publisher_key_points ?? []).map(normalise));
    expect(seen.shownPromos).toEqual([]);
    await page.close();
  });

  it('opens the reader view from the toolbar button and closes it with Escape', async () => {
    const { truth, html } = loadFixture('coindesk-ether-treasury-undervalued');
    routes.set(truth.url, html);
    const page = await open(truth.url);
    await clickToolbar(page);
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article h1'),
      { timeout: 20000 },
    );
    const text = normalise(
      await page.evaluate(
        () =>
          document.querySelector('unshill-reader')!.shadowRoot!.querySelector('article')!.textContent ?? '',
      ),
    );
    for (const sentence of truth.article_text_must_include ?? []) expect(text).toContain(normalise(sentence));
    for (const promo of truth.article_text_must_exclude ?? []) expect(text).not.toContain(normalise(promo));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'), { timeout: 5000 });
    await page.close();
  });

  it('renders the options and welcome pages', async () => {
    const options = await openExtensionPage('options.html', "document.querySelector('label')");
    const labels = (await evaluateIn(
      options,
      "[...document.querySelectorAll('label')].map((l) => l.textContent)",
    )) as string[];
    expect(labels).toContain('Translate to');
    expect(labels).toContain('Clean up automatically on known sites');

    const welcome = await openExtensionPage(
      'welcome.html',
      `document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li')`,
    );
    expect(await evaluateIn(welcome, "document.querySelector('h1').textContent")).toBe('Welcome to Unshill');
    // The live example's reader view works on an extension page too.
    await evaluateIn(welcome, `document.querySelector('[data-testid="welcome-open-reader"]').click()`);
    expect(
      await evaluateIn(
        welcome,
        "document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article h1')?.textContent",
      ),
    ).toMatch(/Validator Exit Queue/);
  });

  it('declares its optional host permissions, so an extra site can be granted from a click (review F6)', async () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT_DIR, 'firefox-mv2', 'manifest.json'), 'utf8')) as {
      optional_permissions?: string[];
    };
    expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));

    const options = await openExtensionPage('options.html', "document.querySelector('label')");
    const origin = 'https://news.example.com/*';
    const contains = `browser.permissions.contains({ origins: [${JSON.stringify(origin)}] })`;
    expect(await evaluateIn(options, contains)).toBe(false);
    const [x, y] = (await evaluateIn(
      options,
      `(() => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Site address');
        const input = label.control;
        input.value = 'news.example.com';
        const button = input.closest('form').querySelector('button');
        button.scrollIntoView({ block: 'center' });
        const box = button.getBoundingClientRect();
        return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      })()`,
    )) as [number, number];
    // A real click (BiDi input), the user gesture permissions.request needs.
    await bidi().send('input.performActions', {
      context: options,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x, y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await expect.poll(() => evaluateIn(options, contains), { timeout: 10_000, interval: 100 }).toBe(true);
    await evaluateIn(options, `browser.permissions.remove({ origins: [${JSON.stringify(origin)}] })`);
  });
});
