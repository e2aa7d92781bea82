// A deterministic ~5 MB, ~60,000-element news page at a catalogue URL: a long article among the kind of
// clutter that makes real exchange pages heavy (promo widgets, "you may also like" rails, thousands of
// comments). The same seed always gives the same bytes, so runs and commits stay comparable.

export const HUGE_PAGE_URL = 'https://www.bitget.com/news/detail/99999999999999';

/** mulberry32: small, fast and good enough to pick words; Math.random would change the page each run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'bitcoin ether market traders whales exchange reserves liquidity volume price rally support resistance ' +
  'analysts funds inflows outflows network validators staking yield treasury companies futures options ' +
  'open interest funding rate spot demand supply holders addresses transactions fees layer rollup upgrade ' +
  'regulators approval filing court settlement custody wallet tokens stablecoin issuer reserves audit ' +
  'quarter week session morning daily weekly monthly record level range breakout correction recovery ' +
  'signal indicator average momentum sentiment investors institutions retail miners hashrate difficulty ' +
  'halving block reward protocol governance proposal vote community developers mainnet testnet launch'
).split(' ');

const AVATAR =
  "data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='32' height='32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%23cfd6df'/%3E%3C/svg%3E";
const PIXEL = "data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

/**
 * @param {{ seed?: number, paragraphs?: number, promos?: number, rail?: number, comments?: number }} [options]
 * @returns {string} the page's HTML
 */
