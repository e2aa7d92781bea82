/**
 * startArticle on corpus pages, given the context the DOM-ready script hands it (site, hide state with the
 * site's rules and the heuristics' marks, article root, lifetime signal). The background is the real
 * request handler (its summarizer included) behind the fake browser's runtime; settings live in the fake
 * browser's storage. jsdom has no matchMedia: a fixed-width stand-in says whether the screen is a phone.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest } from '../../../src/background/handlers';
import { compileRules, parseCosmeticRules } from '../../../src/clean/cosmetic';
import { findPromotions } from '../../../src/clean/heuristics';
import { createHideState } from '../../../src/clean/hide';
import type { ArticleContext } from '../../../src/content/api';
import { startArticle } from '../../../src/content/article-controller';
import { findArticleRoot } from '../../../src/detect/article-root';
import type { Request } from '../../../src/messaging/protocol';
import { findSite } from '../../../src/sites/find-site';

interface Truth {
  url: string;
  publisher_key_points: string[];
  article_text_must_include: string[];
}

const PAGES = 'tests/fixtures/pages';
const truthOf = (name: string) => JSON.parse(readFileSync(`${PAGES}/${name}.truth.json`, 'utf8')) as Truth;

/** Loads a corpus page as the test's document, at its own address (its scripts do not run). */
function loadPage(name: string): Truth {
  const truth = truthOf(name);
  (globalThis as unknown as { jsdom: { reconfigure(o: { url: string }): void } }).jsdom.reconfigure({
    url: truth.url,
  });
  const parsed = new DOMParser().parseFromString(readFileSync(`${PAGES}/${name}.html`, 'utf8'), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return truth;
}

/** The context ready.ts builds: the site's rules and the heuristics' finds marked, the article root. */
function readyContext(url: string): { ctx: ArticleContext; navigate(): void; hiddenChanged(): void } {
  const site = findSite(url);
  if (!site) throw new Error(`${url} is not in the catalogue`);
  const compiled = compileRules(parseCosmeticRules(site.rules).rules, new URL(url).hostname);
  const hide = createHideState(document, compiled.selectors);
  hide.markSiteMatches();
  const root = findArticleRoot(document);
  for (const m of findPromotions(document, root)) hide.mark([m.element], m.reason);
  const lifetime = new AbortController();
  const listeners: (() => void)[] = [];
  return {
    ctx: {
      site,
      hide,
      root,
      signal: lifetime.signal,
      onHiddenChange: (listener) => listeners.push(listener),
    },
    navigate: () => lifetime.abort(),
    hiddenChanged: () => listeners.forEach((l) => l()),
  };
}

/** A matchMedia stand-in: every query matches on a phone, none on a desktop. */
function screen(phone: boolean): void {
  vi.stubGlobal('matchMedia', (media: string) => ({
    media,
    matches: phone,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

/** Answers the content script's requests with the background's own handler; records requests and replies. */
function realBackground(): { requests: Request[]; replies: Promise<unknown>[] } {
  const requests: Request[] = [];
  const replies: Promise<unknown>[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    requests.push(message as Request);
    const reply = handleRequest(message as Request, {
      settings: () => Promise.resolve({ serverUrl: '', apiKey: '', translationService: 'auto' }),
      isGranted: () => Promise.resolve(false),
    });
    replies.push(reply);
    return reply;
  });
  return { requests, replies };
}

const panelRoot = () => document.querySelector('unshill-panel')?.shadowRoot ?? null;
const panelPoints = () =>
  [...(panelRoot()?.querySelectorAll('[data-testid="key-points"] li') ?? [])].map((li) =>
    (li.textContent ?? '').trim(),
  );
/** vi.waitFor's own 1 s is short for a whole corpus page on a busy machine: this is a hang guard only. */
const PATIENCE = { timeout: 15_000 };
const waitForPanel = () => vi.waitFor(() => expect(panelPoints().length).toBeGreaterThan(0), PATIENCE);

beforeEach(() => {
  fakeBrowser.reset();
  // The content scripts reach the extension through the global API, as WXT's test setup stubs it
  // (afterEach's unstubAllGlobals takes those stubs away too).
  vi.stubGlobal('chrome', fakeBrowser);
  vi.stubGlobal('browser', fakeBrowser);
  screen(false);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

// A whole corpus page per test, parsed and scanned by the heuristics: a hang guard, not a speed bound.
describe('startArticle', { timeout: 60_000 }, () => {
  it("shows the publisher's key points in a panel before the body, and takes everything away on navigation", async () => {
    const truth = loadPage('bitget-news-dogecoin-metric');
    realBackground();
    const { ctx, navigate } = readyContext(truth.url);
    const session = startArticle(ctx, () => undefined);
    await waitForPanel();

    expect(panelPoints()).toEqual(truth.publisher_key_points);
    expect(session.keyPoints()).toEqual(truth.publisher_key_points);
    expect(panelRoot()?.querySelector('[data-testid="key-points-source"]')?.textContent).toMatch(
      /publisher/i,
    );
    const host = document.querySelector('unshill-panel')!;
    // In the page's flow, never over the body: before the article root, or after the publisher's box.
    expect(ctx.root?.contains(host)).toBe(false);
    expect(host.compareDocumentPosition(ctx.root!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(panelRoot()?.querySelector('[data-testid="hidden-count"]')?.textContent).toContain(
      String(ctx.hide.count()),
    );
    expect(ctx.hide.count()).toBeGreaterThan(0);
    expect(document.head.querySelector('style[data-unshill-added]')).not.toBeNull();

    navigate();
    expect(document.querySelector('unshill-panel')).toBeNull();
    expect(document.querySelector('[data-unshill-absorbed]')).toBeNull();
  });

  it('summarizes in the background when the page has no key points of its own', async () => {
    const truth = loadPage('decrypt-crypto-twitter-cz-gensler');
    expect(truth.publisher_key_points).toEqual([]);
    const { requests } = realBackground();
    const { ctx } = readyContext(truth.url);
    const session = startArticle(ctx, () => undefined);
    await waitForPanel();

    expect(requests.map((r) => r.type)).toContain('summarize');
    const points = panelPoints();
    expect(points.length).toBeGreaterThanOrEqual(2);
    // Sentences of the article itself, not of its promotions.
    const body = (ctx.root?.textContent ?? '').replace(/\s+/g, ' ');
    for (const point of points) expect(body).toContain(point.slice(0, 40));
    expect(session.keyPoints()).toEqual(points);
  });

  it('still shows the panel, saying the summary is unavailable, when the background does not answer', async () => {
    const truth = loadPage('decrypt-crypto-twitter-cz-gensler');
    const { ctx } = readyContext(truth.url);
    startArticle(ctx, () => undefined);
    await vi.waitFor(
      () =>
        expect(panelRoot()?.querySelector('[data-testid="translation-status"]')?.textContent).toBe(
          'Key points are unavailable right now.',
        ),
      PATIENCE,
    );
    expect(panelPoints()).toEqual([]);
  });

  it('mounts nothing when the page moved on before the summary came', async () => {
    const truth = loadPage('decrypt-crypto-twitter-cz-gensler');
    const { requests, replies } = realBackground();
    const { ctx, navigate } = readyContext(truth.url);
    startArticle(ctx, () => undefined);
    // The page moves on once the summary is asked for (the article was read and planned) …
    await vi.waitFor(() => expect(requests.some((r) => r.type === 'summarize')).toBe(true), PATIENCE);
    navigate();
    // … and the positive signal: the background's summary reached the page (after the navigation), and the
    // task that would mount the panel has run.
    await vi.waitFor(() => expect(replies.length).toBeGreaterThan(0), PATIENCE);
    await Promise.all(replies);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('unshill-panel')).toBeNull();
  });

  it("on a phone, folds the publisher's box into the panel (each point once) and counts new hides", async () => {
    screen(true);
    const truth = loadPage('bitget-news-dogecoin-metric');
    realBackground();
    const { ctx, hiddenChanged } = readyContext(truth.url);
    startArticle(ctx, () => undefined);
    await waitForPanel();
    expect(document.querySelectorAll('[data-unshill-absorbed]').length).toBeGreaterThan(0);

    const before = ctx.hide.count();
    const late = document.createElement('div');
    late.textContent = 'Claim your 6,200 USDT welcome gift';
    document.body.append(late);
    ctx.hide.mark([late], 'late promotion');
    hiddenChanged();
    expect(panelRoot()?.querySelector('[data-testid="hidden-count"]')?.textContent).toContain(
      String(before + 1),
    );
  });

  it('offers the translation toggle when the reader reads another language', async () => {
    await fakeBrowser.storage.sync.set({ translateTo: 'fr' });
    const truth = loadPage('bitget-news-dogecoin-metric');
    realBackground();
    const { ctx } = readyContext(truth.url);
    startArticle(ctx, () => undefined);
    await waitForPanel();
    await vi.waitFor(
      () => expect(panelRoot()?.querySelector('[data-testid="translate-toggle"]')).not.toBeNull(),
      PATIENCE,
    );
  });
});
