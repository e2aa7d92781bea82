/**
 * End-to-end harness: one headless Chromium per spec file with the BUILT extension loaded,
 * fixture pages served at their real-looking URLs through request interception.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, QUIET_CHROMIUM_FLAGS } from '../helpers/chromium';
import { FINAL_PHASES, type PagePhase } from '../../src/messaging/protocol';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
/** Where the builds are (wxt.config.ts reads the same variable). */
export const OUTPUT_DIR = resolve(ROOT, process.env.UNSHILL_OUT_DIR || '.output');

export interface Truth {
  url: string;
  is_news_article: boolean;
  auto_expected?: boolean;
  lang: string;
  title: string;
  article_text_must_include?: string[];
  article_text_must_exclude?: string[];
  promo_selectors?: string[];
  keep_selectors?: string[];
  publisher_key_points?: string[];
  alternate_pages?: Record<string, string>;
  spa_next?: { url: string; publisher_key_points?: string[]; article_text_must_include?: string[] };
  spa_next_link?: string;
  [key: string]: unknown;
}

export interface Fixture {
  name: string;
  truth: Truth;
  html: string;
}

export function loadFixture(name: string, dir = PAGES_DIR): Fixture {
  return {
    name,
    truth: JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as Truth,
    html: readFileSync(join(dir, `${name}.html`), 'utf8'),
  };
}

export function allFixtures(dir = PAGES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => loadFixture(f.replace(/\.truth\.json$/, ''), dir));
}

/** The part of the `chrome` global the tests use inside the service worker. */
interface ChromeInWorker {
  tabs: {
    query(query: { url: string }): Promise<{ id?: number }[]>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      injectImmediately: boolean;
      func: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
  action: { onClicked: { dispatch(tab: unknown): void } };
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  /** Serves `html` at `url` (exact, without hash) for every later navigation. */
  serve(url: string, html: string, contentType?: string): void;
  open(url: string): Promise<Page>;
  /** What the toolbar button does, dispatched from the service worker (CONTRACT.md). */
  clickToolbar(page: Page): Promise<void>;
  /**
   * Waits until the page's content scripts say they are done (`not-article`, `off`, `done`...) and returns
   * that phase. Read through the service worker from the content scripts' isolated world, so the page can
   * neither forge nor see it: the positive signal to wait for before checking that nothing happened.
   */
  finished(page: Page, timeoutMs?: number): Promise<PagePhase>;
  /**
   * The phase now, or null when no content script of ours is in the page (after `load`, none will come)
   * or the extension has no access to the page at all.
   */
  status(page: Page): Promise<PagePhase | null>;
  close(): Promise<void>;
}

export async function launch(
  options: { build?: 'chrome-mv3' | 'chrome-mv3-e2e'; viewport?: { width: number; height: number } } = {},
): Promise<Harness> {
  const extDir = join(OUTPUT_DIR, options.build ?? 'chrome-mv3');
  if (!existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(
      `No build at ${extDir}: run \`npm run build\` and \`npm run build:e2e\` first (npm test does).`,
    );
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...QUIET_CHROMIUM_FLAGS],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const routes = new Map<string, { body: string; contentType: string }>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // Extension pages (options, welcome) and data: URLs load as they are.
    if (!/^https?:/.test(url)) return route.continue();
    if (/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url)) return route.continue();
    const hit = routes.get(url.split('#')[0] ?? url);
    if (hit) return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served by the test' });
  });
  const harness: Harness = {
    context,
    worker,
    serve(url, html, contentType = 'text/html; charset=utf-8') {
      routes.set(url.split('#')[0] ?? url, { body: html, contentType });
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async clickToolbar(page) {
      await page.bringToFront();
      await worker.evaluate(
        async (url) => {
          const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
          const [tab] = await chrome.tabs.query({ url });
          if (!tab) throw new Error(`no tab for ${url}`);
          chrome.action.onClicked.dispatch(tab);
        },
        page.url().split('#')[0] ?? page.url(),
      );
    },
    async finished(page, timeoutMs = 15_000) {
      // Polls the phase (status below); a deadline, not a budget: it only bounds a hang.
      const deadline = Date.now() + timeoutMs;
      let last: PagePhase | null = null;
      while (Date.now() < deadline) {
        last = await harness.status(page);
        if (last && FINAL_PHASES.includes(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`content script: timeout (last: ${last ?? 'no answer'})`);
    },
    async status(page) {
      return currentWorker(context, worker).evaluate(
        async (url) => {
          const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
          const [tab] = await chrome.tabs.query({ url });
          // The extension cannot see the tab's address without host access: then it cannot script it either.
          if (tab?.id === undefined) return null;
          // The content scripts' shared state in their isolated world (src/world/world.ts), read in place.
          const [frame] = await chrome.scripting
            .executeScript({
              target: { tabId: tab.id, frameIds: [0] },
              injectImmediately: true,
              func: () =>
                (globalThis as unknown as Record<symbol, { phase?: string } | undefined>)[
                  Symbol.for('unshill.world')
                ]?.phase ?? null,
            })
            .catch(() => []);
          return (frame?.result as PagePhase | null | undefined) ?? null;
        },
        page.url().split('#')[0] ?? page.url(),
      );
    },
    close: () => context.close(),
  };
  return harness;
}

/** The extension's service worker now (a reload of the extension replaces the one the harness started with). */
function currentWorker(context: BrowserContext, first: Worker): Worker {
  const workers = context.serviceWorkers();
  return workers[workers.length - 1] ?? first;
}

/** The open shadow root's text of the reader's <article>, normalised like the evaluation does. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Waits until the panel shows at least one key point. */
export async function waitForPanel(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !!document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
    null,
    { timeout: 30_000 },
  );
}

/** The panel's key points as plain text, in order. */
export async function keyPoints(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('unshill-panel')
        ?.shadowRoot?.querySelectorAll('[data-testid="key-points"] li') ?? []),
    ]
      .map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}
