/**
 * Shows translations in place, block by block, and puts the original back exactly: the original
 * child nodes are moved aside (not copied) and moved back on restore. Translations arrive as HTML
 * from an engine or a server and always pass the shared sanitizer first.
 */
import { sanitizeToFragment } from '../extract/sanitize';
import { markOwn } from '../world/own-nodes';

export type TranslationDisplay = 'replace' | 'side-by-side';

interface Changed {
  element: Element;
  original: DocumentFragment | null;
  added: Element | null;
  lang: string | null;
  dir: string | null;
}

export interface BlockTranslation {
  /** Sanitized inner HTML of each block, for the engine. */
  readonly sources: string[];
  show(index: number, html: string): void;
  restore(): void;
  readonly shown: number;
}

/** Inner HTML of `element` after the shared sanitizer (what we are willing to send to a translator). */
export function sanitizedInnerHtml(element: Element): string {
  const doc = element.ownerDocument;
  const holder = doc.createElement('div');
  holder.append(sanitizeToFragment(element.innerHTML, doc));
  return holder.innerHTML;
}

export function createBlockTranslation(
  elements: readonly Element[],
  target: string,
  display: TranslationDisplay,
): BlockTranslation {
  const sources = elements.map(sanitizedInnerHtml);
  const changed = new Map<number, Changed>();
  const dir = ['ar', 'he', 'fa', 'ur'].includes(target) ? 'rtl' : 'ltr';
  return {
    sources,
    get shown() {
      return changed.size;
    },
    show(index, html) {
      const element = elements[index];
      if (!element || !element.isConnected) return;
      const doc = element.ownerDocument;
      const translated = sanitizeToFragment(html, doc);
      const previous = changed.get(index);
      if (display === 'side-by-side') {
        const copy = doc.createElement(element.tagName === 'LI' ? 'div' : element.tagName.toLowerCase());
        markOwn(copy);
        copy.setAttribute('data-unshill-translation', '');
        copy.setAttribute('lang', target);
        copy.setAttribute('dir', dir);
        copy.append(translated);
        if (previous?.added) previous.added.replaceWith(copy);
        else if (element.tagName === 'LI') element.append(copy);
        else element.after(copy);
        changed.set(index, { element, original: null, added: copy, lang: null, dir: null });
        return;
      }
      if (!previous) {
        const original = doc.createDocumentFragment();
        original.append(...element.childNodes);
        changed.set(index, {
          element,
          original,
          added: null,
          lang: element.getAttribute('lang'),
          dir: element.getAttribute('dir'),
        });
      }
      element.replaceChildren(translated);
      element.setAttribute('lang', target);
      element.setAttribute('dir', dir);
    },
    restore() {
      for (const entry of changed.values()) {
        if (entry.added) {
          entry.added.remove();
          continue;
        }
        if (entry.original) entry.element.replaceChildren(entry.original);
        if (entry.lang === null) entry.element.removeAttribute('lang');
        else entry.element.setAttribute('lang', entry.lang);
        if (entry.dir === null) entry.element.removeAttribute('dir');
        else entry.element.setAttribute('dir', entry.dir);
      }
      changed.clear();
    },
  };
}
