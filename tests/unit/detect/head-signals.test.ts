/** Any-site mode's first look: address and head, then the lede, before anything heavier loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mayBeCryptoNews, readHeadSignals } from '../../../src/detect/head-signals';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const SHAPES = join(import.meta.dirname, '../../fixtures/article-shapes');

function page(file: string, url: string): [Document, URL] {
  return [new JSDOM(readFileSync(file, 'utf8'), { url }).window.document, new URL(url)];
}
function doc(html: string, url = 'https://news.example.org/2024/05/01/story'): [Document, URL] {
  return [new JSDOM(`<!DOCTYPE html><html>${html}</html>`, { url }).window.document, new URL(url)];
}

describe('mayBeCryptoNews', () => {
  it('passes a crypto article whose title names no coin, from its lede', () => {
    const [d, url] = page(
      join(PAGES, 'theblock-mt-gox-deadline.html'),
      'https://coins.example.net/post/320451/mt-gox-trustee-extends-repayment-deadline',
    );
    const signals = readHeadSignals(d, url);
    expect(signals.articleSignal).toBe('og:type article');
    expect(signals.cryptoTerms).toContain('bitcoin');
    expect(mayBeCryptoNews(d, url)).toBe(true);
  });

  it('stops a software blog post and general news on hosts outside the catalogue', () => {
    const [blog, blogUrl] = page(
      join(PAGES, 'lumenstack-blog-arm-ci.html'),
      'https://blog.example.dev/posts/moving-ci-to-arm-runners',
    );
    expect(mayBeCryptoNews(blog, blogUrl)).toBe(false);
    for (const name of ['microdata-every-paragraph', 'standfirst-subheadline', 'short-brief']) {
      const [d, url] = page(join(SHAPES, `${name}.html`), 'https://news.example.org/2019/10/19/story');
      expect(mayBeCryptoNews(d, url), name).toBe(false);
    }
  });

  it('stops a page about crypto that is not an article: no article signal in address or head', () => {
    const [d, url] = doc(
      '<head><title>Bitcoin and Ethereum prices</title></head><body><p>Bitcoin and ether prices, live, in every currency you can think of.</p></body>',
      'https://prices.example.com/',
    );
    expect(readHeadSignals(d, url).articleSignal).toBeNull();
    expect(mayBeCryptoNews(d, url)).toBe(false);
  });

  it('stops app pages (login, trading) whatever they say', () => {
    const [d, url] = doc(
      '<head><meta property="og:type" content="article"><title>Log in to trade bitcoin</title></head>',
      'https://exchange.example.com/login',
    );
    expect(mayBeCryptoNews(d, url)).toBe(false);
  });

  it('reads the article type from JSON-LD text, including a list of types', () => {
    const [d, url] = doc(
      '<head><script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"x"}</script><title>Solana validators vote on fees</title></head>',
      'https://example.org/solana',
    );
    expect(readHeadSignals(d, url)).toMatchObject({ articleSignal: 'json-ld article' });
    expect(mayBeCryptoNews(d, url)).toBe(true);
  });
});
