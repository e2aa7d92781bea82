// The page cannot drive the extension (CONTRACT.md; security review F1, F2, F8). A news page's own script
// clicks every control of the panel and of the reader view, sends key events, restyles the extension's host
// elements and reads every text it can reach. The panel must stay, the promotions stay hidden, the settings
// stay as they were, no request reaches the reader's server, and no server address or key is readable.
// Production build: the page is a catalogue article (Bitget), the reader's server a LibreTranslate stand-in.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, waitForPanel, type Harness } from './harness';
import { startLibreTranslateMock, type LibreTranslateMock } from '../helpers/libretranslate-mock';

const ARTICLE = loadFixture('bitget-news-dogecoin-metric');
const API_KEY = 'k-secret-42';

let harness: Harness;
let libre: LibreTranslateMock;

beforeAll(async () => {
  [harness, libre] = await Promise.all([
    launch({ build: 'chrome-mv3' }),
    startLibreTranslateMock({ apiKey: API_KEY }),
  ]);
  await storage('set', {
    sync: { translateTo: 'es', translationService: 'libretranslate', disabledSites: [] },
    local: { serverUrl: libre.url, apiKey: API_KEY },
  });
}, 90_000);
// A test that failed half-way leaves its tab: the next toolbar click must not find it.
afterEach(async () => {
  for (const page of harness.context.pages()) if (/^https?:/.test(page.url())) await page.close();
});
afterAll(async () => {
  await harness?.close();
  await libre?.stop();
});

type Snapshot = Record<'sync' | 'local', Record<string, unknown>>;

/** Reads or writes chrome.storage from the service worker (the extension's own view of the settings). */
async function storage(op: 'get' | 'set', values?: Partial<Snapshot>): Promise<Snapshot> {
  return harness.worker.evaluate(
    async ({ op, values }) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: Record<'sync' | 'local', { get(): Promise<object>; set(v: object): Promise<void> }>;
        };
      };
      if (op === 'set') {
        await chrome.storage.sync.set(values?.sync ?? {});
        await chrome.storage.local.set(values?.local ?? {});
      }
      // The extension's own schema stamp, written on first load whatever the page does.
      const { settingsVersion: _stamp, ...sync } = (await chrome.storage.sync.get()) as Record<
        string,
        unknown
      >;
      return {
        sync,
        local: (await chrome.storage.local.get()) as Record<string, unknown>,
      };
    },
    { op, values },
  );
}

/**
 * The page's script: once `host` shows up, clicks every control in its shadow root (click(), synthetic
 * mouse events, Enter/Space key events, a change on every select), presses Escape, then writes everything it
 * can read into `window.__pageSaw` and sets `window.__pageDone` (the signal the test waits for).
 */
const DRIVER = `
<script>
  window.__pageSaw = {};
  window.__drive = async (host) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return (window.__pageSaw[host] = 'no host');
    for (let round = 0; round < 2; round++) {
      for (const el of root.querySelectorAll('button, select, a, [tabindex]')) {
        el.click?.();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
        for (const key of ['Enter', ' ']) {
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
        }
        if (el.tagName === 'SELECT') {
          el.value = el.options[el.options.length - 1].value;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      // Two frames: whatever the first round made the panel show (it re-renders at once) is there to press.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    window.__pageSaw[host] = [
      root.textContent,
      ...[...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)),
      document.documentElement.outerHTML,
    ].join('\\n');
  };
  const waitFor = (host) => new Promise((resolve) => {
    const check = () => document.querySelector(host)?.shadowRoot?.querySelector('button') ? resolve() : setTimeout(check, 50);
    check();
  });
  waitFor('unshill-panel').then(() => window.__drive('unshill-panel')).then(() => (window.__pageDone = true));
</script>`;

async function openDriven(): Promise<Page> {
  harness.serve(ARTICLE.truth.url, ARTICLE.html.replace('</body>', `${DRIVER}</body>`));
  const page = await harness.open(ARTICLE.truth.url);
  await waitForPanel(page);
  return page;
}

