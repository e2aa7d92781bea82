/**
 * No gap where a bar was. A site that shows a fixed or sticky bar (app download, cookie strip) moves other
 * things out of its way: its sticky header gets `top: 52px`, the body a padding as tall as the bar. When the
 * bar is hidden those offsets stay and leave a blank strip. This finds them by comparing each offset with the
 * hidden bars' heights (no class names), and resets them with rules that live in the hide stylesheet, so
 * revealing the promotions (the sheet is disabled) or removing the extension puts the page's values back.
 *
 *   hidden bars ─► measure them shown (one synchronous layout, never painted)
 *   offsets    ─► sticky/fixed elements' top|bottom, html/body padding|margin on the bar's edge
 *   match      ─► an offset comparable to a bar (or to the bars of that edge together) is reset
 */

import { isOwnRoot } from '../world/own-nodes';

export type Edge = 'top' | 'bottom';

/** A hidden fixed or sticky bar, measured while shown. */
export interface Bar {
  edge: Edge;
  height: number;
  /**
   * The height its CSS asks for (min-height, with and without padding): sites reserve that, not what the
   * bar grows to when its content wraps on a narrow screen.
   */
  declared?: number[];
}

export type OffsetProperty = Edge | `padding-${Edge}` | `margin-${Edge}`;

/** A length the page set on one edge, that may have been reserved for a bar. */
export interface Offset<T = Element> {
  target: T;
  edge: Edge;
  property: OffsetProperty;
  px: number;
}

export interface OffsetFix<T = Element> {
  target: T;
  property: OffsetProperty;
  /** The value while the bar is hidden. */
  px: number;
}

/** Rounding between the height a site reserves and the bar's own (borders, fractional line heights). */
const BELOW_PX = 4;
/** Spacing a site adds to the bar's height when it reserves room for it. */
const SLACK_PX = 8;
/** Wider than this share of the viewport and flush with an edge: a bar, not a floating button. */
const MIN_BAR_WIDTH_SHARE = 0.5;
/** Taller than this share of the viewport: an overlay, whose room nobody reserves. */
const MAX_BAR_HEIGHT_SHARE = 0.4;
/** How deep under <body> sticky headers are looked for (they sit near the top of the tree). */
const MAX_DEPTH = 6;
/** Elements read at most, so a huge page costs no more than a small one. */
const MAX_SCANNED = 3000;

/** Heights an offset on `edge` may stand for: each bar (measured or declared), and the bars of that edge stacked. */
function reservations(bars: readonly Bar[], edge: Edge): number[] {
  const onEdge = bars.filter((b) => b.edge === edge && b.height > 0);
  const sizes = onEdge.flatMap((b) => [b.height, ...(b.declared ?? [])]).filter((h) => h > 0);
  const stacked = onEdge.reduce((sum, b) => sum + b.height, 0);
  return onEdge.length > 1 ? [...sizes, stacked] : sizes;
}

/**
 * Pure: which offsets were made for the hidden bars, and their value without them. An offset counts when it
 * equals a bar's height, give or take rounding and a little spacing; it then loses that height, keeping the
 * spacing. Larger offsets (a sidebar stuck below header and bar) and smaller ones are left as they are.
 */
export function matchOffsets<T>(bars: readonly Bar[], offsets: readonly Offset<T>[]): OffsetFix<T>[] {
  const fixes: OffsetFix<T>[] = [];
  for (const offset of offsets) {
    if (!(offset.px > 0)) continue;
    const fits = reservations(bars, offset.edge).filter(
      (h) => offset.px >= h - BELOW_PX && offset.px <= h + SLACK_PX,
    );
    if (!fits.length) continue;
    // The closest reading of what the site reserved.
    const height = fits.reduce((best, h) =>
      Math.abs(offset.px - h) < Math.abs(offset.px - best) ? h : best,
    );
    fixes.push({ target: offset.target, property: offset.property, px: Math.max(0, offset.px - height) });
  }
  return fixes;
}

export const OFFSET_ATTR = 'data-unshill-offset';

/**
 * Pure: the stylesheet rules for fixes, whose targets are `html`, `body` or the id of a
 * `[data-unshill-offset="<id>"]` mark. The root elements get no mark: a mark on <body> would make every
 * node look like the extension's own to code that checks ancestors for `data-unshill-*`.
 */
export function offsetFixCss(fixes: readonly OffsetFix<string>[]): string {
  return fixes
    .map((fix) => {
      const selector = /^(?:html|body)$/.test(fix.target) ? fix.target : `[${OFFSET_ATTR}="${fix.target}"]`;
      return `${selector} { ${fix.property}: ${fix.px}px !important; }`;
    })
    .join('\n');
}

function px(value: string): number {
  return value.endsWith('px') ? parseFloat(value) : NaN;
}

/** The edge a fixed or sticky element is pinned to, or null when it is not pinned flush to one. */
function pinnedEdge(style: CSSStyleDeclaration): Edge | null {
  if (style.position !== 'fixed' && style.position !== 'sticky') return null;
  if (Math.abs(px(style.top)) < 1) return 'top';
  if (Math.abs(px(style.bottom)) < 1) return 'bottom';
  return null;
}

