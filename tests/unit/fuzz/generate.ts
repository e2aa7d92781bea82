/**
 * Deterministic generator of random, malformed HTML documents for the fuzz tests (unit and e2e). A small
 * PRNG (mulberry32) from a fixed seed: the same seed gives the same documents on every machine, so a
 * failure names its seed and index and can be replayed.
 */

export type Rng = () => number;

/** mulberry32: 32-bit state, good enough spread for test inputs, two lines. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;

const WORDS = [
  'bitcoin',
  'ethereum',
  'price',
  'market',
  'whales',
  'ETF',
  'SEC',
  'rally',
  'token',
  'airdrop',
  'exchange',
  'traders',
  'billion',
  'surged',
  'fell',
  'analysts',
  'network',
  'DOGE',
  'USDT',
  'staking',
  'the',
  'a',
  'of',
  'to',
  'and',
  'in',
  'on',
  'with',
  'as',
  'for',
  'by',
  'was',
  'is',
  'will',
  'said',
  'data',
  'shows',
  'week',
];
const PROMO_WORDS = [
  'promo',
  'banner',
  'ad',
  'ads',
  'sponsor',
  'sponsored',
  'bonus',
  'register',
  'signup',
  'sticky',
  'cookie',
  'earn',
  'download',
  'app',
  'related',
  'newsletter',
  'cta',
  'popup',
  'modal',
  'gift',
  'welcome',
  'reward',
  'trade-now',
  'referral',
  'advert',
  'partner',
  'recommend',
  'rail',
  'gdpr',
  'consent',
  'overlay',
];
const PROMO_TEXT = [
  'Sign up now and get a 6,200 USDT welcome bonus',
  'Download the app',
  'Trade BTCUSDT with up to 125x leverage',
  'Earn up to 12% APR on Simple Earn',
  'Accept all cookies',
  'Sponsored',
  'Register now',
  'Key takeaways',
  'TL;DR',
  'This is a sponsored post / press release.',
  'Originally published on Cointelegraph',
  'Disclaimer: not investment advice.',
];
const ODD = [
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u0301\u0301\u0301',
  '😀🚀',
  '比特币价格',
  'биткоин',
  'بيتكوين',
  '\u0000',
  '\u0007',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&bogus;',
  '<',
  '>',
  '"',
  "'",
  '`',
  '\\',
  '</',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '&lt;script&gt;',
];
const TAGS = [
  'div',
  'div',
  'div',
  'p',
  'p',
  'p',
  'span',
  'a',
  'ul',
  'ol',
  'li',
  'article',
  'section',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'h1',
  'h2',
  'h3',
  'table',
  'tr',
  'td',
  'tbody',
  'form',
  'input',
  'button',
  'iframe',
  'img',
  'figure',
  'figcaption',
  'select',
  'option',
  'template',
  'noscript',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'style',
  'textarea',
  'xmp',
  'plaintext',
  'object',
  'embed',
  'video',
  'picture',
  'source',
  'blockquote',
  'pre',
  'code',
  'strong',
  'em',
  'br',
  'hr',
  'dialog',
  'details',
  'summary',
  'label',
  'time',
  'body',
  'html',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'frameset',
  'frame',
  'foreignObject',
  'desc',
  'annotation-xml',
  'x-custom',
  'unshill-panel',
];
const ATTRS = [
  'class',
  'class',
  'class',
  'id',
  'style',
  'href',
  'src',
  'data-src',
  'role',
  'aria-modal',
  'itemprop',
  'hidden',
  'onclick',
  'onerror',
  'onload',
  'srcdoc',
  'lang',
  'dir',
  'rel',
  'data-unshill-hidden',
  'data-unshill-added',
  'tabindex',
  'xlink:href',
  'formaction',
  'action',
  'target',
  'title',
  'alt',
  'datetime',
  'content',
  'name',
];
const URLS = [
  'https://www.bitget.com/news/detail/1',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript&colon;alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '#top',
  '?ref=ABC123&utm_source=x',
  'https://partner.example/?ref=bonus&inviteCode=XYZ',
  '',
  'mailto:a@b.c',
];

export function words(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(chance(rng, 0.03) ? pick(rng, ODD) : pick(rng, WORDS));
    if (chance(rng, 0.08)) out[out.length - 1] += pick(rng, ['.', ',', '!', '?', ':', ';', '…', '。']);
  }
  return out.join(' ');
}

function text(rng: Rng): string {
  const r = rng();
  if (r < 0.01) return 'x'.repeat(int(rng, 50_000, 200_000)); // huge text node
  if (r < 0.05) return words(rng, int(rng, 200, 800));
  if (r < 0.15) return pick(rng, PROMO_TEXT);
  if (r < 0.2) return pick(rng, ODD).repeat(int(rng, 1, 40));
  return words(rng, int(rng, 1, 40));
}

function attrValue(rng: Rng, name: string): string {
  if (name === 'class') {
    const n = int(rng, 1, 4);
    return Array.from({ length: n }, () =>
      chance(rng, 0.5)
        ? `${pick(rng, PROMO_WORDS)}${pick(rng, ['', '-box', '_card', '__item', 'Banner', '-2'])}`
        : `css-${Math.floor(rng() * 1e6).toString(36)}`,
    ).join(' ');
  }
  if (['href', 'src', 'xlink:href', 'formaction', 'action', 'data-src'].includes(name))
    return pick(rng, URLS);
  if (name === 'style')
    return pick(rng, [
      'position:fixed;bottom:0',
      'display:none',
      'display:block !important',
      'z-index:99999',
      '',
    ]);
  if (name === 'itemprop') return pick(rng, ['articleBody', 'headline', 'x']);
  if (name.startsWith('on')) return 'top.__pwned=1';
  if (chance(rng, 0.01)) return 'y'.repeat(int(rng, 1000, 60_000)); // long attribute
  return words(rng, int(rng, 0, 4)).replace(/"/g, '');
}

function attrs(rng: Rng): string {
  const n = chance(rng, 0.4) ? 0 : int(rng, 1, 4);
  let out = '';
  for (let i = 0; i < n; i++) {
    const name = pick(rng, ATTRS);
    const value = attrValue(rng, name);
    const quote = pick(rng, ['"', '"', "'", '']);
    out += quote || !/[\s"'=<>`]/.test(value) ? ` ${name}=${quote}${value}${quote}` : ` ${name}`;
  }
  if (chance(rng, 0.03)) out += pick(rng, [' =', ' "', " a='b", ' /', ' x=y=z', ' on=']);
  return out;
}

function jsonLd(rng: Rng): string {
  const candidates = [
    () =>
      JSON.stringify({
        '@type': pick(rng, ['NewsArticle', 'Article', 'FAQPage', 42, null, ['NewsArticle', 'X']]),
      }),
    () => JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', headline: text(rng) }, null, 7] }),
    () => JSON.stringify([{ '@type': 'BlogPosting' }, 'x', [[[]]]]),
    () => '{"@type": "NewsArticle", "headline": ',
    () => 'not json at all <b>',
    () => '',
    () => JSON.stringify({ '@type': 'NewsArticle', headline: '<img src=x onerror=top.__pwned=1>' }),
    () => `{"@type":"NewsArticle","a":${'['.repeat(200)}${']'.repeat(200)}}`,
  ];
  return `<script type="application/ld+json">${pick(rng, candidates)()}</script>`;
}

function node(rng: Rng, depth: number, budget: { left: number }): string {
  budget.left--;
  if (depth > 40 || budget.left <= 0 || chance(rng, 0.25)) return text(rng);
  const r = rng();
  if (r < 0.03) return jsonLd(rng);
  if (r < 0.05)
    return pick(rng, ['</div>', '</p>', '</body>', '</html>', '</table>', '</svg>', '</math>', '</form>']);
  const tag = pick(rng, TAGS);
  const children = int(rng, 0, 5);
  let inner = '';
  for (let i = 0; i < children; i++) inner += node(rng, depth + 1, budget);
  // Some tags are left unclosed, some closed twice.
  const close = chance(rng, 0.1) ? '' : chance(rng, 0.03) ? `</${tag}></${tag}>` : `</${tag}>`;
  return `<${tag}${attrs(rng)}>${inner}${close}`;
}

/** A plausible article, so that the article paths (root, key points, summary) run too, not only bail-outs. */
function articleish(rng: Rng): string {
  const paragraphs = Array.from(
    { length: int(rng, 2, 9) },
    () =>
      `<p${attrs(rng)}>${words(rng, int(rng, 15, 60))}.</p>${chance(rng, 0.3) ? node(rng, 3, { left: 8 }) : ''}`,
  ).join('');
  const kp = chance(rng, 0.5)
    ? `<div class="${pick(rng, ['summary', 'key-takeaways', 'kp', 'tldr'])}"><h2>${pick(rng, ['Key takeaways', 'TL;DR', 'Summary', 'In brief', 'Points clés'])}</h2><ul>${Array.from(
        { length: int(rng, 0, 6) },
        () => `<li>${text(rng)}</li>`,
      ).join('')}</ul></div>`
    : '';
  return `<h1>${text(rng)}</h1>${kp}<div${chance(rng, 0.5) ? ' itemprop="articleBody"' : ''} class="${attrValue(rng, 'class')}">${paragraphs}</div>`;
}

