import { describe, expect, it } from 'vitest';
import { findPromotions, findPromotionsIn, type PromoMatch } from '../../../src/clean/heuristics';
import { findArticleRoot } from '../../../src/detect/article-root';
import { articlePage, type Place } from './heuristics-fixtures';

function run(widget: string, place: Place = 'side'): { doc: Document; matches: PromoMatch[] } {
  const doc = articlePage(widget, place);
  return { doc, matches: findPromotions(doc, findArticleRoot(doc)) };
}

/** The element marked data-t="promo" is returned, or lies inside a returned element. */
function hidesPromo(widget: string, place: Place = 'side'): string | null {
  const { doc, matches } = run(widget, place);
  const target = doc.querySelector('[data-t="promo"]');
  expect(target, 'fixture needs data-t="promo"').not.toBeNull();
  const hit = matches.find((m) => m.element === target || m.element.contains(target));
  return hit ? hit.reason : null;
}

/** Nothing the page's article owns is returned: root, title, meta, key points, disclaimer, paragraphs. */
function expectArticleIntact(doc: Document, matches: PromoMatch[]): void {
  const guarded = [
    '.body',
    'h1',
    '.meta',
    '.kp',
    '.disc',
    'header nav',
    ...[1, 2, 3, 4].map((i) => `.body > p:nth-of-type(${i})`),
  ];
  for (const sel of guarded) {
    for (const el of doc.querySelectorAll(sel)) {
      if (el.matches('[data-t]')) continue;
      expect(
        matches.some((m) => m.element === el || m.element.contains(el)),
        `${sel} hidden`,
      ).toBe(false);
    }
  }
}

describe('calls to action and offers (several languages)', () => {
  it.each([
    [
      'en sign-up bonus',
      '<div data-t="promo"><p>New user gift: sign up and claim up to 6,200 USDT in welcome rewards</p><a href="/events/rewards">Sign up now</a></div>',
    ],
    [
      'fr APR',
      '<div data-t="promo"><p>PoolX : Bloquez vos actifs pour gagner de nouveaux tokens</p><p>Jusqu\'à 12% d\'APR.</p><a href="/events/poolx">Bloquez maintenant !</a></div>',
    ],
    [
      'es bonus',
      '<div data-t="promo"><p>Regístrate y obtén hasta 500 USDT de bono de bienvenida</p><a href="/es/register">Regístrate</a></div>',
    ],
    [
      'de Startguthaben',
      '<div data-t="promo"><p>Jetzt registrieren und bis zu 50 € Startguthaben sichern</p><a href="/de/registrieren">Konto eröffnen</a></div>',
    ],
    [
      'ru бонус',
      '<div data-t="promo"><p>Бонус за депозит: новые пользователи получают до 30 000 USDT</p><a href="/ru-RU/register">Получить</a></div>',
    ],
    [
      'zh 赠金',
      '<div data-t="promo"><p>注册即领新人礼包，最高 6666 USDT 赠金</p><a href="/zh/signup">立即领取</a></div>',
    ],
    [
      'en zero fees',
      '<div data-t="promo"><span>Trade BTC with 0 fees</span><a href="/spot/BTCUSDT">Trade now</a></div>',
    ],
    [
      'en earn APY',
      '<div data-t="promo"><p>Simple Earn: earn up to 8% APY on ETH</p><a href="/earn/simple-earn">Subscribe</a></div>',
    ],
  ])('%s', (_name, widget) => {
    expect(hidesPromo(widget)).toMatch(/promotion/);
  });

  it.each([
    [
      'en trade leverage',
      '<div data-t="promo"><span>Trade ETHUSDT perpetual with up to 100x leverage</span><a href="/trade/usdt/ETHUSDT">Trade now</a></div>',
    ],
    [
      'ru leverage',
      '<div data-t="promo"><span>Торгуйте бессрочным контрактом ETHUSDT с плечом до 100x</span><a href="/trade/usdt/ETHUSDT">Торговать</a></div>',
    ],
    [
      'zh trade',
      '<div data-t="promo"><span>立即交易 BTC/USDT</span><a href="/zh/trade/BTC_USDT">立即交易</a></div>',
    ],
    [
      'en premium line, no link',
      '<p data-t="promo">of premium crypto trading insights for 30 days - normally $100/month.</p>',
    ],
    [
      'fr premium line, no link',
      '<p data-t="promo">d\'analyses de trading crypto premium pendant 30 jours - normalement 100 $/mois.</p>',
    ],
    [
      'ru premium line, price per month',
      '<p data-t="promo">Премиум-аналитика бесплатно на 30 дней, затем 299 $/мес.</p>',
    ],
    ['zh premium line, price per month', '<p data-t="promo">高级行情分析免费试用 7 天，之后 $9.99/月</p>'],
    [
      'de plus trial',
      '<div data-t="promo"><p>Plus: Lies alle Analysen ohne Werbung – jetzt 30 Tage kostenlos testen</p><a href="/plus/">Jetzt testen</a></div>',
    ],
  ])('inline in the body: %s', (_name, widget) => {
    expect(hidesPromo(widget, 'body')).not.toBeNull();
  });

  it('keeps news sentences about bonuses, yields and subscription prices in the body', () => {
    const lines = [
      '<p data-t="news">Binance said new users who sign up now receive a 100 USDT bonus, a promotion regulators criticised.</p>',
      '<p data-t="news">Bybit launched <a href="/en/earn/home">a new Earn product</a> offering up to 8% APR on USDT last week.</p>',
      '<p data-t="news">Coinbase One, the premium subscription, costs $29.99/month and waives trading fees.</p>',
      '<table data-t="news"><tr><td>BTC</td><td>$64,210</td><td>+2.1%</td></tr><tr><td>ETH</td><td>$3,120</td><td>-0.4%</td></tr></table>',
    ];
    const { doc, matches } = run(lines.join('\n'), 'body');
    for (const el of doc.querySelectorAll('[data-t="news"]')) {
      expect(
        matches.some((m) => m.element === el || m.element.contains(el)),
        el.textContent ?? '',
      ).toBe(false);
    }
    expectArticleIntact(doc, matches);
  });
});

