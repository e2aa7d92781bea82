import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDisclosures, type Disclosure } from '../../../src/disclose';

const URL_ = 'https://www.exchange.example/news/detail/1001';

const PARAGRAPHS = [
  'Bitcoin rose 4% on Tuesday to trade above $70,000 for the first time in three weeks, as spot ETFs recorded their largest inflows since March.',
  'Analysts said the move was driven by falling rate expectations and short liquidations on derivatives exchanges, which added to the buying pressure.',
  'Trading volume on the largest venues doubled compared with the previous week, according to data compiled by the exchange.',
];

interface PageParts {
  lang?: string;
  head?: string;
  /** Between the title and the body: byline, labels. */
  meta?: string;
  /** Extra paragraphs (HTML) appended to the body. */
  body?: string;
  /** After the body, inside the article. */
  after?: string;
  articleClass?: string;
  url?: string;
}

/** A news page: site header with menu, article (title, meta, body), sidebar, footer. */
function page(parts: PageParts = {}): { doc: Document; root: Element; url: string } {
  const url = parts.url ?? URL_;
  const html = `<!doctype html><html lang="${parts.lang ?? 'en'}"><head><meta property="og:site_name" content="Exchange">${parts.head ?? ''}</head><body>
<header class="site"><a href="/">Exchange</a><nav><a href="/news">News</a><a href="/news/category/sponsored">Sponsored</a><a href="/press-releases">Press Releases</a></nav></header>
<main><article class="${parts.articleClass ?? 'post'}"><h1 class="title">Bitcoin tops $70,000 as ETF inflows return</h1>
<div class="meta">${parts.meta ?? '<span class="author">By Jane Doe</span><time>May 2, 2025</time>'}</div>
<div class="body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${parts.body ?? ''}</div>${parts.after ?? ''}</article>
<aside class="side"><div><span>Sponsored</span><p>Earn 12% APR</p><a href="https://www.okx.com/join/SIDE1">Start</a></div></aside></main>
<footer><a href="/advertise">Advertise</a></footer></body></html>`;
  const doc = new JSDOM(html, { url }).window.document;
  return { doc, root: doc.querySelector('.body') as Element, url };
}

function run(parts: PageParts = {}): Disclosure[] {
  const { doc, root, url } = page(parts);
  return findDisclosures(doc, root, url);
}

function kinds(parts: PageParts = {}): string[] {
  return run(parts).map((d) => d.kind);
}

function find(parts: PageParts, kind: Disclosure['kind']): Disclosure | undefined {
  return run(parts).find((d) => d.kind === kind);
}

describe('an ordinary article', () => {
  it('has no disclosure, despite the menu, sidebar and footer naming sponsored content', () => {
    expect(run()).toEqual([]);
  });
});

describe('sponsored: labels in the byline', () => {
  const labels: [string, string][] = [
    ['en', 'Sponsored'],
    ['en', 'Press Release'],
    ['en', 'Partner content'],
    ['en', 'Paid post'],
    ['en', 'Advertorial'],
    ['en', 'Sponsored by Acme Wallet'],
    ['en', '[Sponsored]'],
    ['fr', 'Contenu sponsorisé'],
    ['fr', 'Communiqué de presse'],
    ['es', 'Patrocinado'],
    ['es', 'Nota de prensa'],
    ['de', 'Gesponsert'],
    ['de', 'Pressemitteilung'],
    ['ru', 'На правах рекламы'],
    ['ru', 'Пресс-релиз'],
    ['ru', 'Спонсорский материал'],
    ['zh', '赞助'],
    ['zh', '新闻稿'],
  ];
  it.each(labels)('%s “%s”', (lang, label) => {
    const found = find(
      { lang, meta: `<span class="badge">${label}</span><span>By Jane Doe</span>` },
      'sponsored',
    );
    expect(found?.evidence).toContain(label.replace(/[[\]]/g, ''));
  });

  it('bare ad words count as a byline label only: “Anzeige”, “广告”, “Реклама”', () => {
    for (const [lang, word] of [
      ['de', 'Anzeige'],
      ['zh', '广告'],
      ['ru', 'Реклама'],
    ] as const) {
      expect(
        kinds({ lang, meta: `<span class="article-label">${word}</span><span>Jane Doe</span>` }),
      ).toEqual(['sponsored']);
      // The same word over an ad slot between the byline and the body names the ad, not the article.
      expect(
        kinds({
          lang,
          meta: `<span>Jane Doe</span><div class="ad-slot"><span>${word}</span><iframe></iframe></div>`,
        }),
      ).toEqual([]);
    }
  });

  it('a label the cleanup hid (EasyList hides .badge--sponsored) still counts', () => {
    const { doc, root, url } = page({
      meta: '<span class="badge--sponsored">Sponsored</span><span>Jane Doe</span>',
    });
    doc.querySelector('.badge--sponsored')?.setAttribute('data-unshill-hidden', 'rule');
    expect(findDisclosures(doc, root, url).map((d) => d.kind)).toEqual(['sponsored']);
  });

  it('ignores our own UI', () => {
    expect(
      kinds({ meta: '<unshill-panel><span>Sponsored</span></unshill-panel><span>Jane Doe</span>' }),
    ).toEqual([]);
  });
});

