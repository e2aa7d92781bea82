/**
 * The structural detectors one by one (src/clean/structure.ts, promo-links.ts): positives in several
 * layouts and languages, and the editorial look-alikes that must stay (pull quote in a box, chart with
 * a caption, "Key takeaways" box, author box, table of contents, footnotes, embedded post quoting a
 * price, site menus). Layout is given as boxes (jsdom has no layout engine).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPromotions, type PromoMatch } from '../../../src/clean/heuristics';
import { buildPromoContext } from '../../../src/clean/promo-context';
import { isCommercialHref, isSameSiteArticleHref } from '../../../src/clean/promo-links';
import {
  adShapeTarget,
  findRails,
  isAdSize,
  isMenu,
  overlayKind,
  type Box,
  type Layout,
  type LayoutReader,
} from '../../../src/clean/structure';
import { findArticleRoot } from '../../../src/detect/article-root';

const URL_ = 'https://news.example/pt/news/bitcoin-sobe-acima-de-64-mil-dolares';
const PARAGRAPHS = [
  'O Bitcoin subiu acima de US$ 64 mil na terça-feira, quando os fluxos de entrada nos ETFs à vista foram retomados após uma semana de saídas, segundo dados da Farside Investors.',
  'O Ether acompanhou com um ganho menor, enquanto os volumes de negociação nas maiores corretoras ficaram abaixo do pico de março, disseram analistas do mercado.',
  'Os traders observam a reunião do Federal Reserve na próxima semana em busca de sinais de que os cortes de juros podem vir antes do que o mercado espera.',
];

function page(inBody: string, beside = '', atPage = ''): Document {
  const html = `<!doctype html><html lang="pt"><body>
<header><a href="/">Site</a><nav><a href="/pt/trade">Negociar</a><a href="/pt/register">Cadastre-se</a></nav></header>
<div><div>
<h1>Bitcoin sobe acima de US$ 64 mil</h1>
<div class="kp"><strong>Resumo</strong><ul><li>Bitcoin passou de US$ 64 mil.</li><li>ETFs voltaram a receber aportes.</li></ul></div>
<div class="body"><p>${PARAGRAPHS[0]}</p>${inBody}<p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p></div>
</div><div class="side">${beside}</div></div>
${atPage}
</body></html>`;
  return new JSDOM(html, { url: URL_ }).window.document;
}

const box = (b: Partial<Box>): Box => ({
  position: 'static',
  zIndex: 0,
  x: 0,
  y: 0,
  width: 0,
  height: 0,
  setApart: false,
  ...b,
});

/** A layout reader that knows the boxes of elements marked `data-box="name"`. */
function boxes(byName: Record<string, Partial<Box>>): LayoutReader {
  return (elements) => {
    const out: Layout = { boxes: new Map(), viewport: { width: 1280, height: 800 } };
    for (const el of elements) {
      const name = el.getAttribute('data-box');
      out.boxes.set(el, box(name && byName[name] ? byName[name] : {}));
    }
    return out;
  };
}

function run(doc: Document, readLayout: LayoutReader = boxes({})): PromoMatch[] {
  return findPromotions(doc, findArticleRoot(doc), { readLayout });
}

function hidden(matches: PromoMatch[], el: Element | null): boolean {
  expect(el, 'fixture element').not.toBeNull();
  return matches.some((m) => m.element === el || m.element.contains(el as Element));
}

function expectArticleIntact(doc: Document, matches: PromoMatch[]): void {
  for (const sel of [
    'h1',
    '.kp',
    '.body',
    'header nav',
    ...[1, 2, 3].map((i) => `.body > p:nth-of-type(${i})`),
  ])
    for (const el of doc.querySelectorAll(sel))
      if (!el.matches('[data-t]')) expect(hidden(matches, el), `${sel} hidden`).toBe(false);
}

describe('links: what a link points at', () => {
  it.each([
    'https://partners.brokerhub.io/open?aff=dg2024',
    'https://www.binance.com/register?ref=ABC123',
    'https://www.kucoin.com/r/af/QBS7Z9QK',
    'https://www.htx.com/tr-tr/invite?invite_code=7x9k',
    'https://t.me/bingx_italia',
    'https://discord.gg/okxindonesia',
    'https://x.com/intent/follow?screen_name=OKXJapan',
    '/ko-kr/rewards/check-in',
    '/it-it/pricing?plan=annual',
    'https://apps.apple.com/app/kucoin/id1378956601',
  ])('commercial: %s', (href) => expect(isCommercialHref(href)).toBe(true));

  it.each([
    '/id/learn/cara-kerja-staking-ethereum-48218',
    '/pt/news/flash/bitcoin-spot-etf-inflows-reach-a-new-high',
    'https://twitter.com/ali_charts/status/1726589473029021788',
    '#fn1',
    'https://www.sec.gov/',
    '/author/marco-rossi',
  ])('not commercial: %s', (href) => expect(isCommercialHref(href)).toBe(false));

  it('tells articles of the same site from sections, anchors and other sites', () => {
    const pageUrl = new URL(URL_);
    expect(isSameSiteArticleHref('/pt/news/ethereum-recua-apos-alta-de-10-por-cento', pageUrl)).toBe(true);
    expect(isSameSiteArticleHref('/ja/news/flash/post-x-17-48211', pageUrl)).toBe(true);
    for (const href of [
      '/pt/investors',
      '/pt/careers',
      '#resumo',
      'https://other.example/pt/news/a-b-c-d-e',
      '/pt/author/ana-ruiz-silva',
    ])
      expect(isSameSiteArticleHref(href, pageUrl), href).toBe(false);
  });
});

