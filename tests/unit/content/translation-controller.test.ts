// @vitest-environment-options {"url": "https://www.bitget.com/news/detail/12560603991422"}
/**
 * createTranslationController on a real corpus page (the Bitget Dogecoin article, English, which links its
 * French edition by hreflang): the publisher's edition swapped in and out, a translation in place with
 * Chrome's on-device translator, a failure part-way and a stalled model download. Only what jsdom has no
 * stand-in for is replaced: the network (`fetch` serves the corpus's French page) and Chrome's `Translator`.
 * The view is built as the panel builds it (translationView over planKeyPoints).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findArticleRoot } from '../../../src/detect/article-root';
import { planKeyPoints } from '../../../src/content/key-points';
import {
  createTranslationController,
  type TranslationUpdate,
} from '../../../src/content/translation-controller';
import { translationOffer } from '../../../src/content/translation-offer';
import { translationView } from '../../../src/content/translation-view';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/defaults';

const PAGES = 'tests/fixtures/pages';
const EN_HTML = readFileSync(`${PAGES}/bitget-news-dogecoin-metric.html`, 'utf8');
const FR_HTML = readFileSync(`${PAGES}/bitget-news-fr-dogecoin-metric.html`, 'utf8');
const FR_TRUTH = JSON.parse(readFileSync(`${PAGES}/bitget-news-fr-dogecoin-metric.truth.json`, 'utf8')) as {
  url: string;
  title: string;
  article_text_must_include: string[];
  publisher_key_points: string[];
};

/** Loads `html` as the test's document (its scripts do not run: imported nodes never do). */
function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

function setUp(settings: Partial<Settings>) {
  const root = findArticleRoot(document);
  const plan = planKeyPoints(document, root, null);
  if (!('points' in plan)) throw new Error('the fixture has a publisher key-points box');
  const view = translationView(document, root, plan.points);
  const updates: TranslationUpdate[] = [];
  const all = { ...DEFAULT_SETTINGS, ...settings };
  // As the panel does: the offer first (translation-offer.ts), the engines when the toggle is pressed.
  const controller = translationOffer(document, root?.textContent ?? '', all).then((offer) =>
    createTranslationController(document, view, offer, all, (u) => updates.push(u)),
  );
  return { root, view, plan, updates, controller };
}

/** A stand-in for Chrome's `Translator`: tags each text with the target language, or fails on a cue. */
function fakeTranslator(options: { state?: string; failOn?: string; neverCreates?: boolean } = {}) {
  const translated: string[] = [];
  const api = {
    availability: vi.fn(() => Promise.resolve(options.state ?? 'available')),
    create: vi.fn((o: { targetLanguage: string }) =>
      options.neverCreates
        ? new Promise<never>(() => undefined)
        : Promise.resolve({
            translate(text: string) {
              if (options.failOn && text.includes(options.failOn))
                return Promise.reject(new Error('the model crashed'));
              translated.push(text);
              return Promise.resolve(`[${o.targetLanguage}] ${text}`);
            },
          }),
    ),
  };
  vi.stubGlobal('Translator', api);
  return { api, translated };
}