describe('sponsored: page metadata, tags, dateline', () => {
  it('article:section meta', () => {
    expect(
      find({ head: '<meta property="article:section" content="Press Releases">' }, 'sponsored')?.evidence,
    ).toBe('article:section “Press Releases”');
  });
  it('article:tag meta among others', () => {
    expect(
      kinds({
        head: '<meta property="article:tag" content="Bitcoin"><meta property="article:tag" content="Sponsored">',
      }),
    ).toEqual(['sponsored']);
  });
  it('JSON-LD genre, articleSection, keywords and AdvertiserContentArticle', () => {
    const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    for (const data of [
      { '@type': 'NewsArticle', genre: 'Press Release' },
      { '@type': 'NewsArticle', articleSection: ['Markets', 'Sponsored'] },
      { '@type': 'NewsArticle', keywords: 'Bitcoin, ETF, Paid Post' },
      { '@graph': [{ '@type': 'AdvertiserContentArticle', headline: 'x' }] },
    ]) {
      expect(kinds({ head: ld(data) })).toEqual(['sponsored']);
    }
  });
  it('a tag link after the body', () => {
    const after =
      '<div class="tags"><a href="/tag/bitcoin">Bitcoin</a><a href="/tag/press-release">Press Release</a></div>';
    expect(find({ after }, 'sponsored')?.evidence).toBe('tag “Press Release”');
  });
  it('a WordPress category class on the article', () => {
    expect(kinds({ articleClass: 'post category-press-releases' })).toEqual(['sponsored']);
  });
  it('a “[PRESS RELEASE – City, date]” dateline opening the body', () => {
    const { doc, url } = page();
    const root = doc.querySelector('.body') as Element;
    root.insertAdjacentHTML(
      'afterbegin',
      '<p>[PRESS RELEASE – Singapore, May 6, 2025] Acme Labs today announced its token.</p>',
    );
    expect(findDisclosures(doc, root, url).map((d) => d.kind)).toEqual(['sponsored']);
  });
});

