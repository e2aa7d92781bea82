/**
 * What the promotion heuristics must never hide on an article page: the body root, its ancestors,
 * the title (h1), the byline's date, and the publisher's key-points box. Disclaimers are protected
 * by their text (see DISCLAIMER in promo-patterns). Pure: reads the DOM only.
 */
import { KEY_POINTS_LABEL } from '../extract/key-point-labels';
import { isOwnRoot } from '../world/own-nodes';
import { startsBefore } from '../util/dom-order';
import type { Layout } from './structure';

export interface PromoContext {
  doc: Document;
  root: Element | null;
  keyPoints: Element | null;
  /** Elements that no returned element may be, or contain. */
  guarded: Element[];
  /**
   * Trimmed text lengths, cached for one run (the DOM must not change during it): an exact length
   * (>= 0), or `-(n + 1)` when only "more than n" was needed (see textLength).
   */
  lengths: Map<Element, number>;
  /** Per element: 1 = in page chrome (header, nav, footer…), 2 = in our own UI (itself or an ancestor). */
  places: Map<Element, number>;
  /** Per element: a menu of section links (structure.ts isMenu), remembered for one run. */
  menus: Map<Element, boolean>;
  /** The page's address (same-site and off-site links); null when the document has none. */
  page: URL | null;
  /** Computed boxes of the candidates, once read (structure.ts readLayout); null before. */
  layout: Layout | null;
  /** Blocks whose verdict waits for their layout ("set apart" or not), judged after the batch read. */
  deferred: Set<Element>;
}

const MAX_LISTS_SCANNED = 40;
const MAX_LABEL_CHARS = 60;

export function buildPromoContext(doc: Document, root: Element | null): PromoContext {
  const h1s = [...doc.querySelectorAll('h1')].slice(0, 5);
  const title = (root && h1s.find((h) => !root.contains(h) && startsBefore(h, root))) ?? h1s[0] ?? null;
  const region = articleRegion(doc, title, root);
  const keyPoints = region ? findKeyPointsBox(region, root) : null;
  // The byline's date comes before the body (or in it); a later <time> belongs to a teaser below.
  const byline =
    [...(region?.querySelectorAll('time') ?? [])]
      .slice(0, 5)
      .find((t) => !root || root.contains(t) || startsBefore(t, root)) ?? null;
  const guarded = [root, ...h1s, keyPoints, byline].filter((el): el is Element => el !== null);
  return {
    doc,
    root,
    keyPoints,
    guarded,
    lengths: new Map(),
    places: new Map(),
    menus: new Map(),
    page: pageUrl(doc),
    layout: null,
    deferred: new Set(),
  };
}