/** Selectors of the truth's promotions that some element still shows. */
const shownPromotions = (page: Page): Promise<string[]> =>
  page.evaluate(
    (selectors) =>
      selectors.filter((s) =>
        [...document.querySelectorAll(s)].some(
          (el) => el.checkVisibility({ checkVisibilityCSS: true }) && el.getClientRects().length > 0,
        ),
      ),
    ARTICLE.truth.promo_selectors ?? [],
  );

const panelAttr = (page: Page, testid: string, name: string): Promise<string | null> =>
  page.evaluate(
    ({ testid, name }) =>
      document
        .querySelector('unshill-panel')
        ?.shadowRoot?.querySelector(`[data-testid="${testid}"]`)
        ?.getAttribute(name) ?? null,
    { testid, name },
  );

describe('a page script that presses every button', () => {
  it('changes nothing: panel shown, promotions hidden, settings unchanged, nothing sent, nothing private readable', async () => {
    const before = await storage('get');
    const page = await openDriven();
    await page.waitForFunction(() => (window as unknown as { __pageDone?: boolean }).__pageDone === true);
    expect(await page.locator('unshill-panel').count()).toBe(1);
    expect(await shownPromotions(page)).toEqual([]);
    expect(await panelAttr(page, 'reveal-toggle', 'aria-pressed')).toBe('false');
    expect(await panelAttr(page, 'translate-toggle', 'aria-pressed')).toBe('false');
    expect(await panelAttr(page, 'site-off-question', 'hidden')).toBe('');
    expect(await storage('get')).toEqual(before);
    expect(libre.requests).toEqual([]);

    // The reader's own click translates; what the page can read then names the engine, not the server.
    await page.locator('unshill-panel [data-testid="translate-toggle"]').click();
    await page.waitForFunction(() =>
      /LibreTranslate/.test(
        document
          .querySelector('unshill-panel')
          ?.shadowRoot?.querySelector('[data-testid="translation-status"]')?.textContent ?? '',
      ),
    );
    expect(libre.requests.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as unknown as { __pageDone?: boolean }).__pageDone = false;
      void (window as unknown as { __drive(host: string): Promise<void> })
        .__drive('unshill-panel')
        .then(() => ((window as unknown as { __pageDone?: boolean }).__pageDone = true));
    });
    await page.waitForFunction(() => (window as unknown as { __pageDone?: boolean }).__pageDone === true);
    const saw = await page.evaluate(
      () => (window as unknown as { __pageSaw: Record<string, string> }).__pageSaw,
    );
    expect(saw['unshill-panel']).toContain('LibreTranslate (your server)');
    const port = new URL(libre.url).port;
    for (const secret of [libre.url, `127.0.0.1:${port}`, API_KEY])
      expect(saw['unshill-panel']).not.toContain(secret);
    // Still translated: the page's clicks did not toggle it back.
    expect(await panelAttr(page, 'translate-toggle', 'aria-pressed')).toBe('true');
    expect(await storage('get')).toEqual(before);
    await page.close();
  });

  it("cannot press the reader view's controls or close it with a synthetic Escape", async () => {
    const page = await openDriven();
    await page.waitForFunction(() => (window as unknown as { __pageDone?: boolean }).__pageDone === true);
    const before = await storage('get');
    await harness.clickToolbar(page);
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
    );
    const size = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('unshill-reader')!.shadowRoot!.querySelector('.backdrop')!)
            .fontSize,
      );
    const fontSize = await size();
    await page.evaluate(() => {
      const w = window as unknown as { __pageDone?: boolean; __drive(host: string): Promise<void> };
      w.__pageDone = false;
      void w.__drive('unshill-reader').then(() => (w.__pageDone = true));
    });
    await page.waitForFunction(() => (window as unknown as { __pageDone?: boolean }).__pageDone === true);
    expect(await page.locator('unshill-reader').count()).toBe(1);
    expect(await size()).toBe(fontSize);
    expect(await storage('get')).toEqual(before);
    // The reader's own click works (on the full-window backdrop, not the host's empty box).
    await page.locator('unshill-reader button[aria-label="Larger text"]').click();
    expect(await size()).not.toBe(fontSize);
    // The reader's own Escape still closes it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    await page.close();
  });
});