describe('app downloads, tickers, overlays, cookies, newsletters, ads', () => {
  it.each([
    [
      'store badge',
      'page',
      '<div data-t="promo"><div><span>Get the Decrypt app</span><a href="https://apps.apple.com/us/app/x/id1">Download on the App Store</a></div></div>',
    ],
    [
      'apk',
      'page',
      '<aside data-t="promo"><p>Download the Binance App</p><a href="https://ftp.binance.com/pack/Binance.apk">Download</a></aside>',
    ],
    [
      'ru app bar',
      'page',
      '<div data-t="promo"><span>Скачайте приложение Bybit</span><a href="/ru-RU/download">Скачать</a></div>',
    ],
    [
      'zh app bar',
      'page',
      '<div data-t="promo"><span>下载 Gate App，随时随地交易</span><a href="/zh/mobileapp">下载</a></div>',
    ],
    [
      'ticker cards',
      'side',
      '<ul data-t="promo"><li><span>ETH</span><span>2,580.10</span><span>+2.01%</span><a href="/trade/usdt/ETHUSDT">Trade now</a></li><li><span>SOL</span><span>172.44</span><span>+3.8%</span><a href="/trade/usdt/SOLUSDT">Trade now</a></li></ul>',
    ],
    [
      'ticker in body',
      'body',
      '<div data-t="promo"><a href="/en/trade/DOGE_USDT"><span>DOGEUSDT</span><span>0.2387</span><span>+2.01%</span><span>Trade</span></a></div>',
    ],
    [
      'fixed bar (inline style)',
      'page',
      '<div data-t="promo" style="position: fixed; bottom: 0"><span>Join 40M+ users on KuCoin</span><a href="/ucenter/signup">Sign up</a></div>',
    ],
    [
      'dialog modal',
      'page',
      '<div data-t="promo" role="dialog"><div class="mask"></div><div><button aria-label="close">×</button><h3>Claim your 6,200 USDT welcome bonus</h3><p>Sign up today.</p><a href="/events/rewards">Claim now</a></div></div>',
    ],
    [
      'dismissible notice',
      'page',
      '<div data-t="promo"><span>New: Track your portfolio across 30+ exchanges.</span><button>×</button></div>',
    ],
    [
      'en cookie',
      'page',
      '<div data-t="promo" role="region"><p>By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.</p><button>Accept All Cookies</button></div>',
    ],
    [
      'de cookie',
      'page',
      '<div data-t="promo"><p>Wir verwenden Cookies und ähnliche Technologien.</p><button>Akzeptieren</button></div>',
    ],
    [
      'zh cookie',
      'page',
      '<div data-t="promo"><p>我们使用 Cookie 来改善您的体验。</p><button>接受</button></div>',
    ],
    [
      'newsletter form',
      'side',
      '<form data-t="promo"><p>Get the daily newsletter</p><input type="email"><button>Sign up</button></form>',
    ],
    [
      'newsletter line in body',
      'body',
      '<p data-t="promo"><em>Want more token insights like this? Sign up for Editor Harsh Notariya\'s Daily Crypto Newsletter here.</em></p>',
    ],
    [
      'ad label in body',
      'body',
      '<div data-t="promo"><span>Advertisement</span><div class="slot"></div></div>',
    ],
    [
      'de Anzeige',
      'body',
      '<div data-t="promo"><p>Bitcoin kaufen: Jetzt bei unserem Partner handeln (Anzeige)</p><a href="/go/broker/">Zum Anbieter</a></div>',
    ],
    [
      'ad image',
      'side',
      '<div data-t="promo"><a href="/advertise/"><img src="data:," alt="Advertisement"></a></div>',
    ],
    [
      'empty ad slot',
      'side',
      '<div data-t="promo" class="high-impact-ad"><div class="ad-wrapper"></div></div>',
    ],
  ] as const)('%s', (_name, place, widget) => {
    const { doc, matches } = run(widget, place);
    const target = doc.querySelector('[data-t="promo"]')!;
    expect(matches.some((m) => m.element === target || m.element.contains(target))).toBe(true);
    expectArticleIntact(doc, matches);
  });

  it('returns the widget, not the single button nor the page', () => {
    const { doc, matches } = run(
      '<div data-t="promo"><p>Bybit Earn: USDT Flexible Savings up to 8% APR</p><a href="/en/earn/savings">Subscribe</a></div>',
    );
    const target = doc.querySelector('[data-t="promo"]')!;
    const hit = matches.find((m) => m.element.contains(target) || m.element === target);
    expect(hit?.element.tagName).toMatch(/DIV|ASIDE/);
    expect(hit?.element.contains(doc.querySelector('h1'))).toBe(false);
  });

  it('never hides navigation links to Trade or Sign up', () => {
    const { doc, matches } = run('');
    expect(
      matches.some((m) => m.element.closest('header') || m.element.contains(doc.querySelector('nav'))),
    ).toBe(false);
  });
});

