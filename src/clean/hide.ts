/**
 * Hiding, never deleting: one <style> owned by the extension holds the site's selectors (inserted at
 * document_start, before the first paint) and a rule for elements marked `data-unshill-hidden`
 * (heuristics, procedural rules). Revealing disables the sheet; removing it undoes everything.
 */
import { buildHideStylesheet } from './cosmetic';

export const HIDDEN_ATTR = 'data-unshill-hidden';
const MARK_RULE = `[${HIDDEN_ATTR}] { display: none !important; }`;

export interface HideState {
  /** Marks elements as promotions (hidden unless revealed). Returns how many were new. */
  mark(elements: Iterable<Element>, reason: string): number;
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
  /** Undoes everything: sheet removed, marks cleared. */
  remove(): void;
  readonly selectors: readonly string[];
}

export function createHideState(doc: Document, selectors: readonly string[]): HideState {
  const style = doc.createElement('style');
  style.setAttribute('data-unshill-added', '');
  style.textContent = `${buildHideStylesheet(selectors)}\n${MARK_RULE}`;
  const marked = new Set<Element>();
  let isRevealed = false;
  const combined = selectors.join(',');

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

  const api: HideState = {
    selectors,
    mark(elements, reason) {
      let added = 0;
      for (const el of elements) {
        if (marked.has(el) || el.closest('[data-unshill-added]')) continue;
        marked.add(el);
        el.setAttribute(HIDDEN_ATTR, reason);
        added++;
      }
      return added;
    },
    clearMarks() {
      for (const el of marked) el.removeAttribute(HIDDEN_ATTR);
      marked.clear();
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
