// The generalisation fixture pages: one renderer per page (see make.mjs). Promotions use the page's
// language; link targets are the shapes real promotions use (referral and affiliate parameters,
// /register, /rewards, /premium, t.me, discord.gg, app stores, ad hosts).
const P = (article, i) => `<p>${article.paragraphs[i]}</p>`;

function keyBox(a, article, tag = 'div') {
  return `<${tag}${a('box', 'key-points')}><strong>${article.keyLabel}</strong><ul>${article.keyPoints
    .map((k) => `<li>${k}</li>`)
    .join('')}</ul></${tag}>`;
}

/** A run of teasers to other articles of the same site, under a heading in the page's language. */
function rail(a, fx, heading, base, titles, { tag = 'div', item = 'div', headingTag = 'h3' } = {}) {
  const teasers = titles
    .map(
      (t, i) =>
        `<${item}${a('teaser')}><a href="${base}${slug(t)}-${48211 + i * 7}"><img src="/img/t${i}.jpg" alt="" width="160" height="90">${t}</a><span>${i + 2}h</span></${item}>`,
    )
    .join('');
  return `<${tag}${a('rail', fx)}><${headingTag}>${heading}</${headingTag}>${teasers}</${tag}>`;
}

function slug(t) {
  const ascii = t
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return ascii.length > 8 ? ascii : `post-${ascii || 'x'}-${t.length}`;
}

function menu(a, items, tag = 'nav') {
  return `<${tag}${a('menu', 'site-menu')}><ul>${items
    .map(([label, href]) => `<li><a href="${href}">${label}</a></li>`)
    .join('')}</ul></${tag}>`;
}

function chart(a, caption) {
  return `<figure${a('figure', 'chart')}><img src="/charts/price.png" alt="chart" width="720" height="400"><figcaption${a('caption')}>${caption}</figcaption></figure>`;
}

function tweet(a, text, href) {
  return `<blockquote${a('quote', 'embedded-post')} data-lang="en"><p>${text}</p>— Ali (@ali_charts) <a href="${href}">November 20, 2023</a></blockquote>`;
}

