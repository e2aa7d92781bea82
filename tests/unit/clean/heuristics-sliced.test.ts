import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  findPromotions,
  findPromotionsIn,
  findPromotionsSliced,
  type PromoMatch,
} from '../../../src/clean/heuristics';
import { findArticleRoot } from '../../../src/detect/article-root';
import { loadCorpus, parse } from '../detect/corpus';
import { articlePage } from './heuristics-fixtures';

const summary = (matches: PromoMatch[]) => matches.map((m) => [m.element, m.reason] as const);

/** Covered: the element itself was returned, or sits inside a returned element. */
const covered = (el: Element, matches: PromoMatch[]) =>
  matches.some((m) => m.element === el || m.element.contains(el));

/**
 * A long article page (a small cousin of the benchmark's 5 MB page): a download bar at the top,
 * paragraphs with in-body offers, offer widgets, a rail, comments, a cookie dialog at the end.
 */
function bigPage(): Document {
  const sentence = (i: number) =>
    `Bitcoin traders watched exchange reserves and funding rates on day ${i} as liquidity thinned across spot and derivatives venues.`;
  const paragraphs = Array.from({ length: 150 }, (_, i) => {
    const p = `<p>${sentence(i)} <a href="/news/detail/${1000 + i}">Related coverage</a> ${sentence(i + 1)}</p>`;
    return i % 25 === 12
      ? `${p}<p class="rich-text__promo">Claim up to ${100 + i} USDT in welcome rewards: <a href="/events/rewards">Sign up now</a></p>`
      : p;
  });
  const widgets = Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="news-detail__poolx poolx-card"><p>PoolX: Lock to earn new tokens</p><p>Up to ${5 + i}% APR.</p><a href="/events/poolx">Lock now!</a></div>`,
  );
  const rail = Array.from(
    { length: 60 },
    (_, i) => `<a class="recommend-item" href="/news/detail/${2000 + i}"><h4>${sentence(i)}</h4></a>`,
  );
  const comments = Array.from(
    { length: 120 },
    (_, i) =>
      `<div class="comment"><span class="comment__name">user${i}</span><p class="comment__text">${sentence(i)}</p><button class="comment__reply">Reply</button></div>`,
  );
  const html = `<!DOCTYPE html><html lang="en"><head><title>Bitcoin whales</title></head><body>
<div class="bg-app-download-bar"><strong>Bitget App</strong><a href="/download">Download</a><button aria-label="close">×</button></div>
<header><nav><a href="/spot/BTCUSDT">Trade</a><a href="/register">Sign up</a></nav></header>
<main><h1>Bitcoin Whales Add 40,000 BTC as Exchange Reserves Fall</h1>
<div class="news-detail__content">${paragraphs.join('\n')}</div>
<div class="news-detail__promos">${widgets.join('\n')}</div>
<section class="news-detail__recommend"><h3>You may also like</h3>${rail.join('\n')}</section>
<section class="news-comments"><h3>Comments</h3>${comments.join('\n')}</section></main>
<footer><a href="/about">About</a></footer>
<div class="micro-cookie-dialog" role="dialog"><p>We use cookies to improve your experience.</p><button>Reject</button><button>Accept</button></div>
</body></html>`;
  return new JSDOM(html, { url: 'https://www.bitget.com/news/detail/99999999999999' }).window.document;
}

describe('findPromotionsSliced', () => {
  it.each(loadCorpus().map((p) => [p.name, p] as const))(
    'hides exactly what findPromotions hides: %s',
    async (_name, page) => {
      const doc = parse(page);
      const root = findArticleRoot(doc);
      const sliced = await findPromotionsSliced(doc, root, { budgetMs: 0 });
      expect(summary(sliced)).toEqual(summary(findPromotions(doc, root)));
    },
  );

  it('hands out promotions top first while it works, and ends with the full list', async () => {
    const doc = bigPage();
    const root = findArticleRoot(doc);
    const chunks: PromoMatch[][] = [];
    const all = await findPromotionsSliced(doc, root, {
      budgetMs: 0,
      onChunk: (found) => chunks.push(found),
    });
    expect(summary(all)).toEqual(summary(findPromotions(doc, root)));
    expect(chunks.length).toBeGreaterThan(1);
    // The download bar at the top of the page comes in the first chunk, the cookie dialog at the end later.
    const first = chunks[0] ?? [];
    expect(covered(doc.querySelector('.bg-app-download-bar')!, first)).toBe(true);
    expect(covered(doc.querySelector('.micro-cookie-dialog')!, first)).toBe(false);
    // Everything handed out is hidden by the final list too (sibling widgets may be merged into their box).
    for (const match of chunks.flat()) expect(covered(match.element, all)).toBe(true);
    for (const selector of ['.bg-app-download-bar', '.news-detail__poolx', '.micro-cookie-dialog'])
      expect(covered(doc.querySelector(selector)!, all), selector).toBe(true);
  });

  it('stops when aborted, with what it found so far', async () => {
    const doc = bigPage();
    const root = findArticleRoot(doc);
    const controller = new AbortController();
    const partial = await findPromotionsSliced(doc, root, {
      budgetMs: 0,
      signal: controller.signal,
      onChunk: () => controller.abort(),
    });
    const all = findPromotions(doc, root);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(all.length);
    for (const match of partial) expect(covered(match.element, all)).toBe(true);
  });

  it('looks only at added nodes with `within`, like findPromotionsIn', async () => {
    const doc = articlePage('<div class="early"><p>Sign up and get up to 10,800 USDT</p></div>', 'side');
    const bar = doc.createElement('div');
    bar.innerHTML = '<span>Get 0 fees on your first trade</span><a href="/en/register">Sign up</a>';
    doc.body.append(bar);
    const root = findArticleRoot(doc);
    const sliced = await findPromotionsSliced(doc, root, { within: [bar], budgetMs: 0 });
    expect(summary(sliced)).toEqual(summary(findPromotionsIn([bar], root)));
    expect(sliced.map((m) => m.element)).toContain(bar);
    expect(covered(doc.querySelector('.early')!, sliced)).toBe(false);
  });
});

describe('comment threads', () => {
  const THREAD =
    '<section class="news-comments"><h3>Comments</h3><div class="comment"><p class="comment__text">Sign up now and claim a 100 USDT bonus on my link!</p><a href="/register?ref=abc">Sign up</a></div><div class="comment"><p class="comment__text">Great analysis, thanks.</p></div></section>';

  it("keeps readers' comments visible, even one that reads like an offer", () => {
    const doc = articlePage(THREAD, 'page');
    const matches = findPromotions(doc, findArticleRoot(doc));
    for (const comment of doc.querySelectorAll('.comment'))
      expect(covered(comment, matches), comment.textContent ?? '').toBe(false);
  });

  it('still hides promotions on pages whose wrappers carry comment-ish classes', () => {
    const widget =
      '<div data-t="promo"><p>New user gift: sign up and claim up to 6,200 USDT in welcome rewards</p><a href="/events/rewards">Sign up now</a></div>';
    const doc = articlePage(widget, 'side');
    doc.body.className = 'single-post comments-open';
    doc.querySelector('.layout')!.className = 'layout post-comments';
    const matches = findPromotions(doc, findArticleRoot(doc));
    expect(covered(doc.querySelector('[data-t="promo"]')!, matches)).toBe(true);
  });

  it('leaves comments that arrive late alone too', () => {
    const doc = articlePage(THREAD, 'page');
    const root = findArticleRoot(doc);
    const late = doc.createElement('div');
    late.className = 'comment';
    late.innerHTML =
      '<p class="comment__text">Claim your 6,200 USDT welcome bonus today</p><a href="/events/rewards">Claim now</a>';
    doc.querySelector('.news-comments')!.append(late);
    expect(covered(late, findPromotionsIn([late], root))).toBe(false);
  });
});
