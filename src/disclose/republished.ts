/**
 * "Republished": the article names another original source. Exchanges' news sections mostly carry other
 * outlets' stories (Bitget: "CryptoPotato 2024/03/28 10:15 By: ..." beside the title; Binance Square: the
 * post's author is Benzinga's account; real Bitget pages read "Cointime Cointime 2024/02/27 15:41 By:Cointime",
 * see shared/corpus/evidence.md). Evidence, strongest first: JSON-LD isBasedOn / sourceOrganization / an
 * organisation author that is not the publisher, original-source meta, a canonical link to another site, a
 * source line beside the title, an "Originally published on ..." note, a "Source: <link>" line closing the body.
 *
 * Not evidence: image and chart credits ("Source: Glassnode" under a chart, figcaptions), the publisher's own
 * name, or data providers named as a source.
 */
import {
  blocksWithKeyword,
  brandOf,
  headQuery,
  isOutside,
  isPublisher,
  jsonLdItems,
  nameKey,
  parseUrl,
  sameBrand,
  stringOf,
  zoneElements,
  type LdItem,
  type PageContext,
} from './page';
import type { Disclosure } from './types';
import { collapseWhitespace } from '../util/text';

/**
 * News outlets whose stories exchanges and aggregators republish. Matched on the whole text of a byline
 * element, so a longer list costs nothing; compared with nameKey().
 */
const OUTLETS = [
  'Cointelegraph',
  'CoinDesk',
  'The Block',
  'Cointime',
  'CryptoPotato',
  'FXStreet',
  'MoneyCheck',
  'AMBCrypto',
  'Benzinga',
  'Decrypt',
  'BeInCrypto',
  'Bitcoinist',
  'NewsBTC',
  'U.Today',
  'CryptoSlate',
  'Cryptopolitan',
  'CoinGape',
  'Coinpedia',
  'Blockworks',
  'Odaily',
  'Odaily Planet Daily',
  'PANews',
  'BlockBeats',
  'Foresight News',
  'ChainCatcher',
  'Jinse Finance',
  '金色财经',
  '律动BlockBeats',
  '吴说区块链',
  'Wu Blockchain',
  'TechFlow',
  '深潮TechFlow',
  'Crypto.news',
  'Cryptonews',
  'Crypto Briefing',
  'The Defiant',
  'DL News',
  'Protos',
  'Watcher.Guru',
  'Coinspeaker',
  'ZyCrypto',
  'CryptoDaily',
  'CoinJournal',
  'Finbold',
  'Bitcoin.com News',
  'Bitcoin Magazine',
  'CryptoGlobe',
  'Invezz',
  'CoinCodex',
  'TokenPost',
  'ForkLog',
  'Bits.media',
  'RBC Crypto',
  'BTC-ECHO',
  'Coinpaper',
  'Bitcoin World',
  'Crypto Economy',
  'CryptoRank',
  'Reuters',
  'Bloomberg',
  'CNBC',
  'Forbes',
  'Fortune Crypto',
  'Yahoo Finance',
  'Mitrade',
  'Coinlive',
  'Followin',
  'BlockTempo',
  '動區動趨',
  'ABMedia',
  '链捕手',
  'Cryptoast',
  'Journal du Coin',
  'Criptonoticias',
  'Cointelegraph en Español',
  'DiarioBitcoin',
  'Crypto-News-Flash',
  'Incrypted',
  'Coinspot',
].map(nameKey);
const OUTLET_KEYS = new Set(OUTLETS);

/** Named as "Source:" these are chart, data or photo credits, never the article's origin. */
const DATA_SOURCES = new Set(
  [
    'Glassnode',
    'TradingView',
    'CoinGlass',
    'Santiment',
    'CryptoQuant',
    'IntoTheBlock',
    'Shutterstock',
    'Getty Images',
    'Getty',
    'Unsplash',
    'Dune',
    'Dune Analytics',
    'DefiLlama',
    'Arkham',
    'Arkham Intelligence',
    'Lookonchain',
    'Nansen',
    'Messari',
    'Kaiko',
    'CoinMarketCap',
    'CoinGecko',
    'X',
    'Twitter',
    'Farside',
    'Farside Investors',
    'SoSoValue',
    'Etherscan',
    'Blockchain.com',
    'Bitinfocharts',
    'Polymarket',
    'CME',
    'CME FedWatch',
    'Adobe Stock',
    'Pexels',
  ].map(nameKey),
);