export const PAGES = [
  {
    name: 'pt-css-modules-broker-box',
    lang: 'pt',
    article: 'dogeMetric',
    layout: 'hashed',
    url: 'https://www.okx.com/pt-br/learn/dogecoin-metrica-salta-quase-100-em-meio-ao-rali',
    published: '2024-03-28T10:00:00Z',
    promos: {
      '[data-fx="broker-box"]': 'trade_cta',
      '[data-fx="premium-line"]': 'premium_offer',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="side-banner"]': 'sidebar_banner',
    },
    keep: ['[data-fx="site-menu"]', '[data-fx="key-points"]', '[data-fx="chart"]', '[data-fx="disclaimer"]'],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<header${a('header')}><a href="/pt-br/">OKX</a>${menu(a, [
      ['Investidores', '/pt-br/investors'],
      ['Publicidade', '/pt-br/advertising'],
      ['Negociar', '/pt-br/trade-spot'],
      ['Trabalhe conosco', '/pt-br/careers'],
      ['Aprender', '/pt-br/learn'],
    ])}</header>
<div${a('layout')}>
<div${a('col')}>
<h1${a('title')}>${t.title}</h1>
<div${a('meta')}>Por Redação · <time datetime="2024-03-28">28 mar. 2024</time></div>
${keyBox(a, t)}
<div${a('body', 'body')}>
${P(t, 0)}${P(t, 1)}
<div${a('box', 'broker-box')}><div${a('boxText')}>Opere DOGE com taxa zero na primeira semana</div><a${a('button')} href="https://partners.brokerhub.io/open?aff=dg2024&amp;utm_source=okx">Abrir</a></div>
${P(t, 2)}
<p${a('small', 'premium-line')}><a href="/pt-br/premium">Assine o OKX Insights Premium com 40% de desconto: R$ 19,90/mês</a></p>
${chart(a, 'Endereços ativos diários do DOGE. Fonte: IntoTheBlock')}
${P(t, 3)}
<p${a('disclaimer', 'disclaimer')}>Aviso: este conteúdo é apenas informativo e não constitui aconselhamento financeiro.</p>
</div>
${rail(a, 'rail', 'Na mesma linha', '/pt-br/learn/', ['Shiba Inu queima 14 milhões de tokens em um dia', 'Baleias movem 1 bilhão de DOGE para carteira desconhecida', 'Volume de memecoins supera o de Solana na semana', 'Elon Musk volta a citar o Dogecoin'])}
</div>
<div${a('side')}><div${a('banner', 'side-banner')}><a href="https://ad.doubleclick.net/ddm/clk/552;dc_trk_aid=1"><img src="/banners/300x250.jpg" width="300" height="250" alt=""></a></div></div>
</div>
<footer${a('footer')}>${menu(
      a,
      [
        ['Sobre', '/pt-br/about'],
        ['Imprensa', '/pt-br/press'],
        ['Termos', '/pt-br/terms'],
      ],
      'div',
    )}</footer>
</div></body>`,
  },
  {
    name: 'it-tailwind-premium-telegram',
    lang: 'it',
    article: 'ethFiveThousand',
    layout: 'tailwind',
    url: 'https://bingx.com/it-it/news/post/tre-motivi-per-cui-il-prezzo-di-ethereum-potrebbe-salire',
    published: '2025-05-15T08:00:00Z',
    promos: {
      '[data-fx="premium-line"]': 'premium_offer',
      '[data-fx="channel-banner"]': 'messaging_channel',
      '[data-fx="bottom-bar"]': 'sticky_banner',
      '[data-fx="rail"]': 'related_rail',
    },
    keep: ['[data-fx="site-menu"]', '[data-fx="pull-quote"]', '[data-fx="author-box"]', '[data-fx="toc"]'],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<header${a('header')}><a href="/it-it/">BingX</a>${menu(a, [
      ['Mercati', '/it-it/markets'],
      ['Investitori', '/it-it/investors'],
      ['Pubblicità', '/it-it/advertise'],
      ['Lavora con noi', '/it-it/careers'],
    ])}</header>
<div${a('layout')}><div${a('body')}>
<h1 class="text-4xl font-bold">${t.title}</h1>
<p class="text-sm text-gray-500">di Marco Rossi · 15 maggio 2025</p>
<div class="my-6 rounded-lg border p-4" data-fx="toc"><p class="font-semibold">Indice</p><ol><li><a href="#prezzo">Il prezzo</a></li><li><a href="#etf">Gli ETF</a></li><li><a href="#rischi">I rischi</a></li></ol></div>
<div class="prose max-w-none" data-fx="body">
${keyBox(a, t)}
<h2 id="prezzo">Il prezzo</h2>${P(t, 0)}
<p class="text-sm font-medium text-blue-700" data-fx="premium-line">Passa a Premium: il primo anno a metà prezzo, solo 4,99 €/mese. <a href="/it-it/pricing?plan=annual">Scopri</a></p>
${P(t, 1)}
<blockquote${a('quote', 'pull-quote')}>«È solo l'inizio di un trend molto più ampio»</blockquote>
<h2 id="etf">Gli ETF</h2>${P(t, 2)}
<div class="my-6 flex items-center gap-3 rounded-lg bg-sky-100 p-4" data-fx="channel-banner"><img src="/icons/tg.svg" width="24" height="24" alt=""><span>Segui le notizie in tempo reale sul nostro canale</span><a class="rounded bg-sky-600 px-3 py-1 text-white" href="https://t.me/bingx_italia">Entra</a></div>
<h2 id="rischi">I rischi</h2>${P(t, 3)}
</div>
<div${a('author', 'author-box')}><img src="/authors/mrossi.jpg" width="64" height="64" alt="Marco Rossi"><div><a href="/it-it/author/marco-rossi">Marco Rossi</a><p>Giornalista, segue Ethereum e la finanza decentralizzata dal 2017.</p></div></div>
${rail(a, 'rail', 'Potrebbe interessarti anche', '/it-it/news/post/', ['Solana supera Ethereum nei volumi DEX di aprile', 'La SEC rinvia la decisione sugli ETF di Ether', 'Staking di ETH: cosa cambia con Pectra'])}
</div></div>
<div${a('bar', 'bottom-bar')}><span>BingX</span><a class="rounded bg-blue-600 px-3 py-1" href="https://apps.apple.com/app/bingx/id1500217666">App Store</a><a class="rounded bg-blue-600 px-3 py-1" href="https://play.google.com/store/apps/details?id=pro.bingbon.app">Google Play</a></div>
</div></body>`,
  },
  {
    name: 'tr-no-classes-rewards',
    lang: 'tr',
    article: 'litecoinWhales',
    layout: 'bare',
    url: 'https://www.htx.com/tr-tr/news/litecoin-yatirimcilar-balina-hareketlerini-neden-izlemeli-1700553600',
    published: '2023-11-21T09:00:00Z',
    promos: {
      '[data-fx="rewards-box"]': 'rewards_cta',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="side-banner"]': 'sidebar_banner',
      '[data-fx="bottom-bar"]': 'sticky_banner',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="embedded-post"]',
      '[data-fx="footnotes"]',
      '[data-fx="key-points"]',
    ],
    render: ({ a, article: t }) => `<body><div>
<header><a href="/tr-tr/">HTX</a>${menu(a, [
      ['Piyasalar', '/tr-tr/markets'],
      ['Al-Sat', '/tr-tr/trade'],
      ['Yatırımcı İlişkileri', '/tr-tr/investors'],
      ['Reklam', '/tr-tr/advertising'],
      ['Kariyer', '/tr-tr/careers'],
    ])}</header>
<div>
<div>
<h1>${t.title}</h1>
<p>HTX Haber · <time datetime="2023-11-21">21 Kasım 2023</time></p>
${keyBox(a, t)}
<div data-fx="body">
${P(t, 0)}${P(t, 1)}
<aside data-fx="rewards-box"><b>Günlük ödüller</b> Her gün giriş yap, puan topla.<br><a role="button" href="/tr-tr/rewards/daily-check-in">Al</a></aside>
${P(t, 2)}
${tweet(a, '#Litecoin | There’s a fascinating correlation: whenever whale holdings rise, $LTC price follows. LTC now trades at $69.81.', 'https://twitter.com/ali_charts/status/1726589473029021788')}
${P(t, 3)}
<ol data-fx="footnotes"><li id="fn1"><a href="https://coinmarketcap.com/currencies/litecoin/">CoinMarketCap, LTC</a></li><li id="fn2"><a href="https://santiment.net/">Santiment</a></li></ol>
</div>
${rail(a, 'rail', 'Bunlar da ilginizi çekebilir', '/tr-tr/news/', ['Bitcoin madencileri rezervlerini satıyor mu', 'Ethereum ağında ücretler yılın en düşüğünde', 'Dogecoin balinaları yeniden hareketlendi', 'XRP davasında yeni gelişme'], { tag: 'div', item: 'div', headingTag: 'h2' })}
</div>
<aside data-fx="side-banner"><a href="https://www.htx.com/tr-tr/invite?invite_code=7x9k"><img src="/b/300x600.png" width="300" height="600" alt=""></a></aside>
</div>
<footer>${menu(
      a,
      [
        ['Hakkımızda', '/tr-tr/about'],
        ['Kullanım Koşulları', '/tr-tr/terms'],
        ['Gizlilik', '/tr-tr/privacy'],
      ],
      'div',
    )}</footer>
</div>
<div data-fx="bottom-bar">HTX uygulaması <a href="https://play.google.com/store/apps/details?id=pro.huobi">İndir</a></div></body>`,
  },
  {
    name: 'ja-div-soup-channel',
    lang: 'ja',
    article: 'ethReserves',
    layout: 'soup',
    url: 'https://www.kucoin.com/ja/news/flash/ethereum-price-shows-strength-as-exchange-reserves-plummet',
    published: '2024-11-12T03:00:00Z',
    promos: {
      '[data-fx="broker-box"]': 'trade_cta',
      '[data-fx="channel-banner"]': 'messaging_channel',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="empty-slot"]': 'ad_slot',
    },
    keep: ['[data-fx="site-menu"]', '[data-fx="key-points"]', '[data-fx="chart"]', '[data-fx="toc"]'],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<div${a('header')}><a href="/ja">KuCoin</a>${menu(
      a,
      [
        ['マーケット', '/ja/markets'],
        ['取引', '/ja/trade'],
        ['投資家情報', '/ja/investors'],
        ['広告掲載', '/ja/advertising'],
        ['採用情報', '/ja/careers'],
      ],
      'div',
    )}</div>
