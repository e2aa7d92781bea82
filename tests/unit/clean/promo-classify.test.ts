/**
 * classifyBlock step by step: each named step decides the blocks it is about, and the steps before
 * it keep what must stay (disclaimers, key points, editorial paragraphs).
 */
import { describe, expect, it } from 'vitest';
import { CLASSIFY_STEPS, classifyBlock } from '../../../src/clean/promo-classify';
import { buildPromoContext, inChrome } from '../../../src/clean/promo-context';
import { findArticleRoot } from '../../../src/detect/article-root';
import { articlePage, type Place } from './heuristics-fixtures';
import { expectsArticle, loadCorpus, parse } from '../detect/corpus';

function verdict(widget: string, place: Place = 'side'): string | null {
  const doc = articlePage(widget, place);
  const ctx = buildPromoContext(doc, findArticleRoot(doc));
  const el = doc.querySelector('[data-t]');
  expect(el, 'fixture needs data-t').not.toBeNull();
  return classifyBlock(ctx, el as Element);
}

describe('classifyBlock steps', () => {
  it('runs named steps, the keeping ones first and the word score last', () => {
    const names = CLASSIFY_STEPS.map(([name]) => name);
    expect(names.slice(0, 3)).toEqual(['keep disclaimer', 'sponsored key point', 'keep editorial paragraph']);
    expect(names.at(-1)).toBe('scored promotion');
    expect(names.indexOf('call-to-action box')).toBeLessThan(names.indexOf('in-body promotion'));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['cookie notice', '<div data-t>We use cookies. <button>Accept</button></div>', 'page', /^cookie notice$/],
    [
      'newsletter form',
      '<form data-t><input type="email"><button>Go</button></form>',
      'side',
      /^newsletter sign-up$/,
    ],
    [
      'newsletter pitch',
      '<p data-t>Get the newsletter in your inbox: sign up free.</p>',
      'side',
      /^newsletter pitch$/,
    ],
    [
      'labelled ad',
      '<div data-t><span>Advertisement</span><img src="/x.png" alt=""></div>',
      'side',
      /^ad slot$/,
    ],
    ['empty ad placeholder', '<div data-t class="ad-slot"></div>', 'side', /^empty ad placeholder$/],
    [
      'app download',
      '<div data-t>Our app <a href="https://play.google.com/store/apps/details?id=x">Get</a></div>',
      'side',
      /^app download$/,
    ],
    [
      'coin ticker',
      '<div data-t>BTC/USDT 64,210.5 +2.1% ETH/USDT 3,120 -0.4%</div>',
      'side',
      /^coin ticker$/,
    ],
    [
      'see-also line',
      '<p data-t>Read also: <a href="/en/news/ether-hits-new-high-as-etf-flows-return">Ether hits a new high as ETF flows return</a></p>',
      'body',
      /^see-also link$/,
    ],
    [
      'call-to-action box',
      '<div data-t>Abra sua conta <a href="https://broker.example/?aff=77">Abrir</a></div>',
      'body',
      /call-to-action box/,
    ],
    [
      'in-body promotion',
      '<p data-t>高级行情分析免费试用 7 天，之后 $9.99/月</p>',
      'body',
      /^premium offer line$/,
    ],
    [
      'scored promotion',
      '<div data-t>Claim your 50 USDT welcome bonus <a href="/en/events/bonus">Claim now</a></div>',
      'side',
      /promotion \(/,
    ],
  ])('%s', (_step, widget, place, reason) => {
    expect(verdict(widget, place as Place)).toMatch(reason);
  });

  it.each([
    [
      'a disclaimer with a sign-up link',
      '<p data-t>Disclaimer: not investment advice. <a href="/en/register">Register</a></p>',
    ],
    [
      'a long editorial paragraph about a bonus',
      `<p data-t>${'Binance said new users who sign up receive a 100 USDT bonus, which regulators criticised. '.repeat(4)}</p>`,
    ],
    [
      'news about a premium price in the body',
      '<p data-t>Coinbase One, the premium subscription, costs $29.99/month and waives trading fees.</p>',
    ],
  ])('keeps %s', (_name, widget) => {
    expect(verdict(widget, 'body')).toBeNull();
  });
});

/**
 * classifyBlock alone on whole corpus articles: the block step never names an element the truth says must
 * stay (title, body, disclaimer; page chrome, the header, nav and footer, is kept before any block is
 * classified), and it recognises most of the page's promotions by itself (the rest are the page-level
 * passes' work: rails, fixed bars, overlays).
 */
describe('classifyBlock on corpus articles', () => {
  const articles = loadCorpus().filter((p) => p.truth.url && expectsArticle(p.truth));
  it.each(articles.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const doc = parse(page);
    const ctx = buildPromoContext(doc, findArticleRoot(doc));
    const elements = (selectors: readonly string[] = []) =>
      selectors.flatMap((s) => [...doc.querySelectorAll(s)].map((el) => [s, el] as const));
    const keptNamed = elements(page.truth.keep_selectors)
      .filter(([, el]) => !inChrome(ctx, el))
      .map(([s, el]) => [s, classifyBlock(ctx, el)] as const)
      .filter(([, verdict]) => verdict !== null);
    expect(keptNamed).toEqual([]);
    const promos = elements(page.truth.promo_selectors);
    if (promos.length === 0) return;
    const named = promos.filter(([, el]) => classifyBlock(ctx, el) !== null).length;
    expect(named / promos.length, `${named} of ${promos.length} promotions`).toBeGreaterThanOrEqual(0.75);
  });
});