/** Class tokens of a source line: a token `source`, `src`, `origin`... between `-`/`_` separators or alone. */
const SOURCE_CLASS = /(^|[-_])(source|src|origin|original|syndication|provider|via)($|[-_])/i;
/** Prefixes of a byline before a name: "By:", "Par :", "Source:", "来源：". */
const NAME_PREFIX =
  /^(?:by|par|por|von|от|автор|источник|source|sources|fuente|quelle|fonte|via|来源|來源|出处|作者|原文)\s*[:：]?\s+|^(?:by|par|por|von|источник|source|fuente|quelle|来源|來源|出处|作者)\s*[:：]\s*/iu;
/** A line that names the source: "Source: CoinDesk", "Источник: РБК", "来源：金色财经". */
const SOURCE_LINE =
  /^(?:source|sources|via|original(?: article| source| post| story)?|fuente|fuentes|origen|quelle|источник|первоисточник|来源|來源|出处|原文(?:链接|來源|来源|出处|地址)?|fonte)\s*[:：]\s*(.{2,140})$/iu;
const SOURCE_KEYWORD = /source|via|original|fuente|origen|quelle|источник|来源|來源|出处|原文|fonte/iu;
/**
 * "Originally published on ...", in six languages. The article must be the subject (or the note must open
 * with it): "the whitepaper was originally published in 2008" and "the bug first appeared in v2.1" are not notes.
 */
const ORIGINALLY: readonly RegExp[] = [
  /\b(?:this|the) (?:article|story|post|piece|report|analysis|op-ed|column|interview) (?:was |has been |is )?(?:originally|first) (?:published|posted|appeared)\b/i,
  /^(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|posted|appeared) (?:on|at|in|by)\b/i,
  /\bappeared first on\b|\b(?:republished|reprinted|syndicated) (?:here )?(?:with permission )?(?:from|by)\b|\bread the original (?:article|story|post)\b/i,
  /(?:cet article|l'article|ce texte|cette analyse|ce billet)\s+(?:a été\s+|est\s+)?(?:initialement|originellement|d'abord|à l'origine)\s+(?:publié|paru)|^(?:article )?(?:initialement|originellement|d'abord) (?:publié|paru)|^publié à l'origine|republié avec (?:l'autorisation|la permission)/i,
  /(?:este artículo|el artículo|este texto|este análisis)\s+(?:fue\s+|ha sido\s+)?(?:publicado|aparecido)\s+(?:originalmente|originariamente|por primera vez)|^(?:artículo )?(?:publicado|aparecido) (?:originalmente|originariamente|por primera vez)|^originalmente publicado/i,
  /(?:dieser artikel|der artikel|dieser beitrag|der beitrag|dieser text)\s+(?:ist|wurde|erschien)\s+(?:zuerst|ursprünglich|erstmals)|^(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht)/i,
  /(?:статья|материал|текст|публикация)\s+(?:был[аоы]?\s+)?(?:впервые|изначально|первоначально)\s+(?:опубликован|вышел|вышла|вышло|размещ)|^(?:впервые|изначально|первоначально)\s+опубликован|оригинал (?:статьи|материала|публикации)/iu,
  /(?:本文|文章|原文)(?:首发于|首發於|原载于|原載於|最初发表于|转载自|轉載自|来源于|來源於)|转载自|轉載自|文章来源\s*[:：]/u,
];
const ORIGINALLY_KEYWORD =
  /original|first|republish|appeared|reprint|syndicat|initialement|originellement|origine|d'abord|originalmente|originariamente|primera vez|ursprünglich|zuerst|erstmals|впервые|изначально|первоначально|оригинал|首发|首發|原载|原載|转载|轉載|来源|來源|最初/iu;