describe('page CSS against the host elements (clickjacking)', () => {
  it('cannot make the panel transparent or move it, and a click on a panel it made see-through does nothing', async () => {
    harness.serve(
      ARTICLE.truth.url,
      ARTICLE.html.replace(
        '</head>',
        `<style>
          unshill-panel { opacity: 0 !important; position: fixed !important; top: 0 !important; left: 0 !important;
            z-index: 2147483647 !important; transform: scale(3) !important; pointer-events: none !important;
            visibility: hidden !important; filter: opacity(0) !important; }
        </style></head>`,
      ),
    );
    const page = await harness.open(ARTICLE.truth.url);
    await waitForPanel(page);
    // The page's inline !important loses too (a shadow root's important :host rules win).
    await page.evaluate(() =>
      document.querySelector('unshill-panel')!.setAttribute('style', 'opacity: 0 !important; display: block'),
    );
    const host = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('unshill-panel')!);
      return [s.opacity, s.position, s.visibility, s.transform, s.pointerEvents, s.filter];
    });
    expect(host).toEqual(['1', 'static', 'visible', 'none', 'auto', 'none']);

    // What the page can still do: make an ancestor nearly transparent. Then the reader's click is refused.
    await page.evaluate(() => {
      (document.querySelector('unshill-panel')!.parentElement as HTMLElement).style.opacity = '0.05';
    });
    await page.locator('unshill-panel [data-testid="reveal-toggle"]').click();
    expect(await panelAttr(page, 'reveal-toggle', 'aria-pressed')).toBe('false');
    expect(await shownPromotions(page)).toEqual([]);
    // Visible again: the same click works.
    await page.evaluate(() => {
      (document.querySelector('unshill-panel')!.parentElement as HTMLElement).style.opacity = '';
    });
    await page.locator('unshill-panel [data-testid="reveal-toggle"]').click();
    expect(await panelAttr(page, 'reveal-toggle', 'aria-pressed')).toBe('true');
    await page.close();
  });
});

describe('custom rules that try to inject CSS (F1)', () => {
  it('requests nothing from the injected URL and keeps the marked promotions hidden', async () => {
    const injected: string[] = [];
    harness.context.on('request', (request) => {
      if (request.url().includes('pwned.invalid')) injected.push(request.url());
    });
    await storage('set', {
      local: { customRules: '##*{background-image:url(https://pwned.invalid/x)}x) or (color:red\n##a/*' },
    });
    harness.serve(ARTICLE.truth.url, ARTICLE.html);
    try {
      const page = await harness.open(ARTICLE.truth.url);
      await waitForPanel(page);
      expect(await shownPromotions(page)).toEqual([]);
      const marked = await page.evaluate(
        () =>
          [...document.querySelectorAll('[data-unshill-hidden]')].filter((el) => el.checkVisibility()).length,
      );
      expect(marked).toBe(0);
      expect(injected).toEqual([]);
      await page.close();
    } finally {
      await storage('set', { local: { customRules: '' } });
    }
  });
});

describe('Trusted Types (F8)', () => {
  it('a page requiring Trusted Types sees no violation from the extension, and the panel works', async () => {
    const csp = "require-trusted-types-for 'script'; trusted-types 'none'";
    const url = 'https://www.bitget.com/news/detail/12560603991423';
    const html = ARTICLE.html.replace(
      '<head>',
      `<head><script>window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.sourceFile));</script>`,
    );
    await harness.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': csp },
        body: html,
      }),
    );
    const page = await harness.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForPanel(page);
    // The reader view sanitizes the whole article: the most DOMPurify work there is.
    await harness.clickToolbar(page);
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article p'),
    );
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    await page.close();
  });
});