<div${a('layout')}><div${a('col')}>
<div${a('title')} role="heading" aria-level="1"><h1${a('h1')}>${t.title}</h1></div>
<div${a('meta')}>KuCoinニュース編集部 · 2024年11月12日</div>
${keyBox(a, t)}
<div${a('toc', 'toc')}><div${a('tocLabel')}>目次</div><div${a('tocItem')}><a href="#s1">準備高</a></div><div${a('tocItem')}><a href="#s2">値動き</a></div><div${a('tocItem')}><a href="#s3">テクニカル</a></div></div>
<div${a('body', 'body')}>
<p${a('p')} id="s1">${t.paragraphs[0]}</p>
<p${a('p')}>${t.paragraphs[1]}</p>
<div${a('box', 'channel-banner')}><div${a('bt')}>最新ニュースをいち早くお届け</div><a${a('button')} href="https://discord.gg/kucoinjapan">参加</a></div>
${chart(a, 'ETH取引所準備高の推移。出典:CryptoQuant')}
<p${a('p')} id="s2">${t.paragraphs[2]}</p>
<div${a('box', 'broker-box')}><div${a('bt')}>ETH/USDT 最大100倍</div><a${a('button')} href="https://www.kucoin.com/ja/r/af/QBS7Z9QK">口座開設</a></div>
<p${a('p')} id="s3">${t.paragraphs[3]}</p>
<div${a('slot', 'empty-slot')} style="width:728px;height:90px;margin:24px auto"></div>
</div>
${rail(a, 'rail', 'あわせて読みたい', '/ja/news/flash/', ['ビットコイン、週足で3週連続の陽線', 'ソラナのDEX出来高が過去最高を更新', 'イーサリアムETFに資金流入が続く'], { tag: 'div', item: 'div', headingTag: 'div' })}
</div></div>
</div></body>`,
  },
  {
    name: 'ko-css-modules-iframe-ad',
    lang: 'ko',
    article: 'dogeShib',
    layout: 'hashed',
    url: 'https://bingx.com/ko-kr/news/post/dogecoin-shiba-inu-surge-over-25-in-7-days',
    published: '2025-05-21T06:00:00Z',
    promos: {
      '[data-fx="side-iframe"]': 'ad_slot',
      '[data-fx="premium-line"]': 'premium_offer',
      '[data-fx="rewards-box"]': 'rewards_cta',
      '[data-fx="rail"]': 'related_rail',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="pull-quote"]',
      '[data-fx="author-box"]',
      '[data-fx="embedded-post"]',
    ],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<header${a('header')}><a href="/ko-kr/">BingX</a>${menu(a, [
      ['시세', '/ko-kr/markets'],
      ['거래', '/ko-kr/trade'],
      ['투자자 정보', '/ko-kr/investors'],
      ['광고 문의', '/ko-kr/advertising'],
      ['인재 채용', '/ko-kr/careers'],
    ])}</header>
<div${a('layout')}>
<article${a('col')}>
<h1${a('title')}>${t.title}</h1>
<div${a('meta')}>김민준 기자 · 2025.05.21</div>
${keyBox(a, t)}
<div${a('body', 'body')}>
${P(t, 0)}
<p${a('note', 'premium-line')}>프리미엄 구독 첫 달 무료, 이후 월 9,900원</p>
${P(t, 1)}
<blockquote${a('quote', 'pull-quote')}>"가장 폭발적인 국면이 다가오고 있다"</blockquote>
${P(t, 2)}
<div${a('box', 'rewards-box')}><strong${a('bt')}>매일 출석체크하고 포인트 받기</strong><a${a('button')} href="/ko-kr/rewards/check-in?source=article">받기</a></div>
${tweet(a, '$DOGE retesting the pre-halving resistance as support. Hold here and $0.27 is next.', 'https://x.com/rektcapital/status/1925001234567890123')}
${P(t, 3)}
</div>
<div${a('author', 'author-box')}><a href="/ko-kr/author/kim-minjun">김민준</a><p>암호화폐 시장을 취재하는 기자입니다.</p></div>
${rail(a, 'rail', '함께 읽으면 좋은 기사', '/ko-kr/news/post/', ['비트코인 현물 ETF 순유입 사상 최대', '이더리움 가스비 1년 만에 최저', '리플 소송 마무리 국면'])}
</article>
<aside${a('side')}><iframe data-fx="side-iframe" src="https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html" width="300" height="250" title="3rd party ad content"></iframe></aside>
</div>
</div></body>`,
  },
  {
    name: 'vi-tailwind-sticky-app-bar',
    lang: 'vi',
    article: 'dogeAddresses',
    layout: 'tailwind',
    url: 'https://www.htx.com/vi-vn/news/dia-chi-hoat-dong-cua-dogecoin-tang-vot-528-1747267200',
    published: '2025-05-15T02:00:00Z',
    promos: {
      '[data-fx="broker-box"]': 'trade_cta',
      '[data-fx="bottom-bar"]': 'app_download',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="channel-banner"]': 'messaging_channel',
    },
    keep: ['[data-fx="site-menu"]', '[data-fx="key-points"]', '[data-fx="chart"]', '[data-fx="footnotes"]'],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<header${a('header')}><a href="/vi-vn/">HTX</a>${menu(a, [
      ['Thị trường', '/vi-vn/markets'],
      ['Giao dịch', '/vi-vn/trade'],
      ['Nhà đầu tư', '/vi-vn/investors'],
      ['Quảng cáo', '/vi-vn/advertising'],
      ['Tuyển dụng', '/vi-vn/careers'],
    ])}</header>
