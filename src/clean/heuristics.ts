/**
 * Generic promotion heuristics for article pages on unknown or redesigned layouts.
 *
 *   seeds (promo-ish text, promo links, email inputs, ad images, overlays, empty ad slots)
 *     ─► climb to the widget (stop where the parent adds real text or holds article content)
 *     ─► classify (promo-classify) ─► keep outermost ─► merge sibling widgets into their box
 *
 * Pure: returns elements, hides nothing. Only call on article pages (see detect-article): on other
 * pages cookie notices and sign-up boxes are what the page is for.
 */
import { classifyBlock, isOverlay, SKIPPED_TEXT_PARENTS } from './promo-classify';
import { buildPromoContext, holdsGuarded, textLength, type PromoContext } from './promo-context';
import {
  AD_CLASS_TOKEN,
  AD_HREF,
  AD_LABEL,
  AD_MARK,
  APP_WORDS,
  COOKIE,
  CTA_LABEL,
  CTA_PHRASE,
  DISMISS_LABEL,
  NEWSLETTER,
  OFFER,
  PREMIUM,
  PROMO_HREF,
  RAIL_HEADING,
  SEE_ALSO,
  STORE_HREF,
  TICKER,
} from './promo-patterns';
import { findArticleRoot } from '../detect/article-root';

export interface PromoMatch {
  element: Element;
  reason: string;
}

const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'STRONG',
  'EM',
  'B',
  'I',
  'U',
  'S',
  'SMALL',
  'LABEL',
  'BUTTON',
  'IMG',
  'TIME',
  'SUP',
  'SUB',
  'CODE',
  'MARK',
  'ABBR',
  'INPUT',
  'PICTURE',
  'SOURCE',
  'svg',
  'SVG',
  'BR',
  'FONT',
  'BDI',
  'BDO',
  'Q',
  'CITE',
]);
/** Navigation and page chrome: never hidden (nav links to Trade/Earn are the site, not an ad). */
const CHROME = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';
const MAX_SEED_TEXT = 400;
const MAX_CLIMB = 12;
/** A wrapper may add a label or a close button, not content. */
const WRAPPER_EXTRA_CHARS = 30;
const MAX_RAIL_CHARS = 6000;

/** Promotions on the whole page. `articleRoot` from findArticleRoot (null: none found). */
export function findPromotions(doc: Document, articleRoot: Element | null): PromoMatch[] {
  if (!doc.body) return [];
  const ctx = buildPromoContext(doc, articleRoot);
  return run(ctx, [doc.body]);
}

/**
 * Promotions among nodes added after load (MutationObserver records). Looks only at those subtrees
 * (and their wrappers); if the article body itself arrived late (client-rendered pages), the root is
 * found again.
 */
export function findPromotionsIn(nodes: Iterable<Node>, articleRoot: Element | null): PromoMatch[] {
  const scopes: Element[] = [];
  for (const node of nodes) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el && el.isConnected && !isOwnNode(el)) scopes.push(el);
  }
  const first = scopes[0];
  if (!first) return [];
  const doc = first.ownerDocument;
  let root = articleRoot?.isConnected ? articleRoot : null;
  if (!root && scopes.some((s) => s.querySelector('p'))) root = findArticleRoot(doc);
  return run(buildPromoContext(doc, root), scopes);
}

function run(ctx: PromoContext, scopes: Element[]): PromoMatch[] {
  const seeds = new Set<Element>();
  const railHeadings = new Set<Element>();
  for (const scope of scopes) collectSeeds(scope, seeds, railHeadings);

  const found = new Map<Element, string>();
  for (const seed of seeds) {
    if (!eligible(ctx, seed)) continue;
    const container = climb(ctx, seed);
    const reason = classifyBlock(ctx, container);
    if (reason) found.set(container, reason);
    else if (container !== seed) {
      // The climb went one wrapper too far (a modal's title inside its mask): judge the seed alone.
      const own = classifyBlock(ctx, seed);
      if (own) found.set(seed, own);
    }
  }
  for (const heading of railHeadings) {
    const rail = railFor(ctx, heading);
    if (rail) found.set(rail, 'related-articles rail');
  }
  return mergeSiblings(ctx, outermost(found));
}

/** One walk over elements and text (cheaper than a querySelectorAll per signal on deep pages). */
function collectSeeds(scope: Element, seeds: Set<Element>, railHeadings: Set<Element>): void {
  const walker = scope.ownerDocument.createTreeWalker(scope, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  seedFromElement(scope, seeds);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      seedFromElement(n as Element, seeds);
      continue;
    }
    const parent = n.parentElement;
    if (!parent || SKIPPED_TEXT_PARENTS.has(parent.tagName)) continue;
    const t = n.nodeValue?.trim() ?? '';
    if (t.length < 1 || t.length > MAX_SEED_TEXT) continue;
    if (RAIL_HEADING.test(t.replace(/[:：]$/, '')) && isHeadingLike(parent)) railHeadings.add(parent);
    if (isSeedText(t)) seeds.add(blockOf(parent));
  }
}

