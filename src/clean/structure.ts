/**
 * Structural promotion detectors: what a block is on the page, in any language.
 *
 *   rails      ─ three or more sibling teasers, each a link to another article of the same site
 *   bars       ─ fixed (or bottom-sticky) and about as wide as the viewport; overlays cover it
 *   ad slots   ─ standard ad sizes (IAB): empty reserved boxes, iframes, linked banner images
 *   menus      ─ lists of short links to site sections: never a promotion, wherever they sit
 *
 * Layout (computed style, boxes) is read only for candidates, in one batch (readLayout), never per
 * node of the page. Pure apart from those reads.
 */
import { holdsGuarded, inChrome, inOwnUi, textLength, type PromoContext } from './promo-context';
import { AD_HREF } from './promo-patterns';
import { isCommercialHref, isSameSiteArticleHref } from './promo-links';

export interface Box {
  position: string;
  zIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Own background, border or padding, or an aside: a box that stands apart from the text. */
  setApart: boolean;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Layout {
  boxes: Map<Element, Box>;
  viewport: Viewport;
}

/** Reads the layout of some elements at once (the only place that calls getComputedStyle). */
export type LayoutReader = (elements: readonly Element[]) => Layout;

/** Standard ad sizes (IAB fixed-size units plus the common mobile ones), width × height in CSS px. */
const AD_SIZES: readonly (readonly [number, number])[] = [
  [300, 250],
  [336, 280],
  [728, 90],
  [970, 90],
  [970, 250],
  [160, 600],
  [120, 600],
  [300, 600],
  [320, 50],
  [320, 100],
  [300, 50],
  [300, 100],
  [468, 60],
  [250, 250],
  [200, 200],
  [180, 150],
];
/** Slack for borders and rounding: a 302×252 box is still a 300×250 slot. */
const SIZE_SLACK = 6;

/** Iframes that carry editorial content (videos, posts, charts, maps), whatever their size. */
const EDITORIAL_EMBED =
  /(^|\/\/|\.)(youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|player\.|twitter\.com|x\.com|platform\.twitter|instagram\.com|facebook\.com\/plugins\/(post|video)|tiktok\.com|spotify\.com|soundcloud\.com|tradingview\.com|datawrapper\.dwcdn|flo\.uri\.sh|flourish|google\.com\/maps|maps\.google|reddit\.com|t\.me\/[^/]+\/\d|coingecko\.com\/widget|dune\.com\/embeds|glassnode)/i;

/** Teasers are short: a title, a byline and date, maybe a two-line dek. */
const MAX_TEASER_CHARS = 500;
const MIN_RAIL_ITEMS = 3;
const MAX_RAIL_CHARS = 6000;
/** A menu item is a word or two; a menu has several. */
const MAX_MENU_ITEM_CHARS = 40;
const MIN_MENU_ITEMS = 4;
/** How far up from a teaser link its item can sit (a > h3 > div.card > li). */
const MAX_TEASER_DEPTH = 4;

export function isAdSize(width: number, height: number): boolean {
  return AD_SIZES.some(([w, h]) => Math.abs(width - w) <= SIZE_SLACK && Math.abs(height - h) <= SIZE_SLACK);
}

/** An iframe whose address is an editorial embed (video, post, chart): never an ad by shape. */
export function isEditorialEmbed(src: string): boolean {
  return EDITORIAL_EMBED.test(src.slice(0, 300));
}

/**
 * A fixed bar or a covering overlay, by geometry alone. Sticky counts only when the element sits at
 * the bottom of the viewport (a sticky site header is navigation, and is excluded by the caller too).
 */
export function overlayKind(box: Box, viewport: Viewport): 'overlay' | 'bar' | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const fixed = box.position === 'fixed';
  const bottomSticky =
    box.position === 'sticky' && box.y > viewport.height / 2 && box.y + box.height >= viewport.height - 4;
  if (!fixed && !bottomSticky) return null;
  const wide = box.width >= viewport.width * 0.8;
  if (fixed && wide && box.height >= viewport.height * 0.6) return 'overlay';
  // A floating card (a cookie notice in a corner) is as much a bar as a full-width strip.
  const card =
    fixed && box.width >= 200 && box.height >= 60 && box.zIndex > 0 && box.height <= viewport.height * 0.6;
  if ((wide && box.height <= viewport.height * 0.35) || card) return 'bar';
  return null;
}

/**
 * A list of short links to site sections ("Investors", "Advertising", "Trade", "Join our team"):
 * navigation, wherever the page puts it. Rails (links to articles) are not menus.
 */