describe('call-to-action boxes', () => {
  it.each([
    [
      'broker box with a one-word button',
      '<div data-t="promo"><span>Opere DOGE com taxa zero</span><a href="https://partners.brokerhub.io/open?aff=dg">Abrir</a></div>',
    ],
    [
      'messaging channel banner',
      '<div data-t="promo">Siga as notícias em tempo real no nosso canal <a href="https://t.me/canal_pt">Entrar</a></div>',
    ],
    [
      'daily rewards',
      '<aside data-t="promo"><b>Günlük ödüller</b> Her gün giriş yap. <a href="/tr-tr/rewards/daily">Al</a></aside>',
    ],
    [
      'premium line between paragraphs',
      '<p data-t="promo">Passa a Premium: il primo anno a metà prezzo, solo 4,99 €/mese. <a href="/it/pricing">Scopri</a></p>',
    ],
    [
      'social follow box',
      '<aside data-t="promo">最新情報 <a href="https://x.com/intent/follow?screen_name=OKXJapan">フォロー</a></aside>',
    ],
  ])('in the body: %s', (_name, widget) => {
    const doc = page(widget);
    const matches = run(doc);
    expect(hidden(matches, doc.querySelector('[data-t="promo"]'))).toBe(true);
    expectArticleIntact(doc, matches);
  });

  it('a one-word button to another site counts when its box is set apart, not otherwise', () => {
    const widget =
      '<div data-box="card" data-t="promo"><span>Conta digital sem tarifas</span><a href="https://banco.example/conta">Abrir</a></div>';
    const apart = page(widget);
    expect(
      hidden(run(apart, boxes({ card: { setApart: true } })), apart.querySelector('[data-t="promo"]')),
    ).toBe(true);
    const plain = page(widget);
    expect(
      hidden(run(plain, boxes({ card: { setApart: false } })), plain.querySelector('[data-t="promo"]')),
    ).toBe(false);
  });

  it.each([
    [
      'a sentence that links to an exchange product',
      '<p data-t="keep">A Bybit lançou <a href="/pt/earn/home">um novo produto Earn</a> com rendimento de 8% ao ano em USDT na semana passada.</p>',
    ],
    [
      'a pull quote in a box',
      '<blockquote data-t="keep" style="background:#eee">«É só o começo de uma alta muito maior»</blockquote>',
    ],
    [
      'a chart with a caption',
      '<figure data-t="keep"><img src="/c.png" width="300" height="250" alt=""><figcaption>Fluxos dos ETFs. Fonte: Farside</figcaption></figure>',
    ],
    [
      'an embedded post quoting a price',
      '<blockquote data-t="keep"><p>BTC just hit $64,000.</p>— Ali (@ali) <a href="https://twitter.com/ali/status/1726589473029021788">May 2, 2025</a></blockquote>',
    ],
    [
      'footnotes',
      '<ol data-t="keep"><li id="fn1"><a href="https://farside.co.uk/btc/">Farside</a></li><li id="fn2"><a href="https://santiment.net/">Santiment</a></li></ol>',
    ],
    [
      'a table of contents',
      '<ul data-t="keep"><li><a href="#a">Fluxos</a></li><li><a href="#b">Preço</a></li><li><a href="#c">Juros</a></li><li><a href="#d">Mineração</a></li></ul>',
    ],
    [
      'an author box',
      '<section data-t="keep" style="border:1px solid #ddd"><img src="/a.jpg" width="64" height="64" alt=""><a href="/pt/author/ana-ruiz">Ana Ruiz</a><p>Cobre mercados de criptomoedas.</p></section>',
    ],
  ])('keeps %s', (_name, widget) => {
    const doc = page(widget);
    const matches = run(doc, boxes({}));
    expect(hidden(matches, doc.querySelector('[data-t="keep"]'))).toBe(false);
    expectArticleIntact(doc, matches);
  });
});