describe('related rails and see-also lines', () => {
  it.each([
    ['en', 'You may also like'],
    ['fr', 'Vous pourriez également aimer'],
    ['es', 'Te puede interesar'],
    ['de', 'Das könnte dich auch interessieren'],
    ['ru', 'Вам также может понравиться'],
    ['zh', '相关推荐'],
  ])('%s rail', (_lang, heading) => {
    const rail = `<section data-t="promo"><h3>${heading}</h3><ul><li><a href="/news/a">Ether ETFs record inflows</a></li><li><a href="/news/b">Solana activity hits a high</a></li></ul></section>`;
    expect(hidesPromo(rail, 'side')).toBe('related-articles rail');
  });

  it.each([
    ['See also:'],
    ['Read also:'],
    ['Lire aussi :'],
    ['Voir aussi :'],
    ['Lesen Sie auch:'],
    ['Lee también:'],
    ['Читайте также:'],
    ['延伸阅读:'],
  ])('"%s" line in the body', (label) => {
    const line = `<p data-t="promo"><strong>${label}</strong> <a href="/news/x">XRP invalidates four-month-long downtrend as SEC lawsuit nears end</a></p>`;
    expect(hidesPromo(line, 'body')).toBe('see-also link');
  });

  it('keeps a paragraph that merely mentions reading more', () => {
    const p =
      '<p data-t="news">Read more about how staking works in <a href="/learn/staking">our guide</a>, which explains validators, rewards and the risks of slashing in detail for new readers.</p>';
    const { doc, matches } = run(p, 'body');
    expect(matches.some((m) => m.element.contains(doc.querySelector('[data-t="news"]')))).toBe(false);
  });
});