/** Document `index` of the sequence from `seed`: a whole HTML string, often malformed. */
export function randomDocument(seed: number, index: number): string {
  const rng = mulberry32(seed * 1_000_003 + index);
  const kind = rng();
  if (kind < 0.03) return '';
  if (kind < 0.05) return '<frameset><frame src="javascript:top.__pwned=1"></frameset>';
  if (kind < 0.07) return `<svg xmlns="http://www.w3.org/2000/svg">${node(rng, 0, { left: 30 })}</svg>`;
  if (kind < 0.09) return `${'<div>'.repeat(int(rng, 200, 800))}${words(rng, 80)}`; // deep, unclosed
  if (kind < 0.11) return words(rng, int(rng, 0, 300)); // text only
  const head =
    (chance(rng, 0.7) ? `<title>${text(rng)}</title>` : '') +
    (chance(rng, 0.6) ? jsonLd(rng) : '') +
    (chance(rng, 0.5) ? `<meta property="og:type" content="${pick(rng, ['article', 'website', ''])}">` : '') +
    (chance(rng, 0.3) ? `<meta property="og:title" content="${words(rng, 6)}">` : '') +
    (chance(rng, 0.3)
      ? `<link rel="alternate" hreflang="${pick(rng, ['fr', 'en', 'x', ''])}" href="${pick(rng, URLS)}">`
      : '') +
    (chance(rng, 0.3) ? `<html lang="${pick(rng, ['en', 'fr', 'zh', 'ar', 'xx-YY', ''])}">` : '');
  const budget = { left: int(rng, 5, 120) };
  let body = '';
  const parts = int(rng, 0, 8);
  for (let i = 0; i < parts; i++) body += node(rng, 0, budget);
  if (chance(rng, 0.6)) body = chance(rng, 0.5) ? articleish(rng) + body : body + articleish(rng);
  const doctype = chance(rng, 0.8) ? '<!DOCTYPE html>' : '';
  return chance(rng, 0.15)
    ? `${doctype}${head}${body}` // no html/head/body tags at all
    : `${doctype}<html><head>${head}</head><body${attrs(rng)}>${body}${chance(rng, 0.1) ? '' : '</body></html>'}`;
}

