// Robustness of the built extension (production build) on pages that push it: huge and deeply nested
// pages, random malformed documents, fifty in-page navigations, a page that fights its stylesheet, damaged
// settings, and the extension reloaded under an open page. What is checked is what a reader would notice: a
// page that freezes, a panel twice or stale, promotions back, errors from the extension in the console.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, loadFixture, type Harness } from './harness';
import { BIG_URL, DEEP_URL, bigPage, deepPage } from '../fixtures/hostile/big-pages';
import { watchExtensionErrors, type ErrorWatch } from '../fixtures/hostile/browser-checks';
import { randomDocument } from '../unit/fuzz/generate';

let harness: Harness;
const opened: Page[] = [];

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3' });
  harness.serve(DEEP_URL, deepPage());
  harness.serve(BIG_URL, bigPage());
}, 90_000);
afterAll(async () => harness?.close());
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => undefined);
});

async function openWatched(url: string): Promise<{ page: Page; watch: ErrorWatch }> {
  const page = await harness.context.newPage();
  opened.push(page);
  const watch = await watchExtensionErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, watch };
}

/** Resolves after the page's next two frames: observers and events queued before it have run. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** A freeze check, not a benchmark: the page's main thread answers at all, within a hang guard's bound. */
async function answers(page: Page, withinMs = 30_000): Promise<boolean> {
  return Promise.race([
    page.evaluate(() => 1).then((v) => v === 1),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), withinMs)),
  ]);
}

/** The panel's key points once it has some, or [] when no panel came within `ms`. */
async function panelPoints(page: Page, ms = 30_000): Promise<string[]> {
  await page
    .waitForFunction(
      () =>
        !!document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
      null,
      { timeout: ms },
    )
    .catch(() => undefined);
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('unshill-panel')
        ?.shadowRoot?.querySelectorAll('[data-testid="key-points"] li') ?? []),
    ].map((li) => (li.textContent ?? '').trim()),
  );
}

/** How many of `selectors`' elements are rendered (no display:none on them or an ancestor). */
async function visibleCount(page: Page, selectors: string[]): Promise<Record<string, number>> {
  return page.evaluate((selectors) => {
    const out: Record<string, number> = {};
    for (const s of selectors) {
      out[s] = [...document.querySelectorAll(s)].filter((el) => el.checkVisibility()).length;
    }
    return out;
  }, selectors);
}

async function setStorage(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  await harness.worker.evaluate(
    async ({ area, items }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<'sync' | 'local', { set(i: object): Promise<void> }> };
      };
      await chrome.storage[area].set(items);
    },
    { area, items },
  );
}

async function clearStorage(): Promise<void> {
  await harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<'sync' | 'local', { clear(): Promise<void> }> };
    };
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}

describe('the console watch', () => {
  it('sees an error thrown in an isolated world by a chrome-extension:// script (so its silence means something)', async () => {
    const fixture = loadFixture('bitget-news-dogecoin-metric');
    harness.serve(fixture.truth.url, fixture.html);
    const { page, watch } = await openWatched(fixture.truth.url);
    const cdp = await harness.context.newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'unshill-watch-self-test',
    })) as { executionContextId: number };
    await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression:
        "setTimeout(() => { throw new Error('self-test'); });\n//# sourceURL=chrome-extension://selftest/ready.js",
    });
    await expect.poll(() => watch.errors.join(' ')).toContain('self-test');
    await cdp.detach();
  });
});