<main${a('layout')}><div${a('body')}>
<h1 class="text-3xl font-bold">${t.title}</h1>
<p class="text-sm text-gray-500">Ban biên tập HTX · 15/05/2025</p>
${keyBox(a, t)}
<div class="prose" data-fx="body">
${P(t, 0)}
<div class="my-6 flex justify-between rounded-lg border bg-gray-50 p-4" data-fx="broker-box"><span>DOGE/USDT đòn bẩy 50x</span><a class="rounded bg-blue-600 px-3 py-1 text-white" href="https://www.htx.com/vi-vn/futures/exchange?invite_code=hx88">Mở</a></div>
${P(t, 1)}
${chart(a, 'Số địa chỉ hoạt động của Dogecoin. Nguồn: Glassnode')}
${P(t, 2)}
<div class="my-6 rounded-lg bg-sky-50 p-4" data-fx="channel-banner">Tham gia cộng đồng HTX Việt Nam <a class="font-bold underline" href="https://t.me/htx_vietnam">Telegram</a></div>
${P(t, 3)}
<ol class="text-sm" data-fx="footnotes"><li><a href="https://www.sec.gov/">SEC</a></li><li><a href="https://studio.glassnode.com/">Glassnode</a></li></ol>
</div>
${rail(a, 'rail', 'Có thể bạn quan tâm', '/vi-vn/news/', ['Bitcoin vượt 100.000 USD lần đầu', 'Solana ra mắt bản nâng cấp Firedancer', 'Quỹ ETF Ether hút dòng tiền kỷ lục', 'Shiba Inu đốt 14 triệu token'])}
</div></main>
<div${a('bar', 'bottom-bar')}><span>Tải ứng dụng HTX</span><a href="https://apps.apple.com/app/huobi/id1023263342"><img src="/badges/appstore.svg" alt="App Store" width="120" height="40"></a></div>
</div></body>`,
  },
  {
    name: 'id-no-classes-discord',
    lang: 'id',
    article: 'etfOutflows',
    layout: 'bare',
    url: 'https://www.okx.com/id/learn/etf-bitcoin-catat-arus-keluar-1-2-miliar-apa-artinya',
    published: '2025-03-03T05:00:00Z',
    promos: {
      '[data-fx="channel-banner"]': 'messaging_channel',
      '[data-fx="rewards-box"]': 'rewards_cta',
      '[data-fx="see-also"]': 'related_inline',
      '[data-fx="rail"]': 'related_rail',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="key-points"]',
      '[data-fx="author-box"]',
      '[data-fx="toc"]',
      '[data-fx="chart"]',
    ],
    render: ({ a, article: t }) => `<body><div>