function seedFromElement(el: Element, seeds: Set<Element>): void {
  const tag = el.tagName;
  if (tag === 'A') {
    const href = el.getAttribute('href')?.slice(0, 400) ?? '';
    if (
      STORE_HREF.test(href) ||
      AD_HREF.test(href) ||
      PROMO_HREF.test(href.replace(/^[a-z]+:\/\/[^/]+/i, ''))
    )
      seeds.add(blockOf(el));
  } else if (tag === 'INPUT') {
    const type = el.getAttribute('type') ?? '';
    if (type === 'email' || /mail/i.test(el.getAttribute('placeholder') ?? ''))
      seeds.add(el.closest('form') ?? blockOf(el));
  } else if (tag === 'IMG' || tag === 'IFRAME') {
    if (
      AD_LABEL.test(el.getAttribute('alt')?.trim() ?? '') ||
      AD_HREF.test(el.getAttribute('src')?.slice(0, 400) ?? '')
    )
      seeds.add(blockOf(el));
  }
  if (tag === 'BUTTON' || el.hasAttribute('aria-label') || el.getAttribute('role') === 'button') {
    const label = el.textContent?.trim() || el.getAttribute('aria-label') || '';
    if (label.length <= 12 && DISMISS_LABEL.test(label)) seeds.add(blockOf(el));
  }
  if ((el.hasAttribute('style') || el.hasAttribute('role') || el.hasAttribute('aria-modal')) && isOverlay(el))
    seeds.add(el);
  const cls = el.getAttribute('class');
  if ((cls || el.id) && AD_CLASS_TOKEN.test(`${cls?.slice(0, 300) ?? ''} ${el.id.slice(0, 100)}`)) {
    if ((el.textContent?.trim().length ?? 0) <= 40) seeds.add(el);
  }
}

function isSeedText(t: string): boolean {
  return (
    OFFER.test(t) ||
    PREMIUM.test(t) ||
    CTA_PHRASE.test(t) ||
    COOKIE.test(t) ||
    NEWSLETTER.test(t) ||
    SEE_ALSO.test(t) ||
    AD_LABEL.test(t) ||
    AD_MARK.test(t) ||
    APP_WORDS.test(t) ||
    TICKER.test(t) ||
    (t.length <= 40 && CTA_LABEL.test(t))
  );
}

function eligible(ctx: PromoContext, el: Element): boolean {
  if (el === ctx.doc.body || el === ctx.doc.documentElement || isOwnNode(el)) return false;
  if (el.closest(CHROME)) return false;
  return !holdsGuarded(ctx, el);
}

/** From a seed up to the widget: stop where the parent adds real text or holds article content. */
function climb(ctx: PromoContext, seed: Element): Element {
  let cur = seed;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = cur.parentElement;
    if (!parent || parent === ctx.doc.body || parent === ctx.doc.documentElement) break;
    if (holdsGuarded(ctx, parent) || parent.matches(CHROME)) break;
    const own = textLength(ctx, cur);
    const extra = textLength(ctx, parent) - own;
    if (extra > Math.max(WRAPPER_EXTRA_CHARS, own * 0.25)) break;
    cur = parent;
  }
  return cur;
}

/** The rail a heading introduces: its section, if that is a list of links and not the article. */
function railFor(ctx: PromoContext, heading: Element): Element | null {
  if (!eligible(ctx, heading)) return null;
  let box = heading.parentElement;
  if (box && linkCount(box, heading) === 0) box = box.parentElement;
  if (!box || !eligible(ctx, box)) return null;
  const links = linkCount(box, heading);
  const total = textLength(ctx, box);
  if (links === 0 || total > MAX_RAIL_CHARS) return null;
  const linkChars = [...box.querySelectorAll('a[href]')].reduce(
    (n, a) => n + (a.textContent?.trim().length ?? 0),
    0,
  );
  const rest = total - (heading.textContent?.trim().length ?? 0);
  // One teaser is a rail only if it is mostly its link; inside the body a rail must be mostly links.
  if ((links === 1 || ctx.root?.contains(box)) && linkChars < rest * 0.5) return null;
  return climb(ctx, box);
}

function linkCount(box: Element, heading: Element): number {
  let n = 0;
  for (const a of box.querySelectorAll('a[href]')) if (!heading.contains(a)) n++;
  return n;
}

function isHeadingLike(el: Element): boolean {
  if (/^H[2-6]$/.test(el.tagName)) return true;
  // A short label that opens its box: <div><p><strong>Related</strong></p><ul>…
  const block = blockOf(el);
  return block.parentElement?.firstElementChild === block && (block.textContent?.length ?? 0) <= 60;
}

function blockOf(el: Element): Element {
  let cur = el;
  while (INLINE_TAGS.has(cur.tagName) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

function outermost(found: Map<Element, string>): Map<Element, string> {
  const result = new Map<Element, string>();
  for (const [el, reason] of found) {
    let inside = false;
    for (let p = el.parentElement; p && !inside; p = p.parentElement) inside = found.has(p);
    if (!inside) result.set(el, reason);
  }
  return result;
}

/** Sibling widgets that fill their whole box (a sidebar of offers, a row of coin cards): hide the box. */
function mergeSiblings(ctx: PromoContext, found: Map<Element, string>): PromoMatch[] {
  const parents = new Set<Element>();
  for (const el of found.keys()) if (el.parentElement) parents.add(el.parentElement);
  for (const parent of parents) {
    const kids = [...parent.children].filter(
      (k) =>
        !SKIPPED_TEXT_PARENTS.has(k.tagName) && (textLength(ctx, k) > 0 || k.querySelector('img, iframe')),
    );
    if (kids.length < 2 || !kids.every((k) => found.has(k))) continue;
    if (!eligible(ctx, parent) || parent.matches('main, article, [role="main"]')) continue;
    const first = kids[0];
    const reason = first ? found.get(first) : undefined;
    for (const k of kids) found.delete(k);
    found.set(parent, `group: ${reason ?? 'promotions'}`);
  }
  return [...outermost(found)].map(([element, reason]) => ({ element, reason }));
}

function isOwnNode(el: Element): boolean {
  return el.tagName.startsWith('UNSHILL-') || el.closest('[data-unshill-own]') !== null;
}