describe('big and deep pages', () => {
  it('a thread nested 2,000 levels deep: the page keeps answering, the panel shows, no extension error', async () => {
    const { page, watch } = await openWatched(DEEP_URL);
    expect(
      await page.evaluate(() => {
        let depth = 0;
        for (
          let el: Element | null = document.getElementById('deep-thread');
          el?.firstElementChild;
          el = el.lastElementChild
        )
          depth++;
        return depth;
      }),
    ).toBeGreaterThanOrEqual(2000);
    const points = await panelPoints(page);
    expect(await answers(page)).toBe(true);
    expect(points.length).toBeGreaterThan(0);
    expect(await page.locator('unshill-panel').count()).toBe(1);
    // The reader view copes too (extraction flattens what is too deep).
    await harness.clickToolbar(page);
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
      null,
      { timeout: 20_000 },
    );
    expect(await answers(page)).toBe(true);
    expect(watch.errors).toEqual([]);
  });

  it('a 5 MB page of 60,000 elements: the page keeps answering, the panel shows, no extension error', async () => {
    const html = bigPage();
    expect(html.length).toBeGreaterThan(4_500_000);
    const { page, watch } = await openWatched(BIG_URL);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(60_000);
    const points = await panelPoints(page, 60_000);
    expect(await answers(page)).toBe(true);
    expect(points.length).toBeGreaterThan(0);
    // Scrolling the page after cleanup (late-promotion observer on a big tree) leaves it responsive.
    await page.mouse.wheel(0, 20_000);
    expect(await answers(page)).toBe(true);
    expect(await page.locator('unshill-panel').count()).toBe(1);
    expect(watch.errors).toEqual([]);
  });
});

