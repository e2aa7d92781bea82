import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function load(name: string): { doc: Document; truth: { url: string; article_text_must_include: string[] } } {
  const truth = JSON.parse(readFileSync(join(PAGES, `${name}.truth.json`), 'utf8'));
  const dom = new JSDOM(readFileSync(join(PAGES, `${name}.html`), 'utf8'), { url: truth.url });
  return { doc: dom.window.document, truth };
}

const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');

describe('extractArticle', () => {
  it.each([
    'bitget-news-dogecoin-metric',
    'cointelegraph-decoupling-stocks-bitcoin',
    'gate-learn-bitcoin-etf-zh',
  ])('keeps every must-include sentence of %s', (name) => {
    const { doc, truth } = load(name);
    const article = extractArticle(doc);
    expect(article).not.toBeNull();
    for (const sentence of truth.article_text_must_include)
      expect(norm(article!.text)).toContain(norm(sentence));
    expect(article!.readingMinutes).toBeGreaterThan(0);
  });

  it('does not touch the live document and leaves hidden promotions out', () => {
    const { doc } = load('bitget-news-dogecoin-metric');
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { removeSelectors: ['.news-detail__poolx', 'p.rich-text__promo'] });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article!.text).not.toContain('PoolX');
  });

  it('reads metadata: title, language, byline', () => {
    const { doc } = load('bybit-news-ru-pectra');
    const article = extractArticle(doc)!;
    expect(article.lang).toMatch(/^ru/);
    expect(article.title.length).toBeGreaterThan(10);
  });

  it('returns null when there is no article', () => {
    const dom = new JSDOM('<!doctype html><title>Cart</title><body><button>Pay</button></body>', {
      url: 'https://shop.example.org/cart',
    });
    expect(extractArticle(dom.window.document)).toBeNull();
  });
});