describe('rails', () => {
  const teasers = (n: number, base = '/pt/news/') =>
    Array.from(
      { length: n },
      (_, i) =>
        `<div><a href="${base}manchete-numero-${i}-sobre-o-mercado-${48211 + i}">Manchete ${i} sobre o mercado</a><span>${i}h</span></div>`,
    ).join('');

  it('three sibling teasers to other articles of the site, whatever the heading says', () => {
    for (const heading of ['Na mesma linha', 'Bunlar da ilginizi çekebilir', '함께 읽으면 좋은 기사', '']) {
      const doc = page('', `<div data-t="promo"><h3>${heading}</h3>${teasers(3)}</div>`);
      const matches = run(doc);
      expect(hidden(matches, doc.querySelector('[data-t="promo"]')), heading).toBe(true);
      expectArticleIntact(doc, matches);
    }
  });

  it('a rail after the body, outside any heading vocabulary, is found by findRails alone', () => {
    const doc = page('', `<div data-t="promo"><div>${teasers(4)}</div></div>`);
    const ctx = buildPromoContext(doc, findArticleRoot(doc));
    const links = [...doc.querySelectorAll('.side a')];
    const rails = findRails(ctx, links);
    expect(rails).toHaveLength(1);
    expect(doc.querySelector('[data-t="promo"]')?.contains(rails[0] as Element)).toBe(true);
  });

  it('two teasers are not a rail; a menu of sections is not a rail; teasers in the header are navigation', () => {
    const two = page('', `<div data-t="keep">${teasers(2)}</div>`);
    expect(hidden(run(two), two.querySelector('[data-t="keep"]'))).toBe(false);
    const menu = page(
      '',
      '<ul data-t="keep"><li><a href="/pt/investors">Investidores</a></li><li><a href="/pt/advertising">Publicidade</a></li><li><a href="/pt/trade">Negociar</a></li><li><a href="/pt/careers">Trabalhe conosco</a></li></ul>',
    );
    expect(hidden(run(menu), menu.querySelector('[data-t="keep"]'))).toBe(false);
  });

  it('paragraphs of the body that link to earlier articles are not a rail', () => {
    const linked = Array.from(
      { length: 3 },
      (_, i) =>
        `<p>${PARAGRAPHS[i]} <a href="/pt/news/reportagem-anterior-sobre-o-tema-${48300 + i}">Leia a reportagem</a>.</p>`,
    ).join('');
    const doc = page(linked);
    const matches = run(doc);
    for (const p of doc.querySelectorAll('.body p')) expect(hidden(matches, p)).toBe(false);
  });
});

describe('menus', () => {
  it('a list of short section links is a menu; a list of article teasers is not', () => {
    const doc = new JSDOM(
      '<ul id="m"><li><a href="/investors">Investors</a></li><li><a href="/advertising">Advertising</a></li><li><a href="/trade">Trade</a></li><li><a href="/careers">Join our team</a></li></ul>' +
        '<ul id="r"><li><a href="/news/bitcoin-tops-64000-as-etf-inflows-resume">Bitcoin tops</a></li><li><a href="/news/ether-follows-with-a-smaller-gain">Ether</a></li><li><a href="/news/miners-sell-part-of-their-output">Miners</a></li><li><a href="/news/fed-meeting-next-week-in-focus">Fed</a></li></ul>',
      { url: 'https://news.example/news/x-y-z-w' },
    ).window.document;
    const pageUrl = new URL('https://news.example/news/x-y-z-w');
    expect(isMenu(doc.querySelector('#m') as Element, pageUrl)).toBe(true);
    expect(isMenu(doc.querySelector('#r') as Element, pageUrl)).toBe(false);
  });

  it('site menus outside header and nav are never hidden, even with trade and sign-up links', () => {
    const menu =
      '<ul data-t="keep"><li><a href="/pt/markets">Mercados</a></li><li><a href="/pt/trade-spot">Negociar</a></li><li><a href="/pt/register">Cadastre-se</a></li><li><a href="/pt/investors">Investidores</a></li><li><a href="/pt/careers">Trabalhe conosco</a></li></ul>';
    const doc = page('', '', menu);
    expect(hidden(run(doc), doc.querySelector('[data-t="keep"]'))).toBe(false);
  });
});

describe('drop-down menus', () => {
  it('a drop-down (head link to another site and its list, with a register link) is navigation', () => {
    const dropDown =
      '<ul><li data-t="keep"><a href="https://forums.example/">Forums</a><ul><li><a href="https://forums.example/discussions">Recent Posts</a></li><li><a href="https://forums.example/categories/general">General Discussion</a></li><li><a href="https://forums.example/categories/feedback">Feedback</a></li><li><a href="https://forums.example/entry/register">Register</a></li></ul></li><li><a href="/pt/reviews/">Reviews</a> and the week in pictures from our photographers</li></ul>';
    const doc = page('', '', dropDown);
    expect(hidden(run(doc), doc.querySelector('[data-t="keep"]'))).toBe(false);
  });
});

