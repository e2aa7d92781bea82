import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  detectArticle,
  isFrontPageUrl,
  isListingUrl,
  isNeverArticleUrl,
  looksLikeArticleUrl,
} from '../../../src/detect/detect-article';
import { findArticleRoot, textStart } from '../../../src/detect/article-root';
import { expectsArticle, loadCorpus, parse } from './corpus';

const pages = loadCorpus();

describe('detectArticle on the corpus', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const doc = parse(page);
    const d = detectArticle(doc, new URL(page.truth.url));
    expect(d.isArticle, d.reasons.join('; ')).toBe(expectsArticle(page.truth));
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('reports a non-crypto blog post as article-shaped but not for automatic cleanup', () => {
    const page = pages.find((p) => p.name === 'lumenstack-blog-arm-ci');
    expect(page).toBeDefined();
    const d = detectArticle(parse(page!), new URL(page!.truth.url));
    expect(d).toMatchObject({ isArticle: false, articleShaped: true, crypto: false });
  });

  it('accepts a non-crypto article on a catalogue site (the caller passes the site)', () => {
    const page = pages.find((p) => p.name === 'lumenstack-blog-arm-ci')!;
    const d = detectArticle(parse(page), new URL(page.truth.url), {});
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toContain('catalogue site');
  });
});

function docOf(html: string): Document {
  return new JSDOM(`<!DOCTYPE html><html>${html}</html>`).window.document;
}

const BODY = `<h1>Bitcoin ETF inflows extend streak</h1><div class="b">${'<p>Spot bitcoin ETF products recorded another day of inflows as crypto markets steadied and ether gained.</p>'.repeat(6)}</div>`;

describe('detectArticle signals', () => {
  it('reads NewsArticle inside a JSON-LD @graph and tolerates broken JSON', () => {
    const graph = docOf(
      `<head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle"}]}</script></head><body>${BODY}</body>`,
    );
    expect(detectArticle(graph, new URL('https://x.example/a')).reasons.join()).toContain(
      'json-ld NewsArticle',
    );
    const broken = docOf(
      `<head><script type="application/ld+json">{"@type": "BlogPosting", oops</script></head><body>${BODY}</body>`,
    );
    expect(detectArticle(broken, new URL('https://x.example/a')).reasons.join()).toContain(
      'json-ld BlogPosting',
    );
  });

  it.each([
    ['https://www.bitget.com/futures/usdt/BTCUSDT'],
    ['https://accounts.binance.com/en/login'],
    ['https://coinmarketcap.com/currencies/bitcoin/'],
    ['https://www.okx.com/help/how-do-i-deposit-crypto'],
    ['https://www.bitget.com/promotion/welcome'],
  ])('rejects the app page %s even with article-like text', (url) => {
    const doc = docOf(`<body>${BODY}</body>`);
    expect(detectArticle(doc, new URL(url)).isArticle).toBe(false);
  });

  it.each([
    ['https://www.bitget.com/news/detail/12560603991422'],
    ['https://www.kucoin.com/news/flash/cardano-price-forecast-ada-whales'],
    ['https://www.gate.com/zh/learn/articles/sizing-the-market/1099'],
    ['https://www.binance.com/en/square/post/26114307542361'],
    ['https://crypto.example/bitcoin-completes-fourth-halving-as-reward-drops/'],
  ])('accepts an article at %s from its text and url alone', (url) => {
    const doc = docOf(`<body>${BODY}</body>`);
    expect(detectArticle(doc, new URL(url)).isArticle).toBe(true);
  });

  it.each([['https://cointelegraph.com/'], ['https://www.bybit.com/en/'], ['https://www.okx.com/zh-CN']])(
    'rejects the front page %s by its address, even with article-like text',
    (url) => {
      const doc = docOf(`<body>${BODY}</body>`);
      expect(isNeverArticleUrl(new URL(url))).toBe(true);
      expect(detectArticle(doc, new URL(url)).isArticle).toBe(false);
    },
  );

  it('reads an article address before the page is there (its scripts are asked for at document_start)', () => {
    const articles = [
      'https://www.bitget.com/news/detail/12560603991422',
      'https://www.coindesk.com/markets/2025/08/26/ether-treasury-companies-look-undervalued',
      'https://www.cryptopolitan.com/ethereum-dencun-upgrade-live-layer-2-fees/',
    ];
    const others = [
      'https://www.bitget.com/futures/usdt/BTCUSDT',
      'https://www.bitget.com/news',
      'https://decrypt.co/news/tag/bitcoin',
      'https://cointelegraph.com/',
      'https://coinmarketcap.com/currencies/bitcoin/',
      'https://www.okx.com/help/how-do-i-deposit-crypto',
    ];
    for (const url of articles) expect(looksLikeArticleUrl(new URL(url)), url).toBe(true);
    for (const url of others) expect(looksLikeArticleUrl(new URL(url)), url).toBe(false);
  });

  it.each([
    ['https://blog.example/?p=1234'],
    ['https://app.example/#/news/bitcoin-halving'],
    ['https://x.example/bitcoin-halving-explained'],
  ])('does not take %s for a front page: its query, hash route or path may name an article', (url) => {
    expect(isFrontPageUrl(new URL(url))).toBe(false);
  });

  it.each([
    ['https://www.bitget.com/news'],
    ['https://www.bybit.com/en/news/'],
    ['https://decrypt.co/news/tag/bitcoin'],
    ['https://crypto.example/category/markets/'],
    ['https://crypto.example/author/jane-doe'],
    ['https://cointelegraph.com/news/page/2'],
  ])('rejects the listing %s by its address, even with article-like text', (url) => {
    const doc = docOf(`<body>${BODY}</body>`);
    expect(isListingUrl(new URL(url))).toBe(true);
    expect(detectArticle(doc, new URL(url)).isArticle).toBe(false);
  });

  it.each([
    ['https://cointelegraph.com/news/crypto-decoupling-story-ends-as-stocks-follow-bitcoin-s-rally'],
    ['https://www.binance.com/en/square/post/26114307542361'],
    ['https://www.gate.com/zh/learn/articles/sizing-the-market/1099'],
    ['https://crypto.example/tagged-bitcoin-rally-continues-into-the-weekend/'],
  ])('does not take the article %s for a listing', (url) => {
    expect(isListingUrl(new URL(url))).toBe(false);
  });

  it('rejects a listing page without body paragraphs', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/news/${i}">Bitcoin headline ${i}</a></li>`,
    ).join('');
    const doc = docOf(`<body><h1>Crypto news</h1><ul>${links}</ul></body>`);
    expect(detectArticle(doc, new URL('https://x.example/latest')).isArticle).toBe(false);
  });
});

