import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPublisherEdition } from '../../../src/translate/publisher-edition';
import { registrableHost } from '../../../src/util/host';

function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(new URL(path, import.meta.url), 'utf8'), 'text/html');
}

const BITGET_FR = 'https://www.bitget.com/fr/news/detail/12560603991422';

describe('findPublisherEdition', () => {
  it('finds the English edition of the French Bitget article', () => {
    const doc = load('../../fixtures/pages/bitget-news-fr-dogecoin-metric.html');
    expect(findPublisherEdition(doc, BITGET_FR, 'en')).toBe(
      'https://www.bitget.com/news/detail/12560603991422',
    );
    expect(findPublisherEdition(doc, BITGET_FR, 'en-GB')).toBe(
      'https://www.bitget.com/news/detail/12560603991422',
    );
  });

  it("fetches only over the page's own scheme: no http edition for an https page (hardening)", () => {
    const doc = new DOMParser().parseFromString(
      `<link rel="alternate" hreflang="en" href="http://www.bitget.com/news/detail/1">
       <link rel="alternate" hreflang="de" href="https://www.bitget.com/de/news/detail/1">`,
      'text/html',
    );
    expect(findPublisherEdition(doc, BITGET_FR, 'en')).toBeNull();
    expect(findPublisherEdition(doc, BITGET_FR, 'de')).toBe('https://www.bitget.com/de/news/detail/1');
    const plain = 'http://www.bitget.com/fr/news/detail/1';
    expect(findPublisherEdition(doc, plain, 'en')).toBe('http://www.bitget.com/news/detail/1');
    expect(findPublisherEdition(doc, plain, 'de')).toBeNull();
  });

  it('never returns the current page or x-default', () => {
    const doc = load('../../fixtures/pages/bitget-news-fr-dogecoin-metric.html');
    expect(findPublisherEdition(doc, BITGET_FR, 'fr')).toBeNull();
    expect(findPublisherEdition(doc, BITGET_FR, 'x-default')).toBeNull();
    expect(findPublisherEdition(doc, BITGET_FR, 'ru')).toBeNull();
  });

  it('matches a regional edition on the base language, preferring the exact tag', () => {
    const doc = load('../../fixtures/pages/binance-square-doge-shib.html');
    const page = 'https://www.binance.com/en/square/post/26114307542361';
    expect(findPublisherEdition(doc, page, 'es')).toBe(
      'https://www.binance.com/es-LA/square/post/26114307542361',
    );
    expect(findPublisherEdition(doc, page, 'zh-CN')).toBe(
      'https://www.binance.com/zh-CN/square/post/26114307542361',
    );
    const ru = load('../../fixtures/translate/jsonld-graph-ru.html');
    const ruPage = 'https://www.bybit.com/ru-RU/news/pectra-activated';
    expect(findPublisherEdition(ru, ruPage, 'zh-TW')).toBe(
      'https://www.bybit.com/zh-TW/news/pectra-activated',
    );
    expect(findPublisherEdition(ru, ruPage, 'zh')).toBe('https://www.bybit.com/zh-CN/news/pectra-activated');
  });

  it('accepts subdomains of the same site (de.beincrypto.com)', () => {
    const doc = load('../../fixtures/pages/beincrypto-bitcoin-halving.html');
    const page = 'https://beincrypto.com/bitcoin-fourth-halving-block-reward-3-125-btc/';
    expect(findPublisherEdition(doc, page, 'de')).toBe(
      'https://de.beincrypto.com/bitcoin-fourth-halving-block-reward-3-125-btc/',
    );
  });

  it('resolves relative links, prefers a bare tag over a region, refuses other sites and javascript:', () => {
    const doc = load('../../fixtures/translate/mislabeled-fr.html');
    const page = 'https://news.example-exchange.com/fr/articles/etf-sorties-record';
    expect(findPublisherEdition(doc, page, 'en')).toBe(
      'https://news.example-exchange.com/articles/etf-record-outflows',
    );
    expect(findPublisherEdition(doc, page, 'es')).toBe(
      'https://news.example-exchange.com/es/articles/etf-salidas-record',
    );
    expect(findPublisherEdition(doc, page, 'es-419')).toBe(
      'https://news.example-exchange.com/es/articles/etf-salidas-record',
    );
    expect(findPublisherEdition(doc, page, 'de')).toBeNull(); // another site
    expect(findPublisherEdition(doc, page, 'pt')).toBeNull(); // javascript:
    expect(findPublisherEdition(doc, page, 'fr')).toBeNull(); // itself, with a trailing slash
    expect(findPublisherEdition(doc, 'not a url', 'en')).toBeNull();
  });

  it('computes registrable hosts', () => {
    expect(registrableHost('www.bitget.com')).toBe('bitget.com');
    expect(registrableHost('de.beincrypto.com')).toBe('beincrypto.com');
    expect(registrableHost('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableHost('127.0.0.1')).toBe('127.0.0.1');
  });
});
