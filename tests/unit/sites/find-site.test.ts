import { describe, expect, it } from 'vitest';
import { findSite, matchesPattern, parseMatchPattern } from '../../../src/sites/find-site';
import type { Site } from '../../../src/sites/types';

describe('matchesPattern (Chrome match-pattern semantics)', () => {
  it.each([
    ['https://www.bitget.com/*', 'https://www.bitget.com/fr/news/detail/12560603991422', true],
    ['https://www.bitget.com/*', 'https://www.bitget.com', true],
    ['https://www.bitget.com/*', 'http://www.bitget.com/news/', false],
    ['https://www.bitget.com/*', 'https://bitget.com/news/', false],
    ['https://www.bitget.com/*', 'https://www.bitget.com.evil.example/news/', false],
    // `*.` covers the domain itself and every subdomain, and nothing that merely ends the same way.
    ['https://*.beincrypto.com/*', 'https://beincrypto.com/bitcoin-halving/', true],
    ['https://*.beincrypto.com/*', 'https://ru.beincrypto.com/bitcoin-halving/', true],
    ['https://*.beincrypto.com/*', 'https://notbeincrypto.com/', false],
    // The path glob sees the query but not the fragment; `*` spans slashes.
    [
      'https://www.fxstreet.com/cryptocurrencies/*',
      'https://www.fxstreet.com/cryptocurrencies/news/x-2024',
      true,
    ],
    ['https://www.fxstreet.com/cryptocurrencies/*', 'https://www.fxstreet.com/news/eur-usd', false],
    ['https://example.com/*news*', 'https://example.com/zh-CN/news/detail/1', true],
    ['https://example.com/a*', 'https://example.com/?a=1', false],
    ['https://example.com/?a=*', 'https://example.com/?a=1', true],
    ['https://example.com/page', 'https://example.com/page#news', true],
    // Scheme wildcard: http and https only.
    ['*://example.com/*', 'http://example.com/', true],
    ['*://example.com/*', 'https://example.com/', true],
    ['*://example.com/*', 'ftp://example.com/', false],
    // Ports: none in the pattern means any port.
    ['http://localhost/*', 'http://localhost:5000/translate', true],
    ['http://localhost:5000/*', 'http://localhost:5001/translate', false],
    ['https://example.com:443/*', 'https://example.com/', true],
    ['<all_urls>', 'https://anything.example/x', true],
    ['<all_urls>', 'chrome://extensions/', false],
    ['file:///*', 'file:///home/reader/page.html', true],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it.each([
    'https://www.bitget.com', // no path
    'https://www.*.com/*', // wildcard only as the first label
    'https://*bitget.com/*',
    'htp://www.bitget.com/*',
    'chrome://extensions/*',
    'https:/www.bitget.com/*',
    'https://WWW.bitget.com/*', // Chrome lowercases; the catalogue must be written lowercase
    '',
  ])('rejects the invalid pattern %j', (pattern) => {
    expect(parseMatchPattern(pattern)).toBeUndefined();
    expect(matchesPattern(pattern, 'https://www.bitget.com/news/')).toBe(false);
  });

  it('returns false for a URL it cannot parse', () => {
    expect(matchesPattern('https://www.bitget.com/*', 'not a url')).toBe(false);
  });
});

describe('findSite', () => {
  it('finds catalogue sites by URL, language prefixes included', () => {
    expect(findSite('https://www.bitget.com/zh-CN/news/detail/12560603991422')?.id).toBe('bitget');
    expect(findSite('https://www.binance.com/en-BH/square/post/27340918652207')?.id).toBe('binance');
    expect(findSite('https://es.cointelegraph.com/news/bitcoin')?.id).toBe('cointelegraph');
    expect(findSite(new URL('https://www.bybit.com/ru-RU/news/x'))?.id).toBe('bybit');
  });

  it('leaves hosts outside the catalogue alone', () => {
    expect(findSite('https://accounts.binance.com/en/login')).toBeUndefined();
    expect(findSite('https://blog.lumenstack.dev/posts/moving-ci-to-arm-runners')).toBeUndefined();
    expect(findSite('https://www.fxstreet.com/news/eur-usd-forecast')).toBeUndefined();
    expect(findSite('::nonsense::')).toBeUndefined();
  });

  it('checks hosts as matchesPattern does: subdomains, the bare domain, ports, no look-alikes', () => {
    const sites: Site[] = [
      { id: 'sub', name: 'Sub', matches: ['https://*.beincrypto.com/*'], rules: [] },
      { id: 'port', name: 'Port', matches: ['http://localhost:8080/*'], rules: [] },
      { id: 'any', name: 'Any', matches: ['https://*/only-here/*'], rules: [] },
    ];
    expect(findSite('https://beincrypto.com/x', sites)?.id).toBe('sub');
    expect(findSite('https://ru.beincrypto.com/x', sites)?.id).toBe('sub');
    expect(findSite('https://notbeincrypto.com/x', sites)).toBeUndefined();
    expect(findSite('http://localhost:8080/x', sites)?.id).toBe('port');
    expect(findSite('http://localhost:9090/x', sites)).toBeUndefined();
    expect(findSite('https://else.example/only-here/x', sites)?.id).toBe('any');
  });

  it("agrees with matchesPattern on every pattern shape, the catalogue's own (no parser) included", () => {
    const patterns = [
      'https://www.bitget.com/*',
      'https://*.beincrypto.com/*',
      '*://example.com/*',
      'http://example.com/*',
      'ftp://example.com/*',
      'https://www.fxstreet.com/cryptocurrencies/*',
      'https://example.com:443/*',
      'https://*bitget.com/*',
      'https://WWW.bitget.com/*',
      'https://www..bitget.com/*',
      'https://www.bit_get.com/*',
      'htp://www.bitget.com/*',
    ];
    const urls = [
      'https://www.bitget.com/fr/news/detail/1',
      'http://www.bitget.com/news/',
      'https://beincrypto.com/x',
      'https://ru.beincrypto.com/x',
      'http://example.com/',
      'https://example.com/',
      'ftp://example.com/',
      'wss://example.com/',
      'https://www.fxstreet.com/news/eur-usd',
      'https://www.bit_get.com/x',
    ];
    for (const pattern of patterns) {
      const sites: Site[] = [{ id: 'one', name: 'One', matches: [pattern], rules: [] }];
      for (const url of urls)
        expect(findSite(url, sites)?.id === 'one', `${pattern} vs ${url}`).toBe(matchesPattern(pattern, url));
    }
  });

  it('accepts another list of sites', () => {
    const sites: Site[] = [{ id: 'demo', name: 'Demo', matches: ['http://127.0.0.1/*'], rules: [] }];
    expect(findSite('http://127.0.0.1:8080/demo.html', sites)?.id).toBe('demo');
    expect(findSite('https://www.bitget.com/news/', sites)).toBeUndefined();
  });
});