describe('bars and overlays by geometry', () => {
  const vp = { width: 1280, height: 800 };
  it('classifies fixed boxes by size and place', () => {
    expect(overlayKind(box({ position: 'fixed', width: 1280, height: 800, zIndex: 1000 }), vp)).toBe(
      'overlay',
    );
    expect(overlayKind(box({ position: 'fixed', width: 1280, height: 64, y: 736 }), vp)).toBe('bar');
    expect(overlayKind(box({ position: 'sticky', width: 1280, height: 60, y: 740 }), vp)).toBe('bar');
    expect(overlayKind(box({ position: 'sticky', width: 1280, height: 60, y: 0 }), vp)).toBeNull();
    expect(overlayKind(box({ position: 'static', width: 1280, height: 64 }), vp)).toBeNull();
    expect(overlayKind(box({ position: 'fixed', width: 40, height: 40 }), vp)).toBeNull();
  });

  it('hides a fixed bar and a covering overlay whatever their words; keeps a sticky site header', () => {
    const doc = page(
      '',
      '',
      '<div data-box="bar" data-t="promo">Pronto quando você estiver <a href="/pt/x">Continuar</a></div>' +
        '<div data-box="overlay" data-t="promo2"><div><p>Um momento.</p><a href="/pt/y">Seguir</a></div></div>' +
        '<div data-box="header" data-t="keep"><nav><a href="/pt/a">A</a><a href="/pt/b">B</a><a href="/pt/c">C</a><a href="/pt/d">D</a><a href="/pt/e">E</a></nav></div>',
    );
    const matches = run(
      doc,
      boxes({
        bar: { position: 'fixed', width: 1280, height: 60, y: 740, zIndex: 50 },
        overlay: { position: 'fixed', width: 1280, height: 800, zIndex: 1000 },
        header: { position: 'fixed', width: 1280, height: 56, y: 0, zIndex: 30 },
      }),
    );
    expect(hidden(matches, doc.querySelector('[data-t="promo"]'))).toBe(true);
    expect(hidden(matches, doc.querySelector('[data-t="promo2"]'))).toBe(true);
    expect(hidden(matches, doc.querySelector('[data-t="keep"]'))).toBe(false);
    expectArticleIntact(doc, matches);
  });
});

describe('ad slots by shape', () => {
  it('knows the standard sizes', () => {
    expect(isAdSize(300, 250)).toBe(true);
    expect(isAdSize(728, 90)).toBe(true);
    expect(isAdSize(302, 252)).toBe(true);
    expect(isAdSize(720, 400)).toBe(false);
  });

  it('hides an empty reserved box, an ad-sized iframe and a linked banner image; keeps figures and video embeds', () => {
    const doc = page(
      '<div data-t="slot" style="width:300px;height:250px"></div>' +
        '<figure data-t="keep"><img src="/chart.png" width="300" height="250" alt=""><figcaption>Fonte: Glassnode</figcaption></figure>' +
        '<iframe data-t="video" src="https://www.youtube.com/embed/abc" width="300" height="250"></iframe>',
      '<iframe data-t="frame" src="/ads/frame.html" width="728" height="90"></iframe>' +
        '<div data-t="banner"><a href="https://partner.example/land?utm_campaign=side"><img src="/b.png" width="160" height="600" alt=""></a></div>',
    );
    const matches = run(doc, (els) => {
      const out: Layout = { boxes: new Map(), viewport: { width: 1280, height: 800 } };
      for (const el of els) {
        const w = Number(
          el.getAttribute('width') ?? /width:(\d+)/.exec(el.getAttribute('style') ?? '')?.[1] ?? 0,
        );
        const h = Number(
          el.getAttribute('height') ?? /height:(\d+)/.exec(el.getAttribute('style') ?? '')?.[1] ?? 0,
        );
        out.boxes.set(el, box({ width: w, height: h }));
      }
      return out;
    });
    for (const sel of ['slot', 'frame', 'banner'])
      expect(hidden(matches, doc.querySelector(`[data-t="${sel}"]`)), sel).toBe(true);
    for (const sel of ['keep', 'video'])
      expect(hidden(matches, doc.querySelector(`[data-t="${sel}"]`)), sel).toBe(false);
    expectArticleIntact(doc, matches);
  });

  it('an image of ad size that is not a whole link, or sits in a figure, is editorial', () => {
    const doc = page(
      '<figure><a href="https://partner.example/x?aff=1"><img id="f" src="/c.png" width="300" height="250" alt=""></a><figcaption>c</figcaption></figure>',
    );
    const ctx = buildPromoContext(doc, findArticleRoot(doc));
    expect(
      adShapeTarget(doc.querySelector('#f') as Element, box({ width: 300, height: 250 }), ctx),
    ).toBeNull();
  });
});