let requested: string[];
beforeEach(() => {
  loadPage(EN_HTML);
  requested = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      requested.push(url);
      return Promise.resolve(
        url === FR_TRUTH.url
          ? new Response(FR_HTML, { status: 200, headers: { 'Content-Type': 'text/html' } })
          : new Response('not here', { status: 404 }),
      );
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("the publisher's edition", () => {
  it('swaps the French edition into the article root, title and key-points box, and back exactly', async () => {
    const before = document.body.innerHTML;
    const { root, view, updates, controller } = setUp({ translateTo: 'fr', translationService: 'publisher' });
    const c = await controller;
    expect([c.source, c.target, c.offered]).toEqual(['en', 'fr', true]);

    await c.toggle(['unused: the edition brings its own points']);
    expect(requested).toEqual([FR_TRUTH.url]);
    const edition = root?.querySelector('[data-unshill-edition]');
    expect(root?.getAttribute('lang')).toBe('fr');
    for (const sentence of FR_TRUTH.article_text_must_include)
      expect(edition?.textContent).toContain(sentence);
    // The edition's promotions stay out of what is shown (its PoolX box is in the same body).
    expect(edition?.textContent).not.toContain('PoolX');
    expect(view.title?.textContent).toBe(FR_TRUTH.title);
    expect(view.keyPointItems?.map((li) => li.textContent)).toEqual(FR_TRUTH.publisher_key_points);
    expect(updates.at(-1)).toEqual({
      pressed: true,
      busy: false,
      status: { text: "Publisher's French edition", kind: 'info' },
      keyPoints: FR_TRUTH.publisher_key_points,
      lang: 'fr',
    });

    await c.toggle([]);
    expect(document.body.innerHTML).toBe(before);
    expect(updates.at(-1)).toMatchObject({ pressed: false, status: null, keyPoints: null });
  });

  it('says why and leaves the page as it was when the edition cannot be fetched', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 410 })));
    const before = document.body.innerHTML;
    const { updates, controller } = setUp({ translateTo: 'fr', translationService: 'publisher' });
    await (await controller).toggle([]);
    expect(document.body.innerHTML).toBe(before);
    expect(updates.at(-1)).toMatchObject({
      pressed: false,
      status: { text: 'Translation failed: the French edition answered HTTP 410', kind: 'error' },
    });
  });
});

describe('translation in place (Chrome on-device)', () => {
  it('translates the title, key points and every body block, then restores the page exactly', async () => {
    const { translated } = fakeTranslator();
    const before = document.body.innerHTML;
    const { view, plan, updates, controller } = setUp({
      translateTo: 'de',
      translationService: 'chrome',
      translationDisplay: 'replace',
    });
    const c = await controller;
    if (!('points' in plan)) throw new Error('unreachable');
    await c.toggle(plan.points.points);

    expect(view.blocks.length).toBeGreaterThan(5);
    for (const block of view.blocks) {
      expect(block.getAttribute('lang'), block.outerHTML.slice(0, 80)).toBe('de');
      expect(block.textContent).toContain('[de]');
    }
    const last = updates.at(-1);
    expect(last?.status).toEqual({ text: 'Translated by Chrome on-device (en → de)', kind: 'info' });
    expect(last?.keyPoints).toEqual(plan.points.points.map((p) => `[de] ${p}`));
    expect(last?.lang).toBe('de');
    // While it ran, the panel showed it busy.
    expect(updates.some((u) => u.busy && u.status?.text === 'Translating…')).toBe(true);
    expect(translated.length).toBeGreaterThan(0);

    await c.toggle([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('restores what was already translated and reports the error when the engine fails part-way', async () => {
    const { root } = setUp({});
    const lastParagraph = [...(root?.querySelectorAll('p') ?? [])].at(-1)?.textContent?.slice(0, 30) ?? '';
    fakeTranslator({ failOn: lastParagraph });
    const before = document.body.innerHTML;
    const { updates, controller } = setUp({ translateTo: 'de', translationService: 'chrome' });
    await (await controller).toggle([]);
    expect(document.body.innerHTML).toBe(before);
    expect(updates.at(-1)?.status?.kind).toBe('error');
    expect(updates.at(-1)?.status?.text).toContain('the model crashed');
    expect(updates.at(-1)?.pressed).toBe(false);
  });

  it('fails clearly, touching nothing, when the model download makes no progress', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    fakeTranslator({ state: 'downloadable', neverCreates: true });
    const before = document.body.innerHTML;
    const { updates, controller } = setUp({ translateTo: 'de', translationService: 'chrome' });
    const done = (await controller).toggle([]);
    await vi.advanceTimersByTimeAsync(10_000);
    await done;
    expect(document.body.innerHTML).toBe(before);
    expect(updates.at(-1)?.status).toEqual({
      text: 'Translation failed: Chrome could not download the en → de language model (offline?)',
      kind: 'error',
    });
  });

  it('offers nothing when the article is already in the reader’s language', async () => {
    const c = await setUp({ translateTo: 'en' }).controller;
    expect(c.offered).toBe(false);
  });
});
