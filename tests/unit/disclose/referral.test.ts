import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isReferralUrl,
  originalReferralHrefs,
  restoreReferralLinks,
  stripReferralLinks,
  stripReferralParams,
} from '../../../src/disclose';

describe('isReferralUrl', () => {
  const referral = [
    'https://accounts.binance.com/en/register?ref=ABC123',
    'https://www.bybit.com/invite?ref=XYZ',
    'https://www.mexc.com/register?inviteCode=mexc-1a2b',
    'https://www.okx.com/join/OKX42',
    'https://www.okx.com/fr/join/OKX42',
    'https://partner.bitget.com/bg/XYZ9',
    'https://www.bitget.com/referral/register?clacCode=ABCD1234',
    'https://www.kucoin.com/r/rf/QWE1',
    'https://www.gate.io/signup/GATE7?ref_type=103',
    'https://www.coinbase.com/join/abc_1',
    'https://bingx.com/invite/BX1/',
    'https://shop.example/item?aff_id=77',
    'https://shop.example/item?affid=77',
    'https://shop.example/item?affiliate=jane',
    'https://shop.example/item?aff=1',
    'https://offers.example/?clickid=9f8e7d',
    'https://app.example/signup?referralCode=JANE',
    'https://app.example/signup?ref_code=JANE',
    'https://app.example/signup?invite_code=JANE',
    'https://app.example/signup?referral=JANE',
    'https://app.example/signup?invite=JANE',
  ];
  it.each(referral)('%s', (url) => expect(isReferralUrl(url)).toBe(true));

  const plain = [
    'https://www.binance.com/en/register',
    'https://www.okx.com/join',
    'https://www.okx.com/learn/join-the-future',
    'https://news.example/a?utm_source=exchange&utm_medium=affiliate&utm_campaign=launch',
    'https://x.com/acme?ref=twitter',
    'https://blog.example/post?ref=homepage',
    'https://app.example/signup?ref=',
    'https://www.kucoin.com/ucenter/signup',
    'mailto:ref@example.com?subject=ref=1',
    'javascript:void(0)',
  ];
  it.each(plain)('not %s', (url) => expect(isReferralUrl(url)).toBe(false));

  it('resolves relative links against the page', () => {
    expect(isReferralUrl('/register?ref=CREATOR', 'https://www.binance.com/en/square/post/1')).toBe(true);
  });
});

describe('stripReferralParams', () => {
  const cases: [string, string | null][] = [
    ['https://accounts.binance.com/en/register?ref=ABC123', 'https://accounts.binance.com/en/register'],
    [
      'https://accounts.binance.com/register?ref=FR25&utm_source=bic',
      'https://accounts.binance.com/register?utm_source=bic',
    ],
    ['https://www.bybit.com/invite?ref=BITSRU&lang=ru#top', 'https://www.bybit.com/invite?lang=ru#top'],
    ['https://www.mexc.com/register?inviteCode=mexc-1a2b', 'https://www.mexc.com/register'],
    ['https://shop.example/p?a=1&aff_id=77&b=x%20y', 'https://shop.example/p?a=1&b=x%20y'],
    ['/register?ref=CREATOR', '/register'],
    ['https://www.okx.com/fr/join/ALTS2025', 'https://www.okx.com/account/register'],
    ['https://partner.bitget.com/bg/FRALT25', 'https://www.bitget.com/register'],
    ['https://www.kucoin.com/r/rf/RUALT25', 'https://www.kucoin.com/ucenter/signup'],
    ['https://www.gate.io/signup/GATE7?ref_type=103', 'https://www.gate.io/signup?ref_type=103'],
    // A code in the path with no known code-free address: counted, left as is.
    ['https://bingx.com/invite/BX1/', null],
    ['https://news.example/a?utm_source=exchange', null],
    ['https://x.com/acme?ref=twitter', null],
    ['https://www.binance.com/en/register', null],
  ];
  it.each(cases)('%s → %s', (url, expected) => expect(stripReferralParams(url)).toBe(expected));

  it('what it returns is no longer a referral link', () => {
    for (const [url, stripped] of cases) {
      if (stripped) expect(isReferralUrl(stripped, 'https://page.example/'), url).toBe(false);
    }
  });
});

describe('stripReferralLinks and restoreReferralLinks', () => {
  afterEach(() => restoreReferralLinks());

  function body(): HTMLElement {
    const html = `<!doctype html><body><div class="body">
      <p><a id="a" href="https://accounts.binance.com/register?ref=AAA&amp;lang=fr">Binance</a>
      <a id="b" href="https://www.okx.com/join/BBB">OKX</a>
      <a id="c" href="https://news.example/x?utm_source=y">News</a>
      <a id="d" href="https://bingx.com/invite/DDD">BingX</a></p></div>
      <p><a id="e" href="https://www.bybit.com/invite?ref=EEE">outside</a></p></body>`;
    return new JSDOM(html, { url: 'https://news.example/article' }).window.document.querySelector(
      '.body',
    ) as HTMLElement;
  }

  it('rewrites the referral links under the root only, and restores them', () => {
    const root = body();
    const doc = root.ownerDocument;
    const href = (id: string) => doc.getElementById(id)?.getAttribute('href');
    expect(stripReferralLinks(root)).toBe(2);
    expect(href('a')).toBe('https://accounts.binance.com/register?lang=fr');
    expect(href('b')).toBe('https://www.okx.com/account/register');
    expect(href('c')).toBe('https://news.example/x?utm_source=y');
    expect(href('d')).toBe('https://bingx.com/invite/DDD');
    expect(href('e')).toBe('https://www.bybit.com/invite?ref=EEE');
    expect([...originalReferralHrefs().values()]).toEqual([
      'https://accounts.binance.com/register?ref=AAA&lang=fr',
      'https://www.okx.com/join/BBB',
    ]);
    expect(restoreReferralLinks()).toBe(2);
    expect(href('a')).toBe('https://accounts.binance.com/register?ref=AAA&lang=fr');
    expect(href('b')).toBe('https://www.okx.com/join/BBB');
    expect(originalReferralHrefs().size).toBe(0);
  });

  it('stripping twice changes nothing more; restore leaves links the page changed since', () => {
    const root = body();
    const a = root.querySelector('#a') as HTMLAnchorElement;
    expect(stripReferralLinks(root)).toBe(2);
    expect(stripReferralLinks(root)).toBe(0);
    a.setAttribute('href', 'https://page.example/new');
    expect(restoreReferralLinks()).toBe(1);
    expect(a.getAttribute('href')).toBe('https://page.example/new');
  });
});