/** Random filter-list text: valid rules, near misses and garbage. */
export function randomRules(seed: number, index: number): string {
  const rng = mulberry32(seed * 7919 + index);
  const lines: string[] = [];
  const selectors = [
    '.promo',
    '#ad',
    'div[class^="style_gdpr"]',
    'a[href*="ref="]',
    '.a > .b ~ .c',
    ':has(> .x)',
    '.x:has-text(Bonus)',
    '.y:upward(2)',
    '.z:matches-css(position: fixed)',
    ':xpath(//div)',
    '[',
    ')',
    '###',
    '.a,.b',
    '*',
    'html',
    'body',
    '.x:remove()',
    '.x:style(display: block)',
    '+js(set-constant, x, 1)',
    '^script:has-text(x)',
    '.a:not(.b)',
    ':is(',
    '.a{}',
    '.a}body{display:none',
    "'",
    '"',
    '\\',
    '.\u0000',
    '.é',
    ':nth-child(2n+1)',
    '.x::before',
  ];
  for (let i = int(rng, 0, 25); i > 0; i--) {
    const domain = pick(rng, [
      '',
      '',
      'bitget.com',
      '~bitget.com',
      'a.com,b.org',
      'www.bitget.com,~x.com',
      ',,',
      '*',
    ]);
    const sep = pick(rng, ['##', '##', '#@#', '#?#', '#$#', '#%#', '#', '###', '']);
    const line = pick(rng, [
      () => `${domain}${sep}${pick(rng, selectors)}`,
      () => `! ${words(rng, 4)}`,
      () => '[Adblock Plus 2.0]',
      () => `||ads.example.com^$third-party`,
      () => words(rng, int(rng, 0, 5)),
      () => pick(rng, ODD).repeat(int(rng, 1, 10)),
      () => `${domain}##${pick(rng, selectors)}${pick(rng, selectors)}`,
      () => `##${'.a '.repeat(int(rng, 1, 500))}`,
    ])();
    lines.push(line);
  }
  return lines.join(pick(rng, ['\n', '\r\n', '\n\n']));
}