describe('what is never hidden', () => {
  it('keeps the key points box but removes a sponsored line inside it', () => {
    const doc = articlePage('', 'side');
    const kp = doc.querySelector('.kp ul')!;
    const li = doc.createElement('li');
    li.textContent =
      'Get Matt Maley’s top trade setups, live this Wednesday at 6 PM ET. Reserve your free spot now.';
    kp.append(li);
    const matches = findPromotions(doc, findArticleRoot(doc));
    expect(matches.map((m) => m.element)).toContain(li);
    expectArticleIntact(doc, matches);
  });

  it('keeps a disclaimer that mentions sponsored content', () => {
    const { doc, matches } = run(
      '<p data-t="disc">Disclaimer: Includes third-party opinions. No financial advice. May include sponsored content.</p>',
      'page',
    );
    expect(matches.some((m) => m.element.contains(doc.querySelector('[data-t="disc"]')))).toBe(false);
  });
});

describe('findPromotionsIn (late additions)', () => {
  it('finds a late modal and bar, and nothing outside the added nodes', () => {
    const doc = articlePage(
      '<div class="early"><p>Sign up and get up to 10,800 USDT welcome bonus</p><a href="/signup">Claim now</a></div>',
      'side',
    );
    const root = findArticleRoot(doc);
    const modal = doc.createElement('div');
    modal.setAttribute('role', 'dialog');
    const title = doc.createElement('h3');
    title.textContent = 'Claim your 6,200 USDT welcome bonus';
    const link = doc.createElement('a');
    link.href = '/events/rewards';
    link.textContent = 'Claim now';
    modal.append(title, link);
    const bar = doc.createElement('div');
    bar.innerHTML = '<span>Trade BTC with 0 fees</span><a href="/spot/BTCUSDT">Trade now</a>';
    doc.body.append(modal, bar);
    const matches = findPromotionsIn([modal, bar], root);
    const els = matches.map((m) => m.element);
    expect(els).toContain(modal);
    expect(els).toContain(bar);
    expect(els.some((e) => e.closest('.early'))).toBe(false);
  });

  it('finds promotions in a client-rendered body when the root was not known at load', () => {
    const doc = articlePage('', 'side');
    const article = doc.querySelector('article')!;
    article.remove();
    const cta = doc.createElement('div');
    cta.innerHTML = '<span>Buy ADA instantly on KuCoin</span><a href="/trade/ADA-USDT">Trade now</a>';
    article.querySelector('.body')!.append(cta);
    doc.querySelector('main')!.append(article);
    const matches = findPromotionsIn([article], null);
    expect(matches.map((m) => m.element)).toContain(cta);
    expectArticleIntact(doc, matches);
  });

  it('ignores disconnected nodes and text-only additions without promotions', () => {
    const doc = articlePage('', 'side');
    const loose = doc.createElement('div');
    loose.textContent = 'Sign up now for a 100 USDT bonus';
    expect(findPromotionsIn([loose, doc.createTextNode('hello')], null)).toEqual([]);
  });
});