function declaredHeights(style: CSSStyleDeclaration): number[] {
  const min = px(style.minHeight);
  if (!(min > 0)) return [];
  if (style.boxSizing === 'border-box') return [min];
  const extra = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
  return [min, min + extra.reduce((n, key) => n + (px(style[key]) || 0), 0)];
}

/** Reads the hidden bars (call while they are shown): pinned flush to an edge, wide, not an overlay. */
export function measureBars(hidden: Iterable<Element>, view: Window): Bar[] {
  const bars: Bar[] = [];
  for (const el of hidden) {
    if (!el.isConnected) continue;
    const style = view.getComputedStyle(el);
    const edge = pinnedEdge(style);
    if (!edge) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width < view.innerWidth * MIN_BAR_WIDTH_SHARE) continue;
    if (rect.height <= 0 || rect.height > view.innerHeight * MAX_BAR_HEIGHT_SHARE) continue;
    bars.push({ edge, height: rect.height, declared: declaredHeights(style) });
  }
  return bars;
}

/** Offsets on the edges of `edges`: html/body padding and margin, and pinned elements near the top of the tree. */
export function readOffsets(
  doc: Document,
  edges: ReadonlySet<Edge>,
  isHidden: (el: Element) => boolean,
): Offset[] {
  const view = doc.defaultView;
  if (!view || !edges.size) return [];
  const offsets: Offset[] = [];
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const style = view.getComputedStyle(el);
    for (const edge of edges) {
      for (const box of ['padding', 'margin'] as const) {
        const property = `${box}-${edge}` as const;
        offsets.push({ target: el, edge, property, px: px(style.getPropertyValue(property)) });
      }
    }
  }
  let scanned = 0;
  const walk = (parent: Element, depth: number): void => {
    for (const el of parent.children) {
      if (scanned++ > MAX_SCANNED) return;
      if (isOwnRoot(el) || isHidden(el)) continue;
      const style = view.getComputedStyle(el);
      if (style.display === 'none') continue;
      if (style.position === 'fixed' || style.position === 'sticky') {
        for (const edge of edges) offsets.push({ target: el, edge, property: edge, px: px(style[edge]) });
      }
      if (depth < MAX_DEPTH) walk(el, depth + 1);
    }
  };
  if (doc.body) walk(doc.body, 1);
  return offsets.filter((o) => o.px > 0);
}

export interface BarOffsets {
  /**
   * Measures the hidden bars and the offsets they left. `whileShown` runs its callback with the page as the
   * site made it (the hide sheet off) and puts the sheet back before returning, so nothing is painted between.
   * Returns true when the fixes changed (the caller rewrites the sheet).
   */
  refresh(hidden: Iterable<Element>, whileShown: (read: () => void) => void): boolean;
  /** Rules for the hide stylesheet. */
  css(): string;
  /** Takes the marks off the page's elements. */
  clear(): void;
}

export function createBarOffsets(doc: Document): BarOffsets {
  let ids = new Map<Element, string>();
  let lastPinned: Element[] = [];
  let css = '';

  const clear = (): void => {
    for (const el of ids.keys()) el.removeAttribute(OFFSET_ATTR);
    ids = new Map();
  };

  return {
    refresh(hidden, whileShown) {
      const view = doc.defaultView;
      if (!view) return false;
      // Reading styles is cheap; measuring is a layout: only when the set of hidden pinned elements changed.
      const hiddenSet = new Set(hidden);
      // Outermost hidden elements only: a bar inside a hidden element left no room of its own.
      const outermost = [...hiddenSet].filter((el) => {
        for (let p = el.parentElement; p; p = p.parentElement) if (hiddenSet.has(p)) return false;
        return el.isConnected;
      });
      const edges = new Set<Edge>();
      const pinned = outermost.filter((el) => {
        const edge = pinnedEdge(view.getComputedStyle(el));
        if (edge) edges.add(edge);
        return edge !== null;
      });
      if (pinned.length === lastPinned.length && pinned.every((el, i) => lastPinned[i] === el)) return false;
      lastPinned = pinned;
      let found: OffsetFix[] = [];
      const isHidden = (el: Element): boolean => hiddenSet.has(el);
      // Until a fix of ours is in the sheet, the offsets read with the sheet on are the page's own. Most
      // pages reserve no room for their bars: then nothing is measured, and the page is not styled and laid
      // out twice more with the bars shown. Once fixes are in, the offsets are read with the sheet off.
      const offsets = pinned.length && !css ? readOffsets(doc, edges, isHidden) : null;
      if (pinned.length && (offsets === null || offsets.length)) {
        whileShown(() => {
          found = matchOffsets(measureBars(pinned, view), offsets ?? readOffsets(doc, edges, isHidden));
        });
      }
      clear();
      const root = (el: Element): boolean => el === doc.documentElement || el === doc.body;
      for (const fix of found) {
        if (root(fix.target) || ids.has(fix.target)) continue;
        ids.set(fix.target, String(ids.size + 1));
        fix.target.setAttribute(OFFSET_ATTR, ids.get(fix.target) ?? '');
      }
      const next = offsetFixCss(
        found.map((f) => ({ ...f, target: ids.get(f.target) ?? f.target.localName })),
      );
      const changed = next !== css;
      css = next;
      return changed;
    },
    css: () => css,
    clear() {
      clear();
      lastPinned = [];
      css = '';
    },
  };
}
