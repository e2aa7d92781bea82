/**
 * "Sponsored / press release": the page itself says the article is paid for. Evidence, strongest first:
 * JSON-LD (AdvertiserContentArticle, genre, articleSection, keywords), article:section / article:tag meta,
 * WordPress category classes, a label in the byline zone or among the article's tags, a disclaimer sentence
 * ("This is a sponsored article"), a "[PRESS RELEASE – ...]" dateline opening the body.
 *
 * Never from body text that merely talks about sponsorship ("the exchange sponsored a football club"), from
 * ad slots labelled "Sponsored"/"Anzeige" inside the body or the sidebar, nor from the site's menu.
 */
import { blocksWithKeyword, isOutside, jsonLdItems, ldStrings, zoneElements, type PageContext } from './page';
import type { Disclosure } from './types';
import { collapseWhitespace } from '../util/text';

const BY = '(?:by|par|por|von|от|由)\\s+.{1,60}';

/** A label that always means a paid article, whole text of an element (after trimming brackets and bullets). */
const STRONG_LABEL = new RegExp(
  '^(?:' +
    [
      // en
      `sponsored(?: (?:content|post|article|story|feature|stories))?(?: ${BY})?`,
      '(?:paid )?press releases?',
      'partner(?:ed)? (?:content|post|story)',
      'paid (?:post|content|partnership|promotion|feature|article)',
      `promoted (?:content|post|story)(?: ${BY})?`,
      'advertorial',
      'brand(?:ed)? content',
      'advertiser content(?: from .{1,60})?',
      // fr
      'contenu sponsorisé',
      'articles? sponsorisés?',
      `sponsorisée?(?: ${BY})?`,
      'communiqués? de presse',
      'publi-?reportage',
      'publi-?rédactionnel',
      'contenu (?:de )?partenaire',
      // es
      `patrocinad[oa](?: ${BY})?`,
      'contenido patrocinado',
      'art[ií]culos? patrocinados?',
      'notas? de prensa',
      'comunicados? de prensa',
      'publirreportaje',
      // de
      `gesponsert(?: ${BY})?`,
      'gesponserter (?:beitrag|artikel|inhalt)',
      'pressemitteilung(?:en)?',
      'bezahlter (?:beitrag|artikel|inhalt)',
      'werbebeitrag',
      'sponsored post',
      // ru
      'на правах рекламы',
      'пресс-релиз[ыа]?',
      'спонсорский (?:материал|контент|пост)',
      'партн[её]рский (?:материал|контент|пост)',
      'рекламный (?:материал|пост)',
      // zh
      '赞助(?:内容|文章)?',
      '赞助商内容',
      '新闻稿',
      '软文',
      '合作(?:内容|稿件)',
      '商业合作',
    ].join('|') +
    ')$',
  'iu',
);

/**
 * Bare ad words: on news sites they usually label an ad slot, not the article. They count only as a byline
 * or tag label (class byline/meta/label/tag/category...) or right beside the title.
 */
const WEAK_LABEL =
  /^(?:ad|ads|advertisement|advertising|promoted|promotion|anzeige|werbung|publicité|publicidad|pub|реклама|广告|推广|廣告)$/iu;

/** Classes of a label's own box: where a byline or category label is, as opposed to an ad slot. */
const LABEL_BOX =
  /(^|[-_])(byline|meta|author|label|kicker|eyebrow|badge|tag|tags|category|categories|rubric|section|flag|overline|dateline|type|genre)($|[-_])/i;

/** Classes of an ad slot or promo box: a label inside one names the ad, not the article. */
const AD_BOX =
  /^(ad|ads|adv|advert|advertisement|adslot|adunit|adbox|banner|promo|promotion|promoted|dfp|gpt|googletag|teaser)$/i;
const SPONSOR_BOX_PART = /^(inline|card|box|banner|unit|widget|block|slot|links?|rail|ad|ads)$/i;