export function buildHugePage(options = {}) {
  const { seed = 20240328, paragraphs = 1500, promos = 320, rail = 1300, comments = 4000 } = options;
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const words = (n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(pick(WORDS));
    return out.join(' ');
  };
  const sentence = (lo, hi) => {
    const s = words(int(lo, hi));
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const sentences = (n, lo = 10, hi = 22) => Array.from({ length: n }, () => sentence(lo, hi)).join(' ');

  const title = 'Bitcoin Whales Add 40,000 BTC as Exchange Reserves Fall to a Six-Year Low';
  const out = [];
  out.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Bitget News</title>
<meta name="description" content="${sentence(18, 24)}">
<link rel="canonical" href="${HUGE_PAGE_URL}">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${HUGE_PAGE_URL}">
<meta property="og:site_name" content="Bitget">
<meta property="article:published_time" content="2025-03-28T10:15:00+08:00">
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: HUGE_PAGE_URL,
    headline: title,
    inLanguage: 'en',
    datePublished: '2025-03-28T10:15:00+08:00',
    author: { '@type': 'Person', name: 'Bench Writer' },
    publisher: { '@type': 'Organization', name: 'Bitget' },
  })}</script>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1e2329}.news-page{display:flex;gap:24px;max-width:1200px;margin:0 auto}.news-detail{flex:1;min-width:0}.news-detail__aside{width:300px}.comment{display:flex;gap:8px;padding:8px 0;border-top:1px solid #eee}.comment__avatar{width:32px;height:32px}.recommend-item{display:block;padding:8px 0}.bg-btn{display:inline-block;padding:4px 12px;border-radius:4px;background:#00c8c8}</style>
</head>
<body class="theme-light">
<div id="__nuxt"><div id="__layout">
<div class="bg-app-download-bar"><img class="bg-app-download-bar__logo" src="${PIXEL}" alt="Bitget"><div><strong>Bitget App</strong><span>Trade smarter</span></div><a class="bg-btn bg-btn--primary" href="https://www.bitget.com/download">Download</a><button class="bg-app-download-bar__close" aria-label="close">×</button></div>
<header class="bg-header"><a class="bg-header__logo" href="https://www.bitget.com/">Bitget</a>
<nav class="bg-header__nav">`);
  for (const [label, path] of [
    ['Buy crypto', 'buy-sell-crypto'],
    ['Markets', 'markets'],
    ['Trade', 'spot/BTCUSDT'],
    ['Futures', 'futures/usdt/BTCUSDT'],
    ['Earn', 'earning'],
    ['Square', 'news'],
  ]) {
    out.push(`<a href="https://www.bitget.com/${path}">${label}</a>`);
  }
  out.push(`</nav><div class="bg-header__user"><a href="https://www.bitget.com/login">Log in</a><a class="bg-btn bg-btn--primary" href="https://www.bitget.com/register">Sign up</a></div></header>
<div class="news-page">
<main class="news-detail">
<div class="news-detail__breadcrumb"><a href="https://www.bitget.com/news">News</a> / <span>${title}</span></div>
<h1 class="news-detail__title">${title}</h1>
<div class="news-detail__meta"><span class="news-detail__source">Bitget News</span><span class="news-detail__time">2025/03/28 10:15</span><span class="news-detail__author">By: Bench Writer</span></div>
<div class="news-detail__summary"><p class="news-detail__summary-title">TL;DR</p><ul><li>${sentence(14, 20)}</li><li>${sentence(14, 20)}</li><li>${sentence(14, 20)}</li></ul></div>
<div class="news-detail__content rich-text">
`);

  // The article: paragraphs with inline links and emphasis, subheadings, and in-body promos and "see also".
  for (let i = 0; i < paragraphs; i++) {
    if (i % 40 === 0 && i > 0) out.push(`<h2>${sentence(5, 9).slice(0, -1)}</h2>\n`);
    out.push(
      `<p>${sentences(1)} <a href="https://www.bitget.com/news/detail/${1256060000 + i}">${words(3)}</a> ${sentences(1)} <strong>${words(2)}</strong> ${sentences(int(1, 3))}</p>\n`,
    );
    if (i % 25 === 12) {
      out.push(
        `<p class="rich-text__promo">Claim up to ${int(100, 6200)} USDT in welcome rewards: <a class="bg-btn" href="https://www.bitget.com/events/rewards">Sign up now</a></p>\n`,
      );
    }
    if (i % 30 === 20) {
      out.push(
        `<p class="rich-text__see-also">See also : <a href="https://www.bitget.com/news/detail/${1256070000 + i}">${sentence(6, 10)}</a></p>\n`,
      );
    }
  }
  out.push(`</div>
<p class="news-detail__disclaimer">Disclaimer: The content of this article solely reflects the author's opinion and does not represent the platform in any capacity.</p>
`);

  // Promo widgets between the article and the comments (and in the aside below).
  const promoWidget = (i) => {
    switch (i % 4) {
      case 0:
        return `<div class="news-detail__poolx poolx-card"><img src="${PIXEL}" alt="PoolX"><div><p class="poolx-card__title">PoolX: Lock to earn new tokens</p><p class="poolx-card__desc">Up to ${int(5, 30)}% APR. Always on, no airdrop missed.</p></div><a class="bg-btn" href="https://www.bitget.com/events/poolx">Lock now!</a></div>`;
      case 1:
        return `<div class="welcome-gift"><p>New user gift: sign up and claim up to ${int(100, 6200)} USDT in welcome rewards</p><a class="bg-btn bg-btn--primary" href="https://www.bitget.com/events/rewards">Sign up now</a></div>`;
      case 2: {
        const pair = pick(['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'ADA']);
        return `<div class="coin-trade-card"><span class="coin-trade-card__pair">${pair}/USDT</span><span class="coin-trade-card__price">${int(1, 99999)}.${int(10, 99)}</span><span class="coin-trade-card__chg up">+${int(0, 9)}.${int(10, 99)}%</span><a class="bg-btn" href="https://www.bitget.com/spot/${pair}USDT">Trade now</a></div>`;
      }
      default:
        return `<div class="earn-banner"><p class="earn-banner__title">Stake ${pick(['ETH', 'SOL', 'USDT'])} and earn up to ${int(3, 18)}% APY</p><p class="earn-banner__desc">${sentence(8, 14)}</p><a class="bg-btn" href="https://www.bitget.com/earning">Earn now</a></div>`;
    }
  };
  out.push('<div class="news-detail__promos">');
  for (let i = 0; i < promos / 2; i++) out.push(promoWidget(i), '\n');
  out.push('</div>\n');

  // The "you may also like" rail.
  out.push('<section class="news-detail__recommend"><h3>You may also like</h3>\n');
  for (let i = 0; i < rail; i++) {
    out.push(
      `<a class="recommend-item" href="https://www.bitget.com/news/detail/${1256080000 + i}"><h4 class="recommend-item__title">${sentence(6, 12)}</h4><div class="recommend-item__summary"><p>TL;DR</p><ul><li>${sentence(8, 14)}</li><li>${sentence(8, 14)}</li></ul></div><span class="recommend-item__time">2025/03/${String(int(1, 28)).padStart(2, '0')}</span></a>\n`,
    );
  }
  out.push('</section>\n');

  // Comments.
  out.push('<section class="news-comments"><h3>Comments</h3>\n');
  for (let i = 0; i < comments; i++) {
    out.push(
      `<div class="comment" data-comment-id="${900000 + i}"><img class="comment__avatar" src="${AVATAR}" alt=""><div class="comment__body"><div class="comment__meta"><span class="comment__name">user${int(1000, 99999)}</span><span class="comment__time">${int(1, 59)} min ago</span></div><p class="comment__text">${sentences(int(1, 3), 6, 16)}</p><div class="comment__actions"><button class="comment__like" aria-label="like">♥ <span>${int(0, 300)}</span></button><button class="comment__reply">Reply</button></div></div></div>\n`,
    );
  }
  out.push('</section>\n</main>\n<aside class="news-detail__aside">\n');
  for (let i = 0; i < promos / 2; i++) out.push(promoWidget(i + 1), '\n');
  out.push(`</aside>
</div>
<footer class="bg-footer"><div class="bg-footer__cols"><a href="https://www.bitget.com/about">About</a><a href="https://www.bitget.com/support">Help Center</a><a href="https://www.bitget.com/legal">Legal</a></div><p>© 2018-2025 Bitget.com</p></footer>
<div id="bg-bottom-banner" class="bg-bottom-banner"><span>Trade crypto anytime with the Bitget app</span><a class="bg-btn bg-btn--primary" href="https://www.bitget.com/download">Download</a></div>
<div class="micro-cookie-dialog" role="dialog"><p>We use cookies to improve your experience.</p><button class="micro-cookie-dialog__reject">Reject</button><button class="micro-cookie-dialog__accept">Accept</button></div>
</div></div>
</body>
</html>
`);
  return out.join('');
}

/** Rough count of elements (start tags), to report the page's size in the results. */
export function countElements(html) {
  return (html.match(/<[a-zA-Z][\w-]*/g) ?? []).length;
}