describe('sponsored: disclaimer sentences', () => {
  const sentences: [string, string][] = [
    ['en', 'This is a sponsored article. Readers should do their own research.'],
    ['en', 'Disclosure: This article is a press release and was not written by our newsroom.'],
    ['en', 'The following content is sponsored by Acme Wallet.'],
    ['fr', 'Cet article est sponsorisé par Acme. Il ne constitue pas un conseil en investissement.'],
    ['fr', 'Ceci est un communiqué de presse.'],
    ['es', 'Este artículo es patrocinado por Acme y no constituye asesoramiento financiero.'],
    ['de', 'Dieser Artikel ist eine Pressemitteilung des Unternehmens.'],
    ['ru', 'Статья опубликована на правах рекламы.'],
    ['ru', 'Данный материал является пресс-релизом компании.'],
    ['zh', '本文为赞助内容，不构成投资建议。'],
  ];
  it.each(sentences)('%s: %s', (lang, sentence) => {
    expect(kinds({ lang, after: `<p class="note">${sentence}</p>` })).toEqual(['sponsored']);
  });

  const mentions: [string, string][] = [
    [
      'en',
      'Last season the exchange sponsored a football club. The SEC said in a press release that it sponsored nothing.',
    ],
    ['en', 'This site may include sponsored content and press releases, which are always labelled.'],
    ['fr', 'La plateforme a sponsorisé un club de football, selon un communiqué de presse de l’AMF.'],
    ['es', 'El exchange patrocinó un club de fútbol, según una nota de prensa de la CNMV.'],
    ['de', 'Die Börse hat einen Fußballverein gesponsert, teilte sie in einer Pressemitteilung mit. Anzeige'],
    ['ru', 'Биржа стала спонсором футбольного клуба, говорится в пресс-релизе регулятора.'],
    ['zh', '该交易所赞助了一家足球俱乐部，监管机构在新闻稿中表示将审查广告规则。'],
  ];
  it.each(mentions)('not on body text mentioning sponsorship, %s', (lang, text) => {
    expect(kinds({ lang, body: `<p>${text}</p>`, after: `<p class="disclaimer">${text}</p>` })).toEqual([]);
  });

  it('not on an in-body ad box labelled “Sponsored”', () => {
    const body =
      '<div class="sponsored-inline"><span class="badge--sponsored">Sponsored</span><p>Sponsored: stake your BTC with up to 9% APR.</p><a href="https://partner.example/">Learn more</a></div>';
    expect(kinds({ body })).toEqual([]);
  });
});

describe('referral links in the article', () => {
  it('counts them and names up to three hosts', () => {
    const links = [
      'https://accounts.binance.com/en/register?ref=ABC123',
      'https://www.okx.com/join/OKX42',
      'https://partner.bitget.com/bg/XYZ9',
      'https://www.kucoin.com/r/rf/QWE1',
      'https://www.gate.io/signup/GATE7',
    ];
    const body = `<p>${links.map((href, i) => `<a href="${href}">link ${i}</a>`).join(', ')}</p>`;
    const found = find({ body }, 'referral');
    expect(found?.count).toBe(5);
    expect(found?.evidence).toBe(
      '5 links with a referral code: accounts.binance.com, okx.com, partner.bitget.com, …',
    );
  });
  it('ignores tracking (utm_), navigation tags (?ref=twitter) and links outside the body', () => {
    const body =
      '<p><a href="https://news.example/a?utm_source=exchange&utm_medium=affiliate">a</a> <a href="https://x.com/acme?ref=twitter">b</a> <a href="/news/2?ref=related">c</a></p>';
    expect(kinds({ body, meta: '<a href="https://www.bybit.com/invite?ref=META1">Sign up</a>' })).toEqual([]);
  });
  it('ignores links inside promotions the cleanup hid', () => {
    const { doc, url } = page({
      body: '<div class="promo"><a href="https://www.bybit.com/register?affiliate_id=1">Go</a></div>',
    });
    const root = doc.querySelector('.body') as Element;
    expect(findDisclosures(doc, root, url).map((d) => d.kind)).toEqual(['referral']);
    doc.querySelector('.promo')?.setAttribute('data-unshill-hidden', 'heuristic');
    expect(findDisclosures(doc, root, url)).toEqual([]);
  });
  it('relative sign-up links of the site itself count (Binance Square creators)', () => {
    expect(find({ body: '<p><a href="/register?ref=CREATOR1">Register</a></p>' }, 'referral')?.count).toBe(1);
  });
});

