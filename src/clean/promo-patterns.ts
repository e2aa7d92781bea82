/**
 * The words of promotion, by meaning, in en, fr, es, de, ru, zh, pt, it, tr, ja, ko, vi, id.
 * Words are a second signal (structure.ts decides first). Sources for pt/it/tr/ja/ko/vi/id: the
 * localized UI of the exchanges' own sites (Binance, OKX, Bybit, KuCoin sign-up, download, claim and
 * rewards buttons in those languages), rail and "read also" headings used by news templates in those
 * languages (public code: 'あわせて読みたい'/'関連記事' in Japanese blog themes, 'Baca juga' and
 * 'Artikel terkait' in Indonesian news scrapers, 'Leia também' in Brazilian news sites), and the ad
 * labels of the EasyList/AdGuard language lists (Werbung/Anzeige style: 'Publicidade', 'Pubblicità',
 * 'Reklam', '広告', 'PR', '광고', 'Quảng cáo', 'Iklan').
 * Each pattern is tested on short texts (a widget's text, a link's text), never on a whole page.
 * Latin-script words use \b; Cyrillic and CJK words cannot (JS \b is ASCII-only), so they sit in
 * separate alternations.
 *
 * Flags are `i`, never `iu`: V8 scans `/iu` patterns with `\b` several times slower (Unicode case
 * folding of word boundaries), and these run on every short text of a page. Nothing here needs `u`;
 * stems end where a word may go on (`подар` for подарок/подарки): `.test()` needs no `\p{L}*` tail.
 */

