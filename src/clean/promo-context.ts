/**
 * What the promotion heuristics must never hide on an article page: the body root, its ancestors,
 * the title (h1), the byline's date, and the publisher's key-points box. Disclaimers are protected
 * by their text (see DISCLAIMER in promo-patterns). Pure: reads the DOM only.
 */
import { KEY_POINTS_LABEL } from './promo-patterns';

export interface PromoContext {
  doc: Document;
  root: Element | null;
  keyPoints: Element | null;
  /** Elements that no returned element may be, or contain. */
  guarded: Element[];
  /** textContent lengths, cached for one run (the DOM must not change during it). */
  lengths: Map<Element, number>;
}

const MAX_LISTS_SCANNED = 40;
const MAX_LABEL_CHARS = 60;

export function buildPromoContext(doc: Document, root: Element | null): PromoContext {
  const h1s = [...doc.querySelectorAll('h1')].slice(0, 5);
  const title = (root && h1s.find((h) => !root.contains(h) && precedes(h, root))) ?? h1s[0] ?? null;
  const region = articleRegion(doc, title, root);
  const keyPoints = region ? findKeyPointsBox(region, root) : null;
  const byline = region?.querySelector('time') ?? null;
  const guarded = [root, ...h1s, keyPoints, byline].filter((el): el is Element => el !== null);
  return { doc, root, keyPoints, guarded, lengths: new Map() };
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
    const text = label?.textContent?.trim() ?? '';
    if (!text || text.length > MAX_LABEL_CHARS || !KEY_POINTS_LABEL.test(text)) continue;
    // A box that is the body itself (or holds it) is too big to guard as a whole: guard the list.
    return box === root || (root && box.contains(root)) || box === region ? list : box;
  }
  return null;
}

export function textLength(ctx: PromoContext, el: Element): number {
  let n = ctx.lengths.get(el);
  if (n === undefined) {
    n = (el.textContent ?? '').trim().length;
    ctx.lengths.set(el, n);
  }
  return n;
}

/** True when `el` is, or holds, something guarded (so hiding it would hide article content). */
export function holdsGuarded(ctx: PromoContext, el: Element): boolean {
  return ctx.guarded.some((g) => g === el || el.contains(g));
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
}