const MAX_NAME_CHARS = 60;
/** How many text blocks at the end of the body may hold a closing "Source: ..." line. */
const CLOSING_BLOCKS = 3;

function isOutlet(name: string): boolean {
  return OUTLET_KEYS.has(nameKey(name));
}

function stripPrefix(text: string): string {
  return collapseWhitespace(text.replace(NAME_PREFIX, ''));
}

/** A link in `el` (or `el` itself) to another site than the page's: the original, when given. */
function externalLink(ctx: PageContext, el: Element): URL | null {
  const anchors = el.matches('a[href]') ? [el] : [...el.querySelectorAll('a[href]')];
  for (const a of anchors) {
    const url = parseUrl(a.getAttribute('href'), ctx.url ?? a.baseURI);
    if (url && !isOwnHost(ctx, url)) return url;
  }
  return null;
}

function isOwnHost(ctx: PageContext, url: URL): boolean {
  return !!ctx.url && sameBrand(brandOf(url.hostname), brandOf(ctx.url.hostname));
}

function result(evidence: string, url?: URL | null): Disclosure {
  return url ? { kind: 'republished', evidence, originalUrl: url.href } : { kind: 'republished', evidence };
}

function ldUrl(ctx: PageContext, value: unknown): URL | null {
  for (const v of Array.isArray(value) ? value : [value]) {
    const href =
      typeof v === 'string'
        ? v
        : v && typeof v === 'object'
          ? stringOf((v as LdItem)['url'] ?? (v as LdItem)['@id'])
          : '';
    const url = parseUrl(href, ctx.url);
    if (url && !isOwnHost(ctx, url)) return url;
  }
  return null;
}

function ldName(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  return first && typeof first === 'object' ? stringOf((first as LdItem)['name']) : '';
}

function fromJsonLd(ctx: PageContext): Disclosure | null {
  for (const item of jsonLdItems(ctx.doc)) {
    const basedOn = ldUrl(ctx, item['isBasedOn'] ?? item['isBasedOnUrl']);
    if (basedOn) return result(`JSON-LD isBasedOn ${basedOn.hostname}`, basedOn);
    const source = ldName(item['sourceOrganization']);
    if (source && !isPublisher(ctx, source)) return result(`JSON-LD sourceOrganization “${source}”`);
    // An organisation as author that is not the publisher: a news outlet's story on someone else's site.
    const authors = Array.isArray(item['author']) ? item['author'] : [item['author']];
    for (const author of authors) {
      if (!author || typeof author !== 'object') continue;
      const record = author as LdItem;
      const name = stringOf(record['name']);
      // A known outlet, or an author page on another site: a desk name of the publisher itself stays quiet.
      const elsewhere = ldUrl(ctx, record['url']);
      if (name && (isOutlet(name) || elsewhere) && !isPublisher(ctx, name)) {
        return result(`JSON-LD author “${name}” is not the publisher`, elsewhere);
      }
    }
  }
  return null;
}

function fromMeta(ctx: PageContext): Disclosure | null {
  for (const sel of [
    'meta[name="original-source"]',
    'meta[name="syndication-source"]',
    'meta[property="article:original_url"]',
  ]) {
    const url = parseUrl(headQuery(ctx.doc, sel)?.getAttribute('content'), ctx.url);
    if (url && !isOwnHost(ctx, url))
      return result(`${sel.replace(/^meta\[\w+="|"\]$/g, '')} ${url.hostname}`, url);
  }
  const canonical = parseUrl(headQuery(ctx.doc, 'link[rel~="canonical"]')?.getAttribute('href'), ctx.url);
  if (canonical && ctx.url && !isOwnHost(ctx, canonical)) {
    return result(`canonical link to ${canonical.hostname}`, canonical);
  }
  return null;
}