export function isMenu(el: Element, page: URL | null): boolean {
  if (/^(menu|menubar)$/.test(el.getAttribute('role') ?? '')) return true;
  const items = el.children;
  if (items.length < MIN_MENU_ITEMS || items.length > 80) return false;
  let links = 0;
  let articles = 0;
  for (const item of items) {
    const link = item.tagName === 'A' ? item : item.querySelector('a[href]');
    // An item is its label; a drop-down (nested list) under it is still part of the menu.
    const own = link && item.querySelector('ul, ol') ? link : item;
    if (boundedLength(own, MAX_MENU_ITEM_CHARS) > MAX_MENU_ITEM_CHARS) return false;
    if (!link) continue;
    links++;
    if (page && isSameSiteArticleHref(link.getAttribute('href') ?? '', page)) articles++;
  }
  return links >= MIN_MENU_ITEMS && links >= items.length * 0.75 && articles * 2 < links;
}

/** Text length up to `cap` (a number above `cap` when longer), without reading a big subtree whole. */
function boundedLength(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t && n <= cap; t = walker.nextNode())
    n += (t.nodeValue ?? '').trim().length;
  return n;
}

/** True when `el` is a menu or sits in one (up to three levels up, remembered per element). */
export function inMenu(ctx: PromoContext, el: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; i < 4 && cur && cur !== ctx.doc.body; i++, cur = cur.parentElement) {
    let known = ctx.menus.get(cur);
    if (known === undefined) {
      known =
        (cur.tagName === 'UL' || cur.tagName === 'OL' || cur.children.length >= MIN_MENU_ITEMS) &&
        isMenu(cur, ctx.page);
      ctx.menus.set(cur, known);
    }
    if (known) return true;
  }
  return false;
}

/**
 * Rails: containers with three or more child items that each hold a link to another article of the
 * same site and little else, before, after, beside or (mostly links) inside the body. Returns the
 * containers; the caller climbs to take their heading with them.
 */
export function findRails(ctx: PromoContext, articleLinks: readonly Element[]): Element[] {
  const items = new Map<Element, Set<Element>>();
  for (const link of articleLinks) {
    if (!link.isConnected || inChrome(ctx, link)) continue;
    let item: Element = link;
    for (let depth = 0; depth <= MAX_TEASER_DEPTH; depth++) {
      const parent: Element | null = item.parentElement;
      if (!parent || parent === ctx.doc.body) break;
      let set = items.get(parent);
      if (!set) items.set(parent, (set = new Set()));
      set.add(item);
      item = parent;
    }
  }
  const rails: Element[] = [];
  for (const [container, teasers] of items) {
    if (teasers.size < MIN_RAIL_ITEMS) continue;
    if (!isRail(ctx, container, teasers)) continue;
    rails.push(container);
  }
  // The outermost container that is a rail (a section holding a list of teasers is one rail).
  return rails.filter((r) => !rails.some((o) => o !== r && o.contains(r)));
}

function isRail(ctx: PromoContext, container: Element, teasers: Set<Element>): boolean {
  if (holdsGuarded(ctx, container) || inOwnUi(ctx, container)) return false;
  if (ctx.keyPoints?.contains(container)) return false;
  const total = textLength(ctx, container, MAX_RAIL_CHARS);
  if (total > MAX_RAIL_CHARS) return false;
  let teaserChars = 0;
  let linkChars = 0;
  for (const teaser of teasers) {
    const chars = textLength(ctx, teaser, MAX_TEASER_CHARS);
    if (chars > MAX_TEASER_CHARS) return false;
    teaserChars += chars;
    // Each teaser is titled by its link (a headline), or is an image link with a short caption.
    let title = 0;
    for (const a of teaser.tagName === 'A' ? [teaser] : teaser.querySelectorAll('a[href]'))
      title = Math.max(title, (a.textContent ?? '').trim().length);
    if (title < Math.min(15, chars * 0.5)) return false;
    linkChars += title;
  }
  // The rest of the container: a heading, a "more" link, nothing that reads as text of its own.
  let other = 0;
  for (const child of container.children) {
    if (teasers.has(child)) continue;
    const chars = textLength(ctx, child, 200);
    if (chars > 120) return false;
    if (chars > 0) other++;
  }
  if (other > 2) return false;
  // Inside the article body a rail must be almost only its links (not paragraphs that cite stories).
  const inBody = ctx.root?.contains(container) ?? false;
  return (!inBody || linkChars >= teaserChars * 0.7) && teaserChars >= total * 0.5;
}