/** Destinations of calls to action: sign-up, download, trade, earn, rewards, affiliate hops. */
export const PROMO_HREF =
  /(^|[/?&=._-])(register|registration|signup|sign-up|sign_up|join|download|downloads|mobileapp|app|apps|earn|earning|simple-earn|savings|staking|launchpool|poolx|futures|perpetual|spot|trade|trade-spot|buy-crypto|buy-sell-crypto|express|fiat|rewards?|bonus|promotions?|promo|events|campaigns?|referral|invite|ref|affiliate|go|go2|premium|plus|pro|subscribe|campus|trial|newsletters?)([/?&=._#-]|$)/i;

/** App stores and app packages. */
export const STORE_HREF =
  /(apps\.apple\.com|itunes\.apple\.com|play\.google\.com|\.apk(\?|$)|onelink\.me|app\.adjust\.com|appgallery\.huawei)/i;

/** Ad servers and crypto ad networks. */
export const AD_HREF =
  /(^|\/\/|\.)(servedbyadbutler|adbutler|doubleclick|googlesyndication|googleadservices|adnxs|adform|taboola|outbrain|mgid|revcontent|a-ads|coinzilla|bitmedia|cointraffic|adshares)\./i;

/** The text of a call-to-action control (link or button), trimmed, at most ~40 chars. */
export const CTA_LABEL = new RegExp(
  '^(' +
    [
      // en
      'sign ?up|register|join|download|get( the)? app|install|trade|buy|claim|subscribe|start|try|enroll|lock|deposit|learn more|get started|open( an)? account|invest|stake|earn|get|unlock|apply|bet|play',
      // fr
      "s'inscrire|inscri|télécharger|trader|acheter|réclamer|récupérer|bloquez|s'abonner|abonnez|commencer|essayer|en savoir plus|rejoindre|obtenir|profiter|ouvrir un compte",
      // de
      'registrieren|anmelden|herunterladen|handeln|kaufen|sichern|abonnieren|jetzt|testen|mehr erfahren|zum anbieter|starten|beitreten|holen|konto eröffnen|eröffnen',
      // es
      'regístrate|registrarse|registrar|descargar|operar|comprar|reclamar|suscríbete|suscribirse|empezar|probar|más información|únete|obtener|abrir (una )?cuenta|suscribir',
      // ru
      'зарегистр|регистрац|скачать|скачайте|торговать|торгуйте|купить|получить|подписаться|начать|присоединиться|узнать больше|забрать|открыть сч',
      // zh
      '注册|下载|交易|买|领取|申购|订阅|立即|开始|了解更多|马上|开户',
      // pt
      'cadastr|inscreva|registr|baixar|baixe|negociar|negocie|comprar|compre|resgatar|resgate|assinar|assine|comece|começar|saiba mais|abrir conta|abra sua conta|participe|aproveite|ganhe',
      // it
      'registrati|iscriviti|scarica|fai trading|compra|riscatta|riscuoti|abbonati|inizia|scopri di più|apri un conto|unisciti|ottieni|entra',
      // tr
      'kaydol|kayıt ol|üye ol|indir|al-sat|satın al|talep et|abone ol|başla|hemen|daha fazla bilgi|hesap aç|katıl|kazan',
      // ja
      '登録|新規登録|無料登録|口座開設|ダウンロード|取引する|今すぐ|購入|受け取る|申し込|購読|始める|詳しくはこちら|参加',
      // ko
      '가입|회원가입|다운로드|거래하기|지금|구매|받기|신청|구독|시작하기|자세히 보기|계좌 개설|참여',
      // vi
      'đăng ký|tải|giao dịch ngay|mua|nhận|bắt đầu|tìm hiểu thêm|mở tài khoản|tham gia',
      // id
      'daftar|unduh|trading sekarang|beli|klaim|langganan|mulai|pelajari|buka akun|gabung|dapatkan',
    ].join('|') +
    ')',
  'i',
);

/**
 * What a sentence says when it asks the reader to act now, the one list of it: hiding reads it as
 * CTA_PHRASE (sponsored key points, bare promo lines), and the summarizer never picks such a sentence as
 * a key point (sentence-filters.ts adds it to its offer words).
 */
export const CALL_TO_ACT_PHRASES: readonly string[] = [
  'reserve your (free )?(spot|seat)',
  'sign up (now|today|here)',
  'register (now|today)',
  'join (now|today|us)',
  'claim (your|now|it)',
  'subscribe (now|today)',
  'download (now|the app)',
  'start (trading|earning|now)',
  'get started',
  'free trial',
  "don'?t miss",
  // fr, de, es
  'inscrivez-vous',
  'abonnez-vous',
  'téléchargez',
  'jetzt (registrieren|anmelden|testen|sichern|handeln|starten)',
  'regístrate',
  'suscríbete',
  'descarga la app',
  // ru, zh
  'зарегистрируйтесь',
  'подпишитесь',
  'скачайте',
  '立即注册',
  '立即领取',
  '立即下载',
  '马上注册',
  // pt, it, tr, ja, ko, vi, id
  'cadastre-se',
  'inscreva-se',
  'baixe o app',
  'registrati ora',
  'iscriviti ora',
  'hemen kaydol',
  'hemen üye ol',
  '今すぐ登録',
  '今すぐ参加',
  '지금 가입',
  '지금 바로',
  'đăng ký ngay',
  'daftar sekarang',
  'gabung sekarang',
];

/** A sentence that asks the reader to act now (sponsored key points, bare promo lines). */
export const CTA_PHRASE = new RegExp(`(${CALL_TO_ACT_PHRASES.join('|')})`, 'i');

/** Offers: yields, bonuses, fee waivers, leverage. */
export const OFFER = new RegExp(
  [
    "\\b(up to|as much as|jusqu'?\u2019?à|bis zu|hasta|até|fino a)\\s*[\\d.,\\s\u00a0]+\\s*(%|x|usdt|usdc|usd|\\$|€)",
    '\\b(apr|apy)\\b|годовых|年化|收益高达|最高',
    '\\b(welcome|new[- ]user|sign[- ]?up|deposit|trading)\\s+(gift|bonus|rewards?|offer|voucher)s?',
    '\\b(bonus|cashback|rebate|vouchers?|prize pool|mystery box(es)?|free (crypto|bitcoin|btc|usdt))\\b',
    '\\b(cadeau|récompenses?|bonus de bienvenue|startguthaben|prämie|willkommensbonus|bono|regalo de bienvenida|recompensas?)\\b',
    'бонус|подар|наград|赠金|奖励|礼包|红包|福利|新人|新用户',
    '\\b(recompensas? diárias|bônus|premi giornalieri|ricompense|günlük ödül|ödüller|hadiah harian|phần thưởng)\\b|ボーナス|特典|출석체크|리워드|보너스',
    '\\b(0|zero|no)\\s?%?\\s?(trading\\s)?fees?\\b|\\blow fees\\b|sans frais|0\\s?% de frais|gebührenfrei|0\\s?% gebühren|sin comisiones|без комисси|零手续费|0手续费',
    '\\b\\d+\\s?x\\s+leverage|\\bleverage up to|плечом до|杠杆',
    '\\d[\\d,.\\s\u00a0]*\\s?(usdt|usdc)\\b',
  ].join('|'),
  'i',
);

/** Paid-subscription pitches ("normally $100/month", "30 days free"). */
export const PREMIUM =
  /(\bpremium\b|\bfree for \d+ days|\b\d+[- ]days? (free|trial)|\bnormally \$?\d+|\bnormalement\b|kostenlos testen|\d+ tage kostenlos|ohne werbung|essai gratuit|gratuit pendant|prueba gratis|gratis durante|бесплатно на \d+|免费试用|\b(try|start) .{0,30}\bfree\b|\bfree trial\b|\bgrátis por\b|teste grátis|prova gratuita|gratis per \d+|ücretsiz dene|プレミアム|初月無料|無料体験|프리미엄|무료 체험|dùng thử miễn phí|gratis \d+ hari|coba gratis)/i;

/** A price per month: with PREMIUM it marks a subscription line even without a link. */
export const PER_MONTH =
  /\d\s?(\$|€|£)?\s?\/\s?((mo|month|mois|monat|mes|mês|mese|ay|tháng|bulan)\b|мес|月)|月額\s?\d|월\s?[\d,.]+\s?원|\bal mese\b|\bpor mês\b|\baylık\b|\bmỗi tháng\b|\bper bulan\b/i;

/** Newsletter pitches. */
export const NEWSLETTER =
  /(newsletter|in your inbox|to your inbox|in deinem postfach|infolettre|lettre d'information|boletín|рассылк|电子报|订阅我们|bülten|メールマガジン|メルマガ|뉴스레터|bản tin|buletin)/i;

/** Cookie and consent notices. */
export const COOKIE = /(\bcookies?\b|cookie-|\bconsent\b|\bdatenschutzeinstellungen\b|файлы cookie|куки)/i;

/** Ad labels: the whole text of a small element, or an img alt. */
export const AD_LABEL =
  /^(advertisement|advertising|advert|ad|ads|sponsored|sponsored content|promoted|paid (post|content)|anzeige|werbung|publicité|publicidad|pub|patrocinado|sponsorisé|реклама|广告|推广|story continues below|article continues below|continue reading below|publicidade|pubblicità|reklam|sponsorlu|広告|スポンサー|광고|quảng cáo|iklan|bersponsor)$/i;
/** An ad mark inside a longer text: "(Anzeige)", "Sponsored:", "[Ad]". */
export const AD_MARK =
  /(\((anzeige|werbung|advertisement|ad|sponsored|publicité|publicidad|реклама|广告)\)|\[(ad|anzeige)\]|^sponsored\s*[:|-])/i;

/** Headings of related-article rails. */
export const RAIL_HEADING =
  /^(you (may|might) (also )?like|leia também|leia mais|veja também|notícias relacionadas|artigos relacionados|potrebbe interessarti( anche)?|leggi anche|articoli correlati|ilgili haberler|ilginizi çekebilir|bunlar da ilginizi çekebilir|benzer haberler|あわせて読みたい|関連記事|関連ニュース|おすすめ記事|人気の記事|관련 기사|관련기사|함께 읽으면 좋은 기사|추천 기사|có thể bạn quan tâm|tin liên quan|bài viết liên quan|baca juga|berita terkait|artikel terkait|related( articles| news| posts| stories| reading| content)?|read (more|next|also)|more (news|articles|stories|posts|for you|from .{1,40})|explore more( posts| articles)?|recommended( for you| articles)?|trending( now| news)?|latest( news| articles| posts)?|popular( now| articles)?|most (read|popular)|top stories|vous (pourriez|aimerez) (également|aussi) aimer|vous pourriez aussi aimer|à lire aussi|articles similaires|plus d'articles|dernières (actualités|nouvelles)|lesen sie auch|auch interessant|das könnte dich auch interessieren|das könnte sie auch interessieren|ähnliche artikel|mehr zum thema|weitere artikel|neueste artikel|también te puede interesar|te puede interesar|artículos relacionados|noticias relacionadas|más noticias|últimas noticias|вам также может понравиться|читайте также|похожие (статьи|новости|материалы)|ещё новости|еще новости|последние новости|相关推荐|相关文章|推荐阅读|热门文章|猜你喜欢|延伸阅读|最新资讯)$/i;

/** Labels that start an inline "see also" line inside an article body. */
export const SEE_ALSO =
  /^(see also|read also|also read|related|read more|recommended|voir aussi|lire aussi|à lire aussi|à lire également|siehe auch|lesen sie auch|lies auch|mehr dazu|ver también|lee también|lea también|relacionado|читайте также|см\. также|смотрите также|по теме|延伸阅读|相关阅读|另请参阅|推荐阅读|leia também|veja também|leggi anche|ayrıca oku|ayrıca bakınız|関連|あわせて読みたい|관련 기사|xem thêm|đọc thêm|baca juga)\s*[:：]/i;

/** Disclaimers and disclosures: kept visible, never hidden. */
export const DISCLAIMER =
  /(disclaimer|disclosure|not (intended as |constitute |be considered )?(investment|financial|trading) advice|no financial advice|investment decisions|risk warning|haftungsausschluss|keine anlageberatung|avertissement|conseil en investissement|décisions d'investissement|descargo de responsabilidad|asesoramiento financiero|отказ от ответственности|инвестиционной рекомендаци|免责声明|投资建议|风险提示|aviso legal|aconselhamento financeiro|esclusione di responsabilità|consulenza finanziaria|yatırım tavsiyesi|sorumluluk reddi|免責事項|投資助言|면책 조항|투자 조언|tuyên bố miễn trừ|lời khuyên tài chính|penafian|saran keuangan)/i;

/** App words, for download bars that link to a plain /download page. */
export const APP_WORDS =
  /(\bapp\b|\bapplication\b|\bapplicación\b|\banwendung\b|приложени|应用|客户端|\bApp\b|\baplicativo\b|\buygulama|アプリ|앱|ứng dụng|\baplikasi\b)/i;

/** Accept/close controls of notices. */
export const DISMISS_LABEL =
  /^(×|✕|✖|x|close|dismiss|fermer|schließen|cerrar|закрыть|关闭|no thanks|fechar|chiudi|kapat|閉じる|닫기|đóng|tutup|إغلاق)$/i;

/** Coin ticker: a symbol, a price, a signed change ("BTC/USDT 96,412.5 +1.84%"). */
export const TICKER =
  /\b[A-Z][A-Z0-9]{1,9}(\/[A-Z]{3,5})?\s*[$€]?\s*\d[\d,.\s\u00a0]*\s*[+\-−]?\s?\d+(?:[.,]\d+)?\s?%/;

/** Ad class tokens: the generic filter-list convention (`.ad-slot`, `.adUnit`, `.ad-container`). */
export const AD_CLASS_TOKEN =
  /(^|[\s_-])(ad|ads|adv|advert|advertisement|adslot|adunit|adbox|adcontainer|adwrapper|dfp|gpt-ad)([\s_-]|$)|(^|[\s_-])ad(Unit|Container|Slot|Wrapper|Box|Banner)/;