describe('random malformed documents at a catalogue URL', () => {
  it('30 documents: no error from the extension in the console', async () => {
    const page = await harness.context.newPage();
    opened.push(page);
    const watch = await watchExtensionErrors(page);
    const failures: string[] = [];
    for (let i = 0; i < 30; i++) {
      const url = `https://www.bitget.com/news/detail/${9000000 + i}`;
      harness.serve(url, randomDocument(4242, i));
      const before = watch.errors.length;
      await page.goto(url, { waitUntil: 'load' });
      // The content script says it is done (article or not): its errors, if any, are in the console by then.
      await harness
        .finished(page, 60_000)
        .catch((error: unknown) => failures.push(`document ${i}: ${String(error)}`));
      if (!(await answers(page))) failures.push(`document ${i}: page does not answer`);
      // Only the extension's panels have a shadow root (some documents carry a fake <unshill-panel>).
      if (
        await page.evaluate(
          () => [...document.querySelectorAll('unshill-panel')].filter((p) => p.shadowRoot).length > 1,
        )
      )
        failures.push(`document ${i}: two panels`);
      if (watch.errors.length > before)
        failures.push(`document ${i}: ${watch.errors.slice(before).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('fifty in-page navigations', () => {
  interface Counts {
    panels: number;
    styles: number;
    listeners: number;
    windowListeners: number;
    documentListeners: number;
  }

  async function counts(page: Page, cdp: CDPSession): Promise<Counts> {
    // Listeners in every world (the content scripts' isolated world included) on window and document.
    const listenersOn = async (expression: string): Promise<number> => {
      const { result } = (await cdp.send('Runtime.evaluate', { expression })) as {
        result: { objectId?: string };
      };
      if (!result.objectId) return -1;
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId,
      })) as {
        listeners: unknown[];
      };
      return listeners.length;
    };
    // Collect garbage first: counts of objects nobody holds any more must not look like leaks.
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return {
      panels: await page.locator('unshill-panel').count(),
      styles: await page.locator('style[data-unshill-added]').count(),
      listeners: metrics.find((m) => m.name === 'JSEventListeners')?.value ?? -1,
      windowListeners: await listenersOn('window'),
      documentListeners: await listenersOn('document'),
    };
  }

  it('bybit-news-spa-dogecoin: one panel with the current points, constant styles and listeners', async () => {
    const fixture = loadFixture('bybit-news-spa-dogecoin');
    const { truth } = fixture;
    harness.serve(truth.url, fixture.html);
    const next = truth.spa_next!;
    const { page, watch } = await openWatched(truth.url);
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await panelPoints(page);

    const refs = (first: boolean) => (first ? truth.publisher_key_points : next.publisher_key_points) ?? [];
    const waitForPoints = (points: string[]) =>
      page.waitForFunction(
        (points) => {
          const lis = [
            ...(document
              .querySelector('unshill-panel')
              ?.shadowRoot?.querySelectorAll('[data-testid="key-points"] li') ?? []),
          ].map((li) => li.textContent ?? '');
          return lis.length === points.length && points.every((p, i) => lis[i]?.includes(p.slice(0, 30)));
        },
        points,
        { timeout: 10_000 },
      );
    const navigate = async (n: number): Promise<void> => {
      // Odd steps follow the link to the next article, even steps go back.
      if (n % 2 === 1) {
        await page.evaluate(
          (sel) => (document.querySelector(sel) as HTMLElement | null)?.click(),
          truth.spa_next_link!,
        );
        await page.waitForURL(next.url);
      } else {
        await page.evaluate(() => history.back());
        await page.waitForURL(truth.url);
      }
      await waitForPoints(refs(n % 2 === 0));
    };

    const start = await counts(page, cdp);
    expect(start.panels).toBe(1);
    let afterFive: Counts | null = null;
    for (let n = 1; n <= 50; n++) {
      await navigate(n);
      if (n === 6) afterFive = await counts(page, cdp); // an even number: back on the first article
    }
    // The last run said it is done (its panel is up), then count again.
    expect(await harness.finished(page)).toBe('done');
    const afterFifty = await counts(page, cdp);
    console.info(
      'in-page navigations, counts at start / after 6 / after 50:',
      JSON.stringify([start, afterFive, afterFifty]),
    );
    expect(afterFifty.panels).toBe(1);
    expect(afterFifty.styles).toBe(start.styles);
    expect(afterFifty.windowListeners).toBe(afterFive!.windowListeners);
    expect(afterFifty.documentListeners).toBe(afterFive!.documentListeners);
    expect(afterFifty.listeners).toBeLessThanOrEqual(afterFive!.listeners);
    const points = await panelPoints(page);
    expect(points.map((p) => p.slice(0, 30))).toEqual(refs(true).map((p) => p.slice(0, 30)));
    expect(watch.errors).toEqual([]);
    await cdp.detach();
  }, 180_000);
});

describe('a page that fights back', () => {
  const fixture = loadFixture('bitget-news-dogecoin-metric');
  const promos = fixture.truth.promo_selectors ?? [];

  it('removing the hide stylesheet: it comes back and promotions stay hidden', async () => {
    harness.serve(fixture.truth.url, fixture.html);
    const { page, watch } = await openWatched(fixture.truth.url);
    await panelPoints(page);
    const hideSheets = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('style[data-unshill-added]')].filter((s) =>
            (s.textContent ?? '').includes('[data-unshill-hidden]'),
          ).length,
      );
    expect(await hideSheets()).toBe(1);
    await page.evaluate(() =>
      document.querySelectorAll('style[data-unshill-added]').forEach((s) => s.remove()),
    );
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('style[data-unshill-added]')].some((s) =>
          (s.textContent ?? '').includes('[data-unshill-hidden]'),
        ),
      null,
      { timeout: 30_000 },
    );
    expect(await hideSheets()).toBe(1);
    const visible = await visibleCount(page, promos);
    expect(Object.entries(visible).filter(([, n]) => n > 0)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  // Inline !important outranks any stylesheet: src/clean/hide.ts answers with the same inline weight.
  it('an inline display:block !important on a hidden promotion: it stays hidden', async () => {
    harness.serve(fixture.truth.url, fixture.html);
    const { page } = await openWatched(fixture.truth.url);
    await panelPoints(page);
    const target = '.news-detail__poolx';
    expect((await visibleCount(page, [target]))[target]).toBe(0);
    await page.evaluate((sel) => {
      document.querySelector<HTMLElement>(sel)?.style.setProperty('display', 'block', 'important');
    }, target);
    await nextFrame(page); // the style guard (a MutationObserver) has run before the frame
    expect((await visibleCount(page, [target]))[target]).toBe(0);
  });
});

describe('page elements named like the extension (no switching it off)', () => {
  const fixture = loadFixture('bitget-news-dogecoin-metric');
  // In Chromium's isolated world an element's id is a global name; a data- attribute is what markers were.
  const markups: [string, (html: string) => string][] = [
    ['<div id="__unshill">', (html) => html.replace(/<body([^>]*)>/i, '<body$1><div id="__unshill"></div>')],
    [
      '<div id="__unshillReady">',
      (html) => html.replace(/<body([^>]*)>/i, '<body$1><div id="__unshillReady"></div>'),
    ],
    [
      '<div id="__unshillEarly">',
      (html) => html.replace(/<body([^>]*)>/i, '<body$1><div id="__unshillEarly"></div>'),
    ],
    ['<body data-unshill-added>', (html) => html.replace(/<body([^>]*)>/i, '<body$1 data-unshill-added>')],
  ];
  for (const [name, edit] of markups) {
    it(`${name}: panel, hidden promotions and the reader all still come`, async () => {
      const html = edit(fixture.html);
      expect(html).not.toBe(fixture.html);
      harness.serve(fixture.truth.url, html);
      const { page, watch } = await openWatched(fixture.truth.url);
      expect((await panelPoints(page)).length).toBeGreaterThan(0);
      expect(await harness.finished(page)).toBe('done');
      expect(await page.locator('[data-unshill-hidden]').count()).toBeGreaterThan(0);
      await harness.clickToolbar(page);
      await page.waitForFunction(
        () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article p'),
        null,
        { timeout: 10_000 },
      );
      expect(watch.errors).toEqual([]);
    });
  }
});

describe('damaged settings', () => {
  afterEach(clearStorage);

  it('values of the wrong type in storage: pages are still cleaned with the defaults, the reader opens', async () => {
    const fixture = loadFixture('bitget-news-dogecoin-metric');
    harness.serve(fixture.truth.url, fixture.html);
    await setStorage('sync', {
      cleanupEnabled: 'yes',
      disabledSites: 42,
      reader: 'garbage',
      translateTo: {},
      panelCollapsed: 'no',
    });
    await setStorage('local', { customRules: 123, serverUrl: ['x'], apiKey: null });
    const { page, watch } = await openWatched(fixture.truth.url);
    expect((await panelPoints(page)).length).toBeGreaterThan(0);
    const visible = await visibleCount(page, fixture.truth.promo_selectors ?? []);
    expect(Object.entries(visible).filter(([, n]) => n > 0)).toEqual([]);
    await harness.clickToolbar(page);
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
      null,
      { timeout: 10_000 },
    );
    expect(watch.errors).toEqual([]);
  });
});

// Last: the reload replaces the service worker the harness holds.
describe('the extension reloaded under an open page', () => {
  it('takes its panel and stylesheet away, throws nothing, and the page keeps working', async () => {
    const fixture = loadFixture('bitget-news-dogecoin-metric');
    harness.serve(fixture.truth.url, fixture.html);
    const { page, watch } = await openWatched(fixture.truth.url);
    await panelPoints(page);
    expect(await page.locator('unshill-panel').count()).toBe(1);
    await harness.worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined); // the worker goes away while answering
    await page.waitForFunction(
      () => !document.querySelector('unshill-panel') && !document.querySelector('style[data-unshill-added]'),
      null,
      { timeout: 30_000 },
    );
    // Promotions come back (nothing hides them any more) and the page's own scripts still run.
    expect(await page.evaluate(() => document.querySelectorAll('[data-unshill-hidden]').length)).toBe(0);
    expect(await answers(page)).toBe(true);
    // What the orphaned scripts listened to: scrolling, DOM changes, in-page navigation, the tab shown again.
    await page.mouse.wheel(0, 600);
    await page.evaluate(() => {
      document.body.append(document.createElement('div'));
      history.pushState({}, '', '#after-reload');
      history.back();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(() => location.hash === '');
    await nextFrame(page);
    expect(watch.errors).toEqual([]);
  });
});