describe('findArticleRoot', () => {
  it('prefers the hint, then itemprop=articleBody, then the densest paragraphs', () => {
    const doc = docOf(
      `<body><div id="hint"><p>x</p></div><div itemprop="articleBody"><p>A paragraph long enough to count as body text.</p></div><section class="dense">${'<p>A paragraph long enough to count as body text of the story.</p>'.repeat(4)}</section></body>`,
    );
    expect(findArticleRoot(doc, '#hint')?.id).toBe('hint');
    expect(findArticleRoot(doc, '##bad selector')?.getAttribute('itemprop')).toBe('articleBody');
    doc.querySelector('[itemprop]')!.removeAttribute('itemprop');
    expect(findArticleRoot(doc)?.className).toBe('dense');
  });

  it('does not take a one-line cookie notice for the body', () => {
    const doc = docOf(
      '<body><div id="skeleton"></div><div class="notice"><p>We use cookies for a better experience.</p><button>Accept</button></div></body>',
    );
    expect(findArticleRoot(doc)).toBeNull();
  });

  // One test per page: the whole corpus in one test ran past the 20 s timeout on a busy machine.
  it.each(
    pages
      .filter((p) => expectsArticle(p.truth) && p.name !== 'kucoin-news-csr-litecoin')
      .map((page) => [page.name, page] as const),
  )('finds the body of %s and keeps the must-stay text inside it', (_name, page) => {
    const root = findArticleRoot(parse(page));
    expect(root, page.name).not.toBeNull();
    const text = root!.textContent!.replace(/\s+/g, ' ');
    const first = page.truth.article_text_must_include?.[0];
    if (first) expect(text, page.name).toContain(first.replace(/\s+/g, ' '));
  });

  it('passes over paragraphs in links, menus, asides and forms', () => {
    const para = '<p>A paragraph long enough to count as body text of the story, and then some.</p>';
    const doc = docOf(
      `<body><aside class="side"><div><div>${para.repeat(8)}</div></div></aside><nav><ul><li>${para.repeat(8)}</li></ul></nav><a href="/teaser"><div>${para.repeat(8)}</div></a><div class="story">${para.repeat(3)}</div></body>`,
    );
    expect(findArticleRoot(doc)?.className).toBe('story');
  });
});

describe('detectArticle gives its body to the caller', () => {
  // One test per page, like the corpus tests above: all pages in one test ran past the 20 s timeout under load.
  it.each(pages.map((page) => [page.name, page] as const))(
    'returns the root it found on %s, the one findArticleRoot finds',
    (_name, page) => {
      const doc = parse(page);
      expect(detectArticle(doc, new URL(page.truth.url)).root).toBe(findArticleRoot(doc));
    },
  );

  it('returns the root the hint names', () => {
    const doc = docOf(`<body><div id="hinted"><p>Hinted.</p></div>${BODY}</body>`);
    expect(detectArticle(doc, new URL('https://x.example/a'), { articleRoot: '#hinted' }).root?.id).toBe(
      'hinted',
    );
  });
});

describe('textStart', () => {
  it('is the start of textContent without reading the rest', () => {
    const doc = docOf(
      '<body><div id="r">Lead <b>bold <i>deep</i></b><!-- not text --><script>var s = 1;</script><p>Second <a href="#">link</a> tail</p>' +
        '<p>x</p>'.repeat(50) +
        '</div></body>',
    );
    const root = doc.getElementById('r')!;
    for (const max of [0, 1, 5, 12, 30, 60, 10_000])
      expect(textStart(root, max)).toBe(root.textContent!.slice(0, max));
  });
});