describe('republished', () => {
  it('“Originally published on” with a link gives the original address', () => {
    const after =
      '<p><em>This article was originally published on <a href="https://www.coindesk.com/markets/2025/05/02/btc">CoinDesk</a>.</em></p>';
    expect(find({ after }, 'republished')).toEqual({
      kind: 'republished',
      evidence: expect.stringContaining('originally published on CoinDesk') as unknown as string,
      originalUrl: 'https://www.coindesk.com/markets/2025/05/02/btc',
    });
  });
  const notes: [string, string][] = [
    ['en', 'Originally published at The Defiant.'],
    ['en', 'The post Bitcoin tops $70,000 appeared first on CryptoPotato.'],
    ['fr', 'Cet article a été initialement publié sur Cointribune.'],
    ['es', 'Este artículo fue publicado originalmente en CriptoNoticias.'],
    ['de', 'Dieser Artikel erschien zuerst bei BTC-ECHO.'],
    ['ru', 'Статья впервые опубликована на ForkLog.'],
    ['zh', '本文转载自金色财经。'],
  ];
  it.each(notes)('%s note: %s', (lang, note) => {
    expect(kinds({ lang, after: `<p>${note}</p>` })).toEqual(['republished']);
  });
  const sourceLines: [string, string][] = [
    ['en', 'Source: <a href="https://www.theblock.co/post/1">The Block</a>'],
    ['fr', 'Source : <a href="https://journalducoin.com/x">Journal du Coin</a>'],
    ['es', 'Fuente: <a href="https://www.criptonoticias.com/x">CriptoNoticias</a>'],
    ['de', 'Quelle: <a href="https://www.btc-echo.de/x">BTC-ECHO</a>'],
    ['ru', 'Источник: <a href="https://forklog.com/news/x">ForkLog</a>'],
    ['zh', '来源：<a href="https://www.odaily.news/post/1">Odaily星球日报</a>'],
  ];
  it.each(sourceLines)('%s source line closing the body: %s', (lang, line) => {
    const found = find({ lang, body: `<p>${line}</p>` }, 'republished');
    expect(found?.originalUrl).toMatch(/^https:\/\//);
  });
  it('a source line without a link, closing the body', () => {
    expect(find({ body: '<p>Source: Cointime</p>' }, 'republished')?.evidence).toBe('source line “Cointime”');
  });
  it('the source beside the title (Bitget: “CryptoPotato 2024/03/28 By: …”)', () => {
    const meta =
      '<span class="news-detail__source">CryptoPotato</span><span>2024/03/28 10:15</span><span>By: Jordan L.</span>';
    expect(find({ meta }, 'republished')?.evidence).toBe('source “CryptoPotato” named beside the title');
  });
  it('a known outlet as the byline', () => {
    expect(kinds({ meta: '<span>Cointelegraph</span><time>2025-05-15</time>' })).toEqual(['republished']);
  });
  it('a canonical link to another site', () => {
    const found = find(
      { head: '<link rel="canonical" href="https://cryptopotato.com/dogecoin-metric/">' },
      'republished',
    );
    expect(found?.originalUrl).toBe('https://cryptopotato.com/dogecoin-metric/');
  });
  it('JSON-LD isBasedOn and sourceOrganization', () => {
    const ld = (o: object) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...o })}</script>`;
    expect(find({ head: ld({ isBasedOn: 'https://www.coindesk.com/x' }) }, 'republished')?.originalUrl).toBe(
      'https://www.coindesk.com/x',
    );
    expect(
      kinds({ head: ld({ sourceOrganization: { '@type': 'Organization', name: 'Cointime' } }) }),
    ).toEqual(['republished']);
  });

  const notRepublished: [string, PageParts][] = [
    [
      'chart credit in a figcaption',
      { body: '<figure><img src="a.png" alt=""><figcaption>Source: Glassnode</figcaption></figure>' },
    ],
    ['chart credit right after an image', { body: '<img src="a.png" alt=""><p>Source: Santiment</p>' }],
    ['data provider closing the body', { body: '<p>Source: TradingView</p>' }],
    ['the publisher itself as source', { body: '<p>Источник: Exchange</p>', lang: 'ru' }],
    [
      'a mid-body source line without a link',
      {
        body: '<p>Source: Reuters</p><p>More text follows here, and it is long enough to be a paragraph of the body.</p><p>And another one.</p><p>And a last one.</p>',
      },
    ],
    [
      '“originally published” about something else',
      {
        body: '<p>The whitepaper was originally published in 2008. The bug first appeared in version 2.1.</p>',
      },
    ],
    ['canonical to the same site', { head: `<link rel="canonical" href="${URL_}">` }],
    [
      'canonical to a mirror of the same brand',
      { head: '<link rel="canonical" href="https://www.exchangeapp.example/news/1001">' },
    ],
    [
      'the publisher’s own staff byline',
      { meta: '<span class="source">Exchange News</span><span>By Exchange staff</span>' },
    ],
  ];
  it.each(notRepublished)('not on %s', (_name, parts) => {
    expect(kinds(parts)).toEqual([]);
  });
});