function pageUrl(doc: Document): URL | null {
  try {
    const url = new URL(doc.URL);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** The smallest element holding both the title and the body (or whichever exists). */
function articleRegion(doc: Document, title: Element | null, root: Element | null): Element | null {
  if (title && root) {
    let el: Element | null = title;
    while (el && !el.contains(root)) el = el.parentElement;
    return el;
  }
  return root?.parentElement ?? title?.parentElement ?? doc.body;
}

/**
 * The first labelled list in the article region ("Key takeaways", "TL;DR", "Dans cet article").
 * First in document order, because related-article teasers further down carry their own
 * "What to know" lists (coindesk "More For You") that are not the article's.
 */
function findKeyPointsBox(region: Element, root: Element | null): Element | null {
  const lists = region.querySelectorAll('ul, ol');
  for (let i = 0; i < lists.length && i < MAX_LISTS_SCANNED; i++) {
    const list = lists[i];
    const box = list?.parentElement;
    if (!list || !box || list.closest('a, nav')) continue;
    const label =
      list.previousElementSibling ?? (box.firstElementChild !== list ? box.firstElementChild : null);
    // A label is short: never read the whole text of a big previous sibling.
    const text = label ? shortText(label, MAX_LABEL_CHARS) : null;
    if (!text || !KEY_POINTS_LABEL.test(text)) continue;
    // A box that is the body itself (or holds it) is too big to guard as a whole: guard the list.
    return box === root || (root && box.contains(root)) || box === region ? list : box;
  }
  return null;
}

/**
 * `el.textContent.trim().length` when that is at most `cap`; otherwise some number above `cap`.
 * Reads no more text than it needs: on a 5 MB page an ancestor of the article would otherwise cost
 * a megabyte-long string for a comparison with a few hundred characters.
 */
export function textLength(ctx: PromoContext, el: Element, cap = Number.POSITIVE_INFINITY): number {
  const known = ctx.lengths.get(el);
  if (known !== undefined) {
    if (known >= 0) return known;
    const atLeast = -known - 1;
    if (atLeast > cap) return atLeast;
  }
  const { length, exact } = trimmedLength(el, cap);
  ctx.lengths.set(el, exact ? length : -length - 1);
  return length;
}

/** Records the length of `text`, which the caller read as `el.textContent`, trimmed; returns it. */
export function rememberLength(ctx: PromoContext, el: Element, text: string): number {
  const length = text.trim().length;
  ctx.lengths.set(el, length);
  return length;
}

/** The trimmed text of `el` if it is at most `max` characters, else null (without reading it all). */
export function shortText(el: Element, max: number): string | null {
  if (trimmedLength(el, max).length > max) return null;
  return (el.textContent ?? '').trim();
}

const NON_SPACE = /\S/;

/**
 * Trimmed text length, walking text nodes until it passes `cap` (then `exact` is false and `length`
 * is a lower bound above `cap`). Same characters as textContent (script and style text included).
 */
function trimmedLength(el: Element, cap: number): { length: number; exact: boolean } {
  if (!el.firstElementChild) return { length: (el.textContent ?? '').trim().length, exact: true };
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0; // characters from the first non-space one on
  let trailing = 0; // spaces at the end of those
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let text = node.nodeValue ?? '';
    if (length === 0) {
      const start = text.search(NON_SPACE);
      if (start < 0) continue;
      text = text.slice(start);
    }
    const end = text.trimEnd().length;
    trailing = end === 0 ? trailing + text.length : text.length - end;
    length += text.length;
    if (length - trailing > cap) return { length: length - trailing, exact: false };
  }
  return { length: length - trailing, exact: true };
}

const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo']);

/** Navigation and page chrome: `header, nav, footer` and their ARIA roles. */
export function isChrome(el: Element): boolean {
  return CHROME_TAGS.has(el.tagName) || CHROME_ROLES.has(el.getAttribute('role') ?? '');
}

/** Bits of an element's remembered place (`ctx.places`). */
const IN_CHROME = 1;
const IN_OWN_UI = 2;

/** `el.closest(CHROME) !== null`, remembered for every ancestor it passes (seeds share ancestors). */
export function inChrome(ctx: PromoContext, el: Element): boolean {
  return (place(ctx, el) & IN_CHROME) !== 0;
}

/** `isOwn(el)` (inside one of the extension's nodes), remembered likewise. */
export function inOwnUi(ctx: PromoContext, el: Element): boolean {
  return (place(ctx, el) & IN_OWN_UI) !== 0;
}

function place(ctx: PromoContext, el: Element): number {
  const known = ctx.places.get(el);
  if (known !== undefined) return known;
  const chain: Element[] = [];
  let flags = 0;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const k = ctx.places.get(cur);
    if (k !== undefined) {
      flags = k;
      break;
    }
    chain.push(cur);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const cur = chain[i] as Element;
    flags |= (isChrome(cur) ? IN_CHROME : 0) | (isOwnRoot(cur) ? IN_OWN_UI : 0);
    ctx.places.set(cur, flags);
  }
  return flags;
}

/** True when `el` is, or holds, something guarded (so hiding it would hide article content). */
export function holdsGuarded(ctx: PromoContext, el: Element): boolean {
  return ctx.guarded.some((g) => g === el || el.contains(g));
}