/**
 * The ad a shape candidate stands for: an empty reserved box, an iframe or a linked banner image of
 * a standard ad size, or an iframe of an ad host. Null when the shape is editorial.
 */
export function adShapeTarget(el: Element, box: Box | undefined, ctx: PromoContext): Element | null {
  const tag = el.tagName;
  const sized = box !== undefined && isAdSize(box.width, box.height);
  if (tag === 'IFRAME') {
    const src = el.getAttribute('src') ?? '';
    if (AD_HREF.test(src.slice(0, 300))) return el;
    if (!sized || isEditorialEmbed(src)) return null;
    return el.closest('figure') ? null : el;
  }
  if (tag === 'IMG') {
    if (!sized || el.closest('figure')) return null;
    const link = el.closest('a[href]');
    if (!link) return null;
    const href = link.getAttribute('href') ?? '';
    // A banner: the image is the whole link, and the link leaves for an advertiser or an offer.
    if ((link.textContent ?? '').trim().length > 0) return null;
    return isCommercialHref(href) || isOffSite(href, ctx.page) || /[?&]utm_(campaign|source)=/.test(href)
      ? link
      : null;
  }
  // An empty box reserved for an ad that has not loaded (or was blocked).
  if (!sized || textLength(ctx, el, 0) > 0) return null;
  if (el.querySelector('img, picture, video, canvas, svg, audio, object, embed, input, textarea, select'))
    return null;
  return el;
}

export function isOffSite(href: string, page: URL | null): boolean {
  if (!page || !/^(https?:)?\/\//i.test(href)) return false;
  try {
    const host = new URL(href, page).hostname;
    return host !== page.hostname && !host.endsWith(`.${siteDomain(page.hostname)}`);
  } catch {
    return false;
  }
}

/** `www.bitget.com` → `bitget.com` (good enough for "same site": ads come from other domains). */
export function siteDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** Reads position, z-index, box and "set apart" for each element: reads only, in one go. */
export function readLayout(elements: readonly Element[]): Layout {
  const boxes = new Map<Element, Box>();
  const first = elements[0];
  const view = first?.ownerDocument.defaultView ?? null;
  const viewport = {
    width: view?.innerWidth || 1280,
    height: view?.innerHeight || 800,
  };
  if (!view) return { boxes, viewport };
  for (const el of elements) {
    if (boxes.has(el) || !el.isConnected) continue;
    const box = readBox(view, el);
    if (box) boxes.set(el, box);
  }
  return { boxes, viewport };
}

function readBox(view: Window, el: Element): Box | null {
  try {
    // Style only (a style pass, no layout): position, z-index, paint, declared sizes.
    const style = view.getComputedStyle(el);
    const position = style.position;
    let [width, height] = declaredSize(el, style);
    let x = 0;
    let y = 0;
    // Geometry (a layout pass) only for layers: fixed and sticky elements are few.
    if (position === 'fixed' || position === 'sticky') {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0)
        [width, height, x, y] = [rect.width, rect.height, rect.left, rect.top];
    }
    return {
      position,
      zIndex: Number.parseInt(style.zIndex, 10) || 0,
      x,
      y,
      width,
      height,
      setApart: isSetApart(el, style),
    };
  } catch {
    // A broken stylesheet must not stop the cleanup (jsdom throws on some): a box we cannot read is none.
    return null;
  }
}

/**
 * The size the markup declares: attributes, the inline style, or the stylesheet's min-width and
 * min-height (a reserved ad slot). Computed `width`/`height` would force a layout of the whole page.
 */
function declaredSize(el: Element, style: CSSStyleDeclaration): [number, number] {
  const px = (v: string | null | undefined): number => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(v ?? '');
    return m ? Number(m[1]) : 0;
  };
  const inline = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return [
    px(el.getAttribute('width')) || px(inline?.width) || px(style.minWidth),
    px(el.getAttribute('height')) || px(inline?.height) || px(style.minHeight),
  ];
}

function isSetApart(el: Element, style: CSSStyleDeclaration): boolean {
  if (el.tagName === 'ASIDE' || el.getAttribute('role') === 'complementary') return true;
  const bg = style.backgroundColor;
  const painted = !!bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'rgb(255, 255, 255)';
  const bordered = ['Top', 'Right', 'Bottom', 'Left'].filter(
    (side) =>
      Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
  ).length;
  return painted || bordered >= 2;
}
