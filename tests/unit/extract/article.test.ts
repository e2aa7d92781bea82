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

/** Body paragraphs whose words are split across inline elements with nothing between them. */
const PROSE_WITH_MARKUP = [
  '<p>Analysts said the <b>SEC</b><i>’s</i> decision on spot ETFs would shape the market for months, as inflows slowed and traders waited for the regulator to rule on the pending filings.</p>',
  '<p>Bitcoin traded near $61,000 on Monday, little changed on the week, while ether and solana slipped as funding rates cooled across the largest derivatives venues.</p>',
  '<p>Data from on-chain analytics firms showed long-term holders adding to positions, a pattern that in past cycles has come before sustained rallies rather than sharp reversals.</p>',
  // An interview's lines: a name and what was said, side by side like a meta line, but in the body.
  '<p><strong>Analyst:</strong><span>We expect the approval before the summer.</span></p>',
].join('');

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

  it('keeps a meta line of side-by-side labels readable (and no standfirst), and body text with inline markup as it is', () => {
    // The demo's line: source, date and author in spans the page spaces with CSS.
    const demo = new JSDOM(
      readFileSync(join(import.meta.dirname, '../../../assets/demo/news-demo.html'), 'utf8'),
      {
        url: 'https://www.bitget.com/news/detail/unshill-demo',
      },
    ).window.document;
    const text = extractArticle(demo)!.text;
    expect(text).not.toMatch(/Desk2025|09:30By/);
    // Not taken for a standfirst either: the reader's header shows the author and the date.
    expect(text.startsWith('The queue of validators')).toBe(true);

    const body = PROSE_WITH_MARKUP;
    const page = new JSDOM(
      `<article><h1>Bitcoin holds above $60,000</h1><div class="meta"><span>Desk</span><time>May 2</time></div>${body}</article>`,
      { url: 'https://news.example.com/markets/bitcoin-holds' },
    ).window.document;
    const extracted = extractArticle(page)!.text;
    expect(extracted).toContain('Desk · May 2');
    expect(extracted).toContain('the SEC’s decision on spot ETFs');
    expect(extracted).toContain('Analyst:We expect the approval');
  });

  it('returns null when there is no article', () => {
    const dom = new JSDOM('<!doctype html><title>Cart</title><body><button>Pay</button></body>', {
      url: 'https://shop.example.org/cart',
    });
    expect(extractArticle(dom.window.document)).toBeNull();
  });
});
