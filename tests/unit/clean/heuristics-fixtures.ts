/** Builds small article pages around one widget, for the heuristics tests. */
import { JSDOM } from 'jsdom';

const PARAGRAPHS = [
  'Bitcoin rose above $64,000 on Tuesday as spot ETF inflows resumed after a week of outflows, according to data compiled by Farside Investors.',
  'Ether followed with a smaller gain, while trading volumes on the largest exchanges stayed below their March peak, analysts said.',
  'Traders are watching the Federal Reserve meeting next week for signs that rate cuts could come sooner than markets expect.',
  'Miners have been selling part of their output since the halving cut their rewards, which adds supply to the market.',
];

export type Place = 'body' | 'side' | 'page';

/** An article page with the widget in the body, in a sidebar, or at page level (bars, modals). */
export function articlePage(widget: string, place: Place = 'side', lang = 'en'): Document {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  if (place === 'body') body.splice(2, 0, widget);
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>Bitcoin tops $64,000</title></head><body>
<header><a href="/">Site</a><nav><a href="/en/trade/BTC_USDT">Trade</a><a href="/en/register">Sign up</a></nav></header>
<div class="layout"><main><article>
<h1>Bitcoin tops $64,000 as ETF inflows resume</h1>
<div class="meta">By Ana Ruiz · <time datetime="2025-05-02">May 2, 2025</time></div>
<div class="kp"><h2>Key takeaways</h2><ul><li>Bitcoin rose above $64,000.</li><li>ETF inflows resumed.</li></ul></div>
<div class="body">${body.join('\n')}</div>
<p class="disc">Disclaimer: this article is not investment advice.</p>
</article></main>
<aside class="side">${place === 'side' ? widget : ''}</aside></div>
<footer><a href="/about">About</a></footer>
${place === 'page' ? widget : ''}
</body></html>`;
  return new JSDOM(html, { url: 'https://news.example/en/news/bitcoin-tops-64000' }).window.document;
}

export const BODY_SELECTOR = '.body';