/** A source or byline element beside the title naming another outlet. */
function fromZone(ctx: PageContext): Disclosure | null {
  for (const el of zoneElements(ctx)) {
    if (isOutside(el, ctx.container) || el.closest('figure, figcaption, h1, h2, h3, ul, ol')) continue;
    const text = collapseWhitespace(el.textContent);
    if (!text || text.length > MAX_NAME_CHARS + 20) continue;
    const sourceLine = SOURCE_LINE.exec(text);
    const name = sourceLine ? collapseWhitespace(sourceLine[1]) : stripPrefix(text);
    if (!name || name.length > MAX_NAME_CHARS || isPublisher(ctx, name) || DATA_SOURCES.has(nameKey(name)))
      continue;
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.split(/\s+/);
    const sourceClass = tokens.some(
      (t) => SOURCE_CLASS.test(t) || /^(sourceOrganization|isBasedOn)$/.test(t),
    );
    // Leaves only for outlet names: the meta line holding "Cointelegraph" and a date is not a name.
    if (sourceClass || sourceLine || ((el.childElementCount === 0 || el.matches('a')) && isOutlet(name))) {
      return result(`source “${name}” named beside the title`, externalLink(ctx, el));
    }
  }
  return null;
}

/** Blocks right after an image are captions even when not marked up as one. */
function isCaption(block: Element): boolean {
  if (block.closest('figure, figcaption, caption, table, picture')) return true;
  if (/caption|credit/i.test(block.getAttribute('class') ?? '')) return true;
  if (block.querySelector('img')) return true;
  const prev = block.previousElementSibling;
  return !!prev && prev.matches('img, picture, figure, svg, canvas, iframe, video');
}

/** The last few text blocks of the body: where a closing "Source: ..." line sits. */
function closingBlocks(ctx: PageContext): Set<Element> {
  const root = ctx.root;
  const out = new Set<Element>();
  if (!root) return out;
  const blocks = [...root.querySelectorAll('p, div, li, blockquote, em, span')].filter(
    (b) => b.childElementCount === 0 || b.matches('p'),
  );
  const texts = blocks.filter((b) => collapseWhitespace(b.textContent).length > 0);
  for (const b of texts.slice(-CLOSING_BLOCKS)) out.add(b);
  // A note right after the body (a sibling of the root) counts too.
  for (let el = root.nextElementSibling, i = 0; el && i < 2; el = el.nextElementSibling, i++) out.add(el);
  return out;
}

function near(block: Element, set: Set<Element>): boolean {
  for (const el of set) if (el === block || el.contains(block) || block.contains(el)) return true;
  return false;
}

function fromSourceLines(ctx: PageContext): Disclosure | null {
  const scope = ctx.container ?? ctx.root;
  if (!scope) return null;
  let closing: Set<Element> | null = null;
  for (const block of blocksWithKeyword(scope, SOURCE_KEYWORD, 200)) {
    if (isOutside(block, ctx.container) || isCaption(block)) continue;
    const match = SOURCE_LINE.exec(collapseWhitespace(block.textContent));
    if (!match) continue;
    // "来源：金色财经，原文链接：…": the name ends at the first separator.
    const name = collapseWhitespace((match[1] ?? '').split(/[,，;；|]/)[0]);
    if (isPublisher(ctx, name) || DATA_SOURCES.has(nameKey(name))) continue;
    const link = externalLink(ctx, block);
    closing ??= closingBlocks(ctx);
    if (link || near(block, closing)) return result(`source line “${name}”`, link);
  }
  return null;
}

function fromSentences(ctx: PageContext): Disclosure | null {
  const scope = ctx.container ?? ctx.root;
  if (!scope) return null;
  for (const block of blocksWithKeyword(scope, ORIGINALLY_KEYWORD, 400)) {
    if (isOutside(block, ctx.container)) continue;
    const text = collapseWhitespace(block.textContent);
    const match = ORIGINALLY.map((re) => re.exec(text)).find((m) => m);
    if (!match) continue;
    const link = externalLink(ctx, block);
    const quote = text.slice(Math.max(0, match.index - 20), match.index + 70).trim();
    return result(`“${quote}${text.length > match.index + 70 ? '…' : ''}”`, link);
  }
  return null;
}

export function findRepublished(ctx: PageContext): Disclosure | null {
  return fromJsonLd(ctx) ?? fromMeta(ctx) ?? fromSentences(ctx) ?? fromSourceLines(ctx) ?? fromZone(ctx);
}
