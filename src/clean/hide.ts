/**
 * Hiding, never deleting: one <style> owned by the extension holds the site's selectors (inserted at
 * document_start, before the first paint) and a rule for elements marked `data-unshill-hidden`
 * (heuristics, procedural rules). Revealing disables the sheet; removing it undoes everything.
 * Offsets a hidden bar leaves behind (a sticky header's `top`) are reset by rules in the same sheet
 * (bar-offsets.ts), so they come back with the bar.
 */
import { createBarOffsets } from './bar-offsets';
import { buildHideStylesheet } from './cosmetic';
import { isOverlay } from './overlay';
import { isOwn, markOwn } from '../world/own-nodes';

export const HIDDEN_ATTR = 'data-unshill-hidden';
const MARK_RULE = `[${HIDDEN_ATTR}] { display: none !important; }`;
/** A hidden modal must not leave the page locked: sites set overflow hidden while their modal is open. */
const UNLOCK_SCROLL_RULE = 'html, body { overflow: auto !important; }';
/** Names of overlays; only these pay for a computed style (it forces a style pass on a fresh page). */
const OVERLAY_HINT =
  /modal|overlay|popup|pop-up|dialog|cookie|consent|gdpr|backdrop|lightbox|interstitial|welcome/i;

/** An overlay that may have locked the page's scrolling: by markup, or fixed by the page's CSS. */
function mayLockScroll(el: Element): boolean {
  if (el.localName === 'dialog' || isOverlay(el)) return true;
  if (!OVERLAY_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  const view = el.ownerDocument.defaultView;
  return !!view && view.getComputedStyle(el).position === 'fixed';
}

function scrollLocked(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  return [doc.documentElement, doc.body].some(
    (el) => !!el && /hidden|clip/.test(view.getComputedStyle(el).overflowY),
  );
}

export interface HideState {
  /** Marks elements as promotions (hidden unless revealed). Returns how many were new. */
  mark(elements: Iterable<Element>, reason: string): number;
  /** Shows these elements again for good ("Not a promotion"): unmarked, their own inline style back. */
  unmark(elements: Iterable<Element>): void;
  /** Unmarks everything marked by `mark` (a new article after in-page navigation). */
  clearMarks(): void;
  /** Marks the elements the site's CSS selectors match, so they are counted and left out of the reader. */
  markSiteMatches(root?: ParentNode): void;
  /** Number of promotions hidden (outermost marked elements). */
  count(): number;
  setRevealed(revealed: boolean): void;
  revealed(): boolean;
  /** Puts the stylesheet back if the page removed it. */
  ensureAttached(): void;
  /** Replaces the CSS selectors (the reader's custom rules arrived); marks stay. */
  setSelectors(selectors: readonly string[]): void;
  /** Undoes everything: sheet removed, marks cleared. */
  remove(): void;
  readonly selectors: readonly string[];
}

export function createHideState(doc: Document, initialSelectors: readonly string[]): HideState {
  let selectors = initialSelectors;
  let combined = selectors.join(',');
  let unlocked = false;
  let isRevealed = false;
  const marked = new Set<Element>();
  const barOffsets = createBarOffsets(doc);
  const sheet = (): string =>
    `${buildHideStylesheet(selectors)}\n${MARK_RULE}${unlocked ? `\n${UNLOCK_SCROLL_RULE}` : ''}\n${barOffsets.css()}`;
  const style = doc.createElement('style');
  markOwn(style);
  style.textContent = sheet();

  const attach = (): void => {
    const parent = doc.head ?? doc.documentElement;
    if (parent && !style.isConnected) parent.append(style);
  };
  attach();
  if (!style.isConnected) {
    // document_start can run before <html> exists: attach as soon as it does.
    const waiter = new MutationObserver(() => {
      if (doc.documentElement) {
        waiter.disconnect();
        attach();
      }
    });
    waiter.observe(doc, { childList: true });
  }

  // A page's inline `display: … !important` outranks any stylesheet: on marked elements that do it, the
  // same inline weight hides them, and the page's own value comes back on reveal or removal.
  const overridden = new Map<HTMLElement, { value: string; priority: string }>();
  const enforce = (el: Element): void => {
    if (isRevealed || !(el instanceof HTMLElement) || !marked.has(el)) return;
    const value = el.style.getPropertyValue('display');
    const priority = el.style.getPropertyPriority('display');
    if (priority !== 'important' || value === 'none') return;
    if (!overridden.has(el)) overridden.set(el, { value, priority });
    el.style.setProperty('display', 'none', 'important');
  };
  const restoreInline = (): void => {
    for (const [el, page] of overridden) el.style.setProperty('display', page.value, page.priority);
  };
  let guard: MutationObserver | null = null;
  const watchStyle = (el: Element): void => {
    guard ??= new MutationObserver((records) => records.forEach((r) => enforce(r.target as Element)));
    guard.observe(el, { attributes: true, attributeFilter: ['style'] });
  };

  // Once a frame at most, after new marks: the offsets hidden bars left (measured with the sheet off and
  // on again in the same task, so the bars are never painted).
  let offsetsPending = false;
  const whileShown = (read: () => void): void => {
    const media = style.media;
    style.media = 'not all';
    try {
      read();
    } finally {
      style.media = media;
    }
  };
  const fitOffsets = (): void => {
    offsetsPending = false;
    if (!style.isConnected) return;
    if (barOffsets.refresh(marked, whileShown)) style.textContent = sheet();
  };
  const scheduleOffsets = (): void => {
    const view = doc.defaultView;
    if (offsetsPending || !view) return;
    offsetsPending = true;
    if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(fitOffsets);
    else view.setTimeout(fitOffsets, 0);
  };

  const api: HideState = {
    get selectors() {
      return selectors;
    },
    setSelectors(next) {
      selectors = next;
      combined = next.join(',');
      style.textContent = sheet();
    },
    mark(elements, reason) {
      const fresh: Element[] = [];
      for (const el of elements) {
        if (marked.has(el) || isOwn(el)) continue;
        marked.add(el);
        fresh.push(el);
      }
      // Read styles before writing attributes: one style recalculation, not one per element.
      const overlay = !unlocked && fresh.some(mayLockScroll);
      for (const el of fresh) {
        el.setAttribute(HIDDEN_ATTR, reason);
        watchStyle(el);
        enforce(el);
      }
      const added = fresh.length;
      if (overlay && scrollLocked(doc)) {
        unlocked = true;
        style.textContent = sheet();
      }
      if (added) scheduleOffsets();
      return added;
    },
    unmark(elements) {
      for (const el of elements) {
        if (!marked.delete(el)) continue;
        el.removeAttribute(HIDDEN_ATTR);
        const page = el instanceof HTMLElement ? overridden.get(el) : undefined;
        if (page && el instanceof HTMLElement) {
          overridden.delete(el);
          el.style.setProperty('display', page.value, page.priority);
        }
      }
    },
    clearMarks() {
      guard?.disconnect();
      restoreInline();
      overridden.clear();
      for (const el of marked) el.removeAttribute(HIDDEN_ATTR);
      marked.clear();
      barOffsets.clear();
      style.textContent = sheet();
    },
    markSiteMatches(root = doc) {
      if (!combined) return;
      try {
        api.mark(root.querySelectorAll(combined), 'site-rule');
      } catch {
        // Selectors were validated when parsed; an engine that still rejects one keeps the others via CSS.
      }
    },
    count() {
      let n = 0;
      for (const el of marked) {
        if (el.isConnected && !el.parentElement?.closest(`[${HIDDEN_ATTR}]`)) n++;
      }
      return n;
    },
    setRevealed(revealed) {
      isRevealed = revealed;
      style.media = revealed ? 'not all' : '';
      if (revealed) restoreInline();
      else for (const el of overridden.keys()) enforce(el);
    },
    revealed: () => isRevealed,
    ensureAttached: attach,
    remove() {
      api.clearMarks();
      style.remove();
    },
  };
  return api;
}