/** Keywords that open the (more expensive) sentence checks: one regex per text node. */
const SENTENCE_KEYWORD =
  /sponsor|press release|paid|advertorial|promoted|partner|communiqué|publireportage|patrocin|prensa|publirreportaje|gesponsert|pressemitteilung|bezahlt|werbung|anzeige|advertorial|рекламы|пресс-релиз|спонсор|партн[её]р|рекламн|赞助|新闻稿|广告|推广|软文|合作/iu;

/** A disclaimer sentence saying the article itself is paid for. */
const SENTENCES: readonly RegExp[] = [
  /\b(?:this|the following)(?: (?:article|post|content|story|piece|page|text|release))? (?:is|was) (?:a |an )?(?:sponsored\b|paid(?:[- ]for)? (?:post|article|content|promotion|press release|partnership|placement)|paid for by|promoted (?:post|content|article)|press release|paid press release|partner content|advertorial|advertisement|brought to you by|produced (?:in partnership with|by our partner)|provided by (?:a |an |our )?(?:sponsor|partner|advertiser))/i,
  /\b(?:cet article|ce contenu|ce texte|ce billet|cette publication|ceci|l'article suivant|le contenu suivant)\s+(?:est|a été)\s+(?:un |une )?(?:sponsoris|communiqué de presse|publireportage|publi-?rédactionnel|contenu sponsoris|article sponsoris|rédigé (?:en partenariat|par (?:un|notre) partenaire)|financé par|rémunéré)/i,
  /\b(?:este (?:artículo|articulo|contenido|texto)|esto|el siguiente (?:artículo|contenido|texto))\s+(?:es|ha sido|fue)\s+(?:un |una )?(?:patrocinad|nota de prensa|comunicado de prensa|publirreportaje|contenido patrocinado|pagad|financiad)/i,
  /\b(?:dieser (?:artikel|beitrag|text|inhalt)|dies|der folgende (?:artikel|beitrag|text)|folgender (?:artikel|beitrag|text))\s+(?:ist|wurde)\s+(?:eine |ein )?(?:gesponsert|pressemitteilung|bezahlt|werbung|eine anzeige|anzeige|advertorial|sponsored|in kooperation)/i,
  /(?:^|[\s«(])(?:стать[яи]|материал|публикация|текст|пост)\s+(?:(?:опубликован[аоы]?|размещ[её]н[аоы]?)\s+)?на правах рекламы/iu,
  /^\s*(?:\*\s*)?на правах рекламы/iu,
  /(?:^|[\s«(])(?:это|данный материал|эта статья|этот материал|статья|материал)\s+(?:—\s*|–\s*|-\s*|является\s+)?(?:пресс-релиз|спонсорск|партн[её]рск|рекламн)/iu,
  /(?:本文|此文|以下内容|本内容|本篇文章|本稿|此内容)(?:为|是|系|属于)(?:赞助|广告|新闻稿|推广|软文|合作|商业)/u,
];

/** "[PRESS RELEASE – London, May 2, 2025]" or "PRESS RELEASE:" opening the body (Cryptopotato, Cointelegraph). */
const DATELINE =
  /^\s*(?:\[\s*)?(?:paid )?(?:press release|sponsored|communiqué de presse|nota de prensa|comunicado de prensa|pressemitteilung|пресс-релиз|新闻稿)\s*(?:[–—\-:|\]]|$)/iu;

/** Whole-element texts are trimmed of these before matching: "(Anzeige)", "[Sponsored]", "— Press release —". */
const TRIM_START = /[\s[({«"'“”‘’•·|:\-–—]/u;
const TRIM_END = /[\s\])}»"'“”‘’•·|:\-–—.]/u;

const MAX_LABEL_CHARS = 80;
/** An element whose text is longer than this is no label, however much punctuation surrounds it. */
const MAX_LABEL_SOURCE_CHARS = 4 * MAX_LABEL_CHARS;

/**
 * The element's text without surrounding brackets and dashes, '' when too long to be a label. Trimmed by
 * two loops: the regular expression it replaces was quadratic on long runs of punctuation (review F7).
 */
export function labelText(el: Element): string {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_LABEL_SOURCE_CHARS * 4) return '';
  const text = collapseWhitespace(raw);
  if (text.length > MAX_LABEL_SOURCE_CHARS) return '';
  let start = 0;
  let end = text.length;
  while (start < end && TRIM_START.test(text[start] ?? '')) start++;
  while (end > start && TRIM_END.test(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
}

function matchLabel(text: string): 'strong' | 'weak' | null {
  if (!text || text.length > MAX_LABEL_CHARS) return null;
  if (STRONG_LABEL.test(text)) return 'strong';
  if (WEAK_LABEL.test(text)) return 'weak';
  return null;
}

function classTokens(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.split(/\s+/).filter(Boolean);
}

/** Whether an element between the label and the container is an ad slot ("ad-slot", "sponsored-inline"). */
function inAdBox(label: Element, container: Element | null): boolean {
  for (let el = label.parentElement; el && el !== container; el = el.parentElement) {
    if (el.tagName === 'INS') return true;
    for (const token of classTokens(el)) {
      const parts = token.split(/[-_]+/).filter(Boolean);
      if (parts.some((p) => AD_BOX.test(p))) return true;
      if (parts.some((p) => /^sponsor(ed|ship)?$/i.test(p)) && parts.some((p) => SPONSOR_BOX_PART.test(p)))
        return true;
    }
  }
  // A label whose box also holds an iframe, an ad image slot or a button is the ad's own caption.
  return !!label.parentElement?.querySelector('iframe, ins, button, [data-ad], [data-ad-slot]');
}

function inLabelBox(label: Element, ctx: PageContext): boolean {
  const title = ctx.title;
  if (title && (label.previousElementSibling === title || label.nextElementSibling === title)) return true;
  for (let el: Element | null = label; el && el !== ctx.container; el = el.parentElement) {
    if (classTokens(el).some((t) => LABEL_BOX.test(t))) return true;
    const itemprop = el.getAttribute('itemprop') ?? '';
    if (/articleSection|genre|keywords/i.test(itemprop)) return true;
  }
  return false;
}

function fromJsonLd(ctx: PageContext): string | null {
  for (const item of jsonLdItems(ctx.doc)) {
    const types = ([] as unknown[]).concat(item['@type'] ?? []);
    if (types.includes('AdvertiserContentArticle')) return 'JSON-LD type AdvertiserContentArticle';
    for (const field of ['genre', 'articleSection', 'keywords'] as const) {
      for (const value of ldStrings(item[field], field === 'keywords')) {
        if (matchLabel(value) === 'strong') return `JSON-LD ${field} “${value}”`;
      }
    }
  }
  return null;
}

function fromMeta(ctx: PageContext): string | null {
  // Meta tags live in <head>; a doc-wide query costs milliseconds on a deep page.
  const metas = (ctx.doc.head ?? ctx.doc).querySelectorAll(
    'meta[property="article:section"], meta[property="article:tag"], meta[name="article:section"], meta[name="news_keywords"], meta[name="keywords"], meta[name="parsely-section"], meta[name="category"]',
  );
  for (const meta of metas) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    for (const value of ldStrings(meta.getAttribute('content'), true)) {
      if (matchLabel(value) === 'strong') return `${name} “${value}”`;
    }
  }
  return null;
}

/** WordPress marks the post and the body: `category-press-releases`, `tag-sponsored` (post_class()). */
const WP_CLASS =
  /^(?:category|tag|post-tag|section)-(sponsored(?:-content|-post|-article)?|press-releases?|pr-news|paid-post|partner-content|advertorial|communiques?-de-presse|contenu-sponsorise|notas?-de-prensa|comunicados?-de-prensa|patrocinado|pressemitteilung(?:en)?|gesponsert|press-reliz|press-relizy|reklama)$/i;

function fromClasses(ctx: PageContext): string | null {
  const holders = new Set<Element>();
  for (const el of [ctx.title, ctx.root]) {
    const article = el?.closest('article');
    if (article) holders.add(article);
  }
  if (ctx.container) holders.add(ctx.container);
  if (ctx.doc.body) holders.add(ctx.doc.body);
  for (const el of holders) {
    for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
      if (WP_CLASS.test(token)) return `page class “${token}”`;
    }
  }
  return null;
}

function fromZone(ctx: PageContext): string | null {
  for (const el of zoneElements(ctx)) {
    const text = labelText(el);
    const kind = matchLabel(text);
    if (!kind || isOutside(el, ctx.container, false) || inAdBox(el, ctx.container)) continue;
    if (kind === 'weak' && !inLabelBox(el, ctx)) continue;
    return `label “${text}” beside the title`;
  }
  return null;
}

/** Links that name a tag or category by their address or markup. */
const TAG_LINK =
  'a[rel~="tag"], a[href*="/tag/"], a[href*="/tags/"], a[href*="/category/"], a[href*="/categories/"], a[href*="/section/"], a[href*="/topic/"], a[href*="press-release"], a[href*="sponsored"]';
/** A tag list's own box: `ul.tags`, `div.post-categories`. */
const TAG_BOX = /tag|categor|rubric|topic/i;
/** Tag lists are shallow (`ul.tags > li > a`); looking further up would cost a walk to the root per link. */
const TAG_BOX_DEPTH = 3;

function isTagLink(el: Element): boolean {
  if (el.matches(TAG_LINK)) return true;
  let box = el.parentElement;
  for (let i = 0; box && i < TAG_BOX_DEPTH; i++, box = box.parentElement) {
    if (TAG_BOX.test(box.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function fromTags(ctx: PageContext): string | null {
  const scope = ctx.container ?? ctx.doc.body;
  if (!scope) return null;
  // One pass over the links: attribute or descendant selectors over the whole container cost tens of ms on a
  // 2000-deep page (binance-square-hostile-xss).
  for (const el of scope.getElementsByTagName('a')) {
    const text = labelText(el);
    // Strong labels only: a tag "Advertising" names a topic as often as a paid post.
    if (matchLabel(text) !== 'strong' || !isTagLink(el) || isOutside(el, ctx.container, false)) continue;
    return `tag “${text}”`;
  }
  return null;
}

function fromSentences(ctx: PageContext): string | null {
  const scope = ctx.container ?? ctx.doc.body;
  if (!scope) return null;
  for (const block of blocksWithKeyword(scope, SENTENCE_KEYWORD, 600)) {
    const text = collapseWhitespace(block.textContent);
    const match = SENTENCES.map((re) => re.exec(text)).find((m) => m);
    // The ancestor checks walk up the tree: only for the rare block that says it.
    if (!match || isOutside(block, ctx.container, false) || inAdBox(block, ctx.container)) continue;
    return `disclaimer “${sentenceAround(text, match.index)}”`;
  }
  return null;
}

function fromDateline(ctx: PageContext): string | null {
  const scope = ctx.root ?? ctx.bodyStart;
  if (!scope) return null;
  const paragraphs = scope.matches('p') ? [scope] : [...scope.querySelectorAll('p')].slice(0, 2);
  for (const p of paragraphs) {
    // The dateline opens the body: its first characters are enough, whatever the paragraph's length.
    const text = collapseWhitespace((p.textContent ?? '').slice(0, 400));
    if (DATELINE.test(text)) return `the body opens with “${text.slice(0, 40)}…”`;
  }
  return null;
}

/** The sentence holding a match, capped: evidence stays short. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf('. ', index) + 1);
  const rest = text.slice(start).trim();
  const end = rest.search(/[.!?。](\s|$)/);
  const sentence = end >= 0 ? rest.slice(0, end + 1) : rest;
  return sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence;
}

export function findSponsored(ctx: PageContext): Disclosure | null {
  const evidence =
    fromJsonLd(ctx) ??
    fromMeta(ctx) ??
    fromClasses(ctx) ??
    fromZone(ctx) ??
    fromTags(ctx) ??
    fromDateline(ctx) ??
    fromSentences(ctx);
  return evidence ? { kind: 'sponsored', evidence } : null;
}
