/**
 * The heuristics over every corpus page, as the early content script sees it at DOMContentLoaded
 * (page scripts not run: late and client-rendered promotions are covered in heuristics.test.ts and
 * by scripts/score-heuristics.ts). The article is sacred: no kept element, no must-stay sentence,
 * no title and no ancestor of the body may be returned.
 */
import { describe, expect, it } from 'vitest';
import { findPromotions } from '../../../src/clean/heuristics';
import { findArticleRoot } from '../../../src/detect/article-root';
import { expectsArticle, loadCorpus, parse } from '../detect/corpus';

const articles = loadCorpus().filter((p) => expectsArticle(p.truth));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Share of the page's truth promotions that `hidden` covers; null when the page lists none. */
function coverageOf(
  doc: Document,
  selectors: readonly string[],
  hidden: (el: Element) => boolean,
): number | null {
  const promos = selectors.flatMap((s) => [...doc.querySelectorAll(s)]);
  return promos.length ? promos.filter(hidden).length / promos.length : null;
}

function hiddenBy(doc: Document): (el: Element) => boolean {
  const matches = findPromotions(doc, findArticleRoot(doc));
  return (el) => matches.some((m) => m.element === el || m.element.contains(el));
}

/** Coverage per page, kept by the test that already parsed it (jsdom parsing is most of the time under load). */
const coverageByPage = new Map<string, number | null>();

describe('findPromotions on corpus articles', () => {
  it.each(articles.map((p) => [p.name, p] as const))('%s: never hides article text', (_name, page) => {
    const doc = parse(page);
    const root = findArticleRoot(doc);
    const matches = findPromotions(doc, root);
    const hidden = (el: Element) => matches.some((m) => m.element === el || m.element.contains(el));

    for (const m of matches) {
      if (root) expect(m.element.contains(root), `${m.reason} holds the body`).toBe(false);
      expect(m.element.querySelector('h1') === null && m.element.tagName !== 'H1').toBe(true);
      expect(m.reason.length).toBeGreaterThan(0);
    }
    for (const sel of page.truth.keep_selectors ?? []) {
      for (const el of doc.querySelectorAll(sel)) expect(hidden(el), `kept ${sel} hidden`).toBe(false);
    }
    const hiddenText = matches.map((m) => norm(m.element.textContent ?? '')).join('\n');
    for (const sentence of page.truth.article_text_must_include ?? []) {
      expect(hiddenText.includes(norm(sentence)), sentence).toBe(false);
    }
    coverageByPage.set(page.name, coverageOf(doc, page.truth.promo_selectors ?? [], hidden));
  });

  // Pages the test above did not measure (this one run alone, or a page that failed there) are measured here.
  it('hides at least 97% of the promotions present at load, on average', () => {
    const coverage = articles
      .map((page) => {
        if (coverageByPage.has(page.name)) return coverageByPage.get(page.name) ?? null;
        const doc = parse(page);
        return coverageOf(doc, page.truth.promo_selectors ?? [], hiddenBy(doc));
      })
      .filter((share): share is number => share !== null);
    expect(coverage.length).toBeGreaterThan(15);
    const mean = coverage.reduce((a, b) => a + b, 0) / coverage.length;
    expect(mean).toBeGreaterThanOrEqual(0.97);
  }, 180_000); // parses every corpus page again: minutes on a busy machine
});