<div><a href="/id/">OKX</a><ul data-fx="site-menu"><li><a href="/id/markets">Pasar</a></li><li><a href="/id/trade-spot">Trading</a></li><li><a href="/id/investors">Investor</a></li><li><a href="/id/advertising">Iklan</a></li><li><a href="/id/careers">Karier</a></li><li><a href="/id/learn">Belajar</a></li></ul></div>
<div>
<h1>${t.title}</h1>
<p>Tim Redaksi OKX · 3 Maret 2025</p>
${keyBox(a, t)}
<ul data-fx="toc"><li><a href="#arus">Arus keluar</a></li><li><a href="#penebusan">Penebusan</a></li><li><a href="#sinyal">Sinyal</a></li></ul>
<div data-fx="body">
<p id="arus">${t.paragraphs[0]}</p>
<p data-fx="see-also"><strong>Baca juga:</strong> <a href="/id/learn/bitcoin-halving-2024-apa-yang-berubah">Halving Bitcoin 2024: apa yang berubah</a></p>
<p id="penebusan">${t.paragraphs[1]}</p>
<aside data-fx="channel-banner">Diskusi bareng komunitas kami setiap hari. <a role="button" href="https://discord.gg/okxindonesia">Gabung</a></aside>
${chart(a, 'Arus dana ETF Bitcoin spot AS. Sumber: Farside Investors')}
<p id="sinyal">${t.paragraphs[2]}</p>
<aside data-fx="rewards-box"><b>Hadiah harian</b> Selesaikan misi dan dapatkan poin setiap hari. <a role="button" href="/id/rewards?channel=learn">Klaim</a></aside>
${P(t, 3)}
</div>
<section data-fx="author-box"><img src="/a/tim.jpg" width="48" height="48" alt=""><a href="/id/learn/author/tim-redaksi">Tim Redaksi OKX</a><p>Meliput pasar aset kripto dan regulasi di Asia Tenggara.</p></section>
${rail(a, 'rail', 'Pilihan editor', '/id/learn/', ['Apa itu ETF Bitcoin spot', 'Cara kerja staking Ethereum', 'Mengenal stablecoin dan risikonya', 'Panduan membaca grafik harga'])}
</div>
<footer><div><a href="/id/about">Tentang</a> · <a href="/id/terms">Ketentuan</a></div></footer>
</div></body>`,
  },
  {
    name: 'ar-rtl-div-soup-overlay',
    lang: 'ar',
    dir: 'rtl',
    article: 'cardanoWhales',
    layout: 'soup',
    url: 'https://crypto.com/ar/news/cardano-price-forecast-ada-whales-resilience-recovery-rally',
    published: '2024-01-17T07:00:00Z',
    promos: {
      '[data-fx="broker-box"]': 'trade_cta',
      '[data-fx="overlay"]': 'overlay',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="side-banner"]': 'sidebar_banner',
    },
    keep: ['[data-fx="site-menu"]', '[data-fx="pull-quote"]', '[data-fx="chart"]', '[data-fx="key-points"]'],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<div${a('header')}><a href="/ar">Crypto.com</a>${menu(
      a,
      [
        ['الأسعار', '/ar/prices'],
        ['تداول', '/ar/exchange'],
        ['علاقات المستثمرين', '/ar/investors'],
        ['الإعلانات', '/ar/advertising'],
        ['انضم إلى فريقنا', '/ar/careers'],
      ],
      'div',
    )}</div>
<div${a('layout')}><div${a('col')}>
<h1${a('title')}>${t.title}</h1>
<div${a('meta')}>فريق التحرير · 17 يناير 2024</div>
${keyBox(a, t)}
<div${a('body', 'body')}>
<p>${t.paragraphs[0]}</p>
<div${a('box', 'broker-box')}><span>تداول ADA بعمولة صفر</span><a${a('button')} href="https://crypto.com/app/referral?code=ar2024">تداول</a></div>
<p>${t.paragraphs[1]}</p>
<div${a('quote', 'pull-quote')}>«الحيتان قد تلعب دوراً حاسماً في هذا الارتفاع»</div>
${chart(a, 'سعر ADA على الإطار اليومي. المصدر: TradingView')}
<p>${t.paragraphs[2]}</p>
<p>${t.paragraphs[3]}</p>
</div>
${rail(a, 'rail', 'قد يعجبك أيضاً', '/ar/news/', ['بيتكوين تستقر فوق 42 ألف دولار', 'إيثريوم تستعد لترقية جديدة', 'سولانا تسجل حجم تداول قياسياً'])}
</div>
<div${a('side')}><div${a('banner', 'side-banner')}><a href="https://crypto.com/ar/card?utm_source=news&amp;utm_campaign=ar_sidebar"><img src="/b/160x600.png" width="160" height="600" alt=""></a></div></div>
</div>
</div>
<div${a('overlay', 'overlay')} role="dialog" aria-modal="true"><div${a('modal')}><div${a('mt')}>احصل على 25 دولاراً عند التسجيل</div><a${a('button')} href="/ar/app">ابدأ</a><button${a('close')} aria-label="إغلاق">×</button></div></div>
</body>`,
  },
  {
    name: 'en-no-classes-editorial-lookalikes',
    lang: 'en',
    article: 'ethWhales',
    layout: 'bare',
    url: 'https://www.fxstreet.com/cryptocurrencies/news/ethereum-price-whales-go-on-buying-spree-as-3000-target-comes-into-focus-202505221030',
    published: '2025-05-22T10:30:00Z',
    promos: {
      '[data-fx="affiliate-box"]': 'trade_cta',
      '[data-fx="empty-slot"]': 'ad_slot',
      '[data-fx="bottom-bar"]': 'sticky_banner',
      '[data-fx="rail"]': 'related_rail',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="key-points"]',
      '[data-fx="pull-quote"]',
      '[data-fx="chart"]',
      '[data-fx="author-box"]',
      '[data-fx="toc"]',
      '[data-fx="footnotes"]',
      '[data-fx="embedded-post"]',
      '[data-fx="disclaimer"]',
    ],
    render: ({ a, article: t }) => `<body><div>
<header><a href="/">FXStreet</a>${menu(a, [
      ['Rates', '/rates-charts'],
      ['Investors', '/investors'],
      ['Advertising', '/advertising'],
      ['Trade', '/brokers'],
      ['Join our team', '/careers'],
    ])}</header>
<div>
<article>
<h1>${t.title}</h1>
<p>By <a href="/author/lorenzo-stroe">Lorenzo Stroe</a> · May 22, 2025</p>
<aside data-fx="key-points"><strong>${t.keyLabel}</strong><ul>${t.keyPoints.map((k) => `<li>${k}</li>`).join('')}</ul></aside>
<nav data-fx="toc"><p>Contents</p><ol><li><a href="#support">Support</a></li><li><a href="#whales">Whales</a></li></ol></nav>
<div data-fx="body">
<p id="support">${t.paragraphs[0]}</p>
<blockquote data-fx="pull-quote">“Whales have been actively accumulating.”</blockquote>
${P(t, 1)}
<aside data-fx="affiliate-box">Trade ETH with a regulated broker. <a role="button" href="https://www.brokerpartner.com/en/signup?ref=fxs-eth">Open</a></aside>
<figure data-fx="chart"><img src="/charts/eth-usd.png" width="720" height="400" alt="ETH/USD hourly chart"><figcaption>ETH/USD hourly chart. Source: TradingView</figcaption></figure>
${P(t, 2)}
<blockquote data-fx="embedded-post"><p>ETH just reclaimed $2,580 with whales adding 670K ETH in nine days.</p>— Ali (@ali_charts) <a href="https://twitter.com/ali_charts/status/1925412345678901234">May 22, 2025</a></blockquote>
<div data-fx="empty-slot" style="width:300px;height:250px;margin:24px auto"></div>
<p id="whales">${t.paragraphs[3]}<sup><a href="#fn1">1</a></sup></p>
<ol data-fx="footnotes"><li id="fn1">Santiment, <a href="https://santiment.net/insights/">whale balances</a>.</li></ol>
<p data-fx="disclaimer">Information on these pages contains forward-looking statements that involve risks and uncertainties. It is not investment advice.</p>
</div>
<section data-fx="author-box"><img src="/authors/ls.jpg" width="64" height="64" alt="Lorenzo Stroe"><p><a href="/author/lorenzo-stroe">Lorenzo Stroe</a> covers crypto markets.</p></section>
</article>
${rail(a, 'rail', 'Elsewhere on FXStreet', '/cryptocurrencies/news/', ['Bitcoin price forecast BTC eyes new high 202505221100', 'XRP price prediction ripple bulls return 202505220900', 'Solana price forecast SOL breaks out 202505220800'], { tag: 'div', item: 'div', headingTag: 'h4' })}
</div>
</div>
<div data-fx="bottom-bar"><a href="https://www.brokerpartner.com/en/?aff=fxs_sticky">Start trading</a> <button aria-label="Close">×</button></div></body>`,
  },
  {
    name: 'en-hashed-overlay-geometry',
    lang: 'en',
    article: 'powellBulls',
    layout: 'hashed',
    url: 'https://www.kucoin.com/news/articles/bitcoin-bulls-inspired-by-jay-powells-comments-11000-is-next',
    published: '2020-02-12T10:51:00Z',
    promos: {
      '[data-fx="overlay"]': 'overlay',
      '[data-fx="top-bar"]': 'sticky_banner',
      '[data-fx="leaderboard"]': 'ad_slot',
      '[data-fx="broker-box"]': 'trade_cta',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="sticky-header"]',
      '[data-fx="key-points"]',
      '[data-fx="pull-quote"]',
    ],
    render: ({ a, article: t }) => `<body>
<div${a('topbar', 'top-bar')}>Limited: 20% off fees this week <a href="/promotions/fee-week">Details</a></div>
<header${a('stickyHeader', 'sticky-header')}><a href="/">KuCoin News</a>${menu(a, [
      ['Markets', '/markets'],
      ['Investors', '/investors'],
      ['Advertising', '/advertising'],
      ['Trade', '/trade'],
      ['Join our team', '/careers'],
    ])}</header>
<div${a('page')}>
<h1${a('title')}>${t.title}</h1>
<div${a('meta')}>KuCoin News · Feb 12, 2020</div>
${keyBox(a, t)}
<div${a('slot')} data-fx="leaderboard"><iframe src="/ads/frame-leader.html" width="728" height="90" title="ad"></iframe></div>
<div${a('body', 'body')}>
${P(t, 0)}${P(t, 1)}
<div${a('quote', 'pull-quote')}>“$11,000 is the next major aim.”</div>
${P(t, 2)}
<div${a('box', 'broker-box')}><span${a('bt')}>BTC/USDT perpetual</span><a${a('button')} href="https://www.kucoin.com/r/rf/QBSAYM8H">Go</a></div>
${P(t, 3)}
</div>
</div>
<div${a('overlay', 'overlay')}><div${a('modal')}><p${a('mt')}>Ready when you are.</p><a${a('button')} href="/ucenter/signup?rcode=news">Continue</a></div></div>
</body>`,
  },
  {
    name: 'pt-tailwind-app-stores',
    lang: 'pt',
    article: 'memeCoins',
    layout: 'tailwind',
    url: 'https://www.kucoin.com/pt/news/flash/o-que-a-recente-alta-das-meme-coins-significa-para-bitcoin',
    published: '2023-05-07T14:05:00Z',
    promos: {
      '[data-fx="app-box"]': 'app_download',
      '[data-fx="premium-line"]': 'premium_offer',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="side-banner"]': 'sidebar_banner',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="key-points"]',
      '[data-fx="embedded-post"]',
      '[data-fx="chart"]',
    ],
    render: ({ a, article: t }) => `<body><div${a('page')}>
<header${a('header')}><a href="/pt/">KuCoin</a>${menu(a, [
      ['Mercados', '/pt/markets'],
      ['Negociar', '/pt/trade'],
      ['Investidores', '/pt/investors'],
      ['Anuncie', '/pt/advertising'],
      ['Carreiras', '/pt/careers'],
    ])}</header>
<div${a('layout')}><div${a('body')}>
<h1 class="text-3xl font-extrabold">${t.title}</h1>
<p class="text-xs uppercase text-gray-500">Flash · 07/05/2023</p>
${keyBox(a, t)}
<div class="space-y-4" data-fx="body">
${P(t, 0)}${P(t, 1)}
<p class="rounded bg-amber-50 px-3 py-2 text-sm" data-fx="premium-line">Premium por R$ 9,90/mês nos 3 primeiros meses: <a class="underline" href="/pt/premium/checkout">aproveite</a></p>
${P(t, 2)}
${tweet(a, 'PEPE volume flipped DOGE this week. Meme tops have lined up with $BTC tops before.', 'https://x.com/00forrest/status/1654912345678901234')}
${chart(a, 'Volume de negociação das meme coins. Fonte: CoinGecko')}
${P(t, 3)}
<div class="my-6 flex items-center gap-4 rounded-xl border p-4" data-fx="app-box"><span>KuCoin no celular</span><a href="https://apps.apple.com/app/kucoin/id1378956601"><img src="/badges/ios.svg" alt="" width="120" height="40"></a><a href="https://play.google.com/store/apps/details?id=com.kubi.kucoin"><img src="/badges/android.svg" alt="" width="135" height="40"></a></div>
</div>
${rail(a, 'rail', 'Mais desta semana', '/pt/news/flash/', ['PEPE sobe 300% em sete dias', 'Bitcoin volta aos US$ 29 mil', 'Shiba Inu anuncia novo roadmap', 'Dogecoin ganha suporte em carteira popular'])}
</div>
<div${a('side')}><div class="rounded-lg border p-2" data-fx="side-banner"><a href="https://www.kucoin.com/pt/land/promotion/bonus-boas-vindas?utm_source=sidebar"><img src="/b/300x250.gif" width="300" height="250" alt=""></a></div></div>
</div>
</div></body>`,
  },
  {
    name: 'ja-no-classes-premium-rewards',
    lang: 'ja',
    article: 'etherTreasury',
    layout: 'bare',
    url: 'https://www.okx.com/ja/learn/ether-treasury-companies-look-undervalued-after-plunge',
    published: '2025-08-26T13:35:00Z',
    promos: {
      '[data-fx="premium-line"]': 'premium_offer',
      '[data-fx="rewards-box"]': 'rewards_cta',
      '[data-fx="rail"]': 'related_rail',
      '[data-fx="follow-box"]': 'social_follow',
    },
    keep: [
      '[data-fx="site-menu"]',
      '[data-fx="key-points"]',
      '[data-fx="pull-quote"]',
      '[data-fx="footnotes"]',
    ],
    render: ({ a, article: t }) => `<body><div>
<header><a href="/ja/">OKX</a>${menu(a, [
      ['相場', '/ja/markets'],
      ['取引', '/ja/trade-spot'],
      ['IR情報', '/ja/investors'],
      ['広告', '/ja/advertising'],
      ['採用', '/ja/careers'],
    ])}</header>
<div>
<h1>${t.title}</h1>
<p>OKX編集部 · 2025年8月26日</p>
${keyBox(a, t)}
<div data-fx="body">
${P(t, 0)}
<p data-fx="premium-line">プレミアム会員なら初月無料、2か月目から月額980円</p>
${P(t, 1)}
<blockquote data-fx="pull-quote">「流入はまだ始まったばかりだ」</blockquote>
${P(t, 2)}
<aside data-fx="rewards-box"><b>毎日ログインでボーナス</b><a role="button" href="/ja/rewards/daily">受け取る</a></aside>
${P(t, 3)}<sup><a href="#n1">※1</a></sup>
<aside data-fx="follow-box">OKX Japanの最新情報 <a href="https://x.com/intent/follow?screen_name=OKXJapan">フォロー</a></aside>
<ol data-fx="footnotes"><li id="n1">スタンダードチャータード、顧客向けメール(2025年8月26日)</li></ol>
</div>
${rail(a, 'rail', '人気の記事', '/ja/learn/', ['ビットコインETFの仕組みをやさしく解説', 'ステーキングとは何か', 'ステーブルコインの種類とリスク'])}
</div>
</div></body>`,
  },
];
