/**
 * The publisher's own key-points box, so the reader sees each point once. On a wide screen the box stays
 * (it is the publisher's, and part of the article's look) and the panel does not repeat it; on a phone the
 * one-line panel takes its place: the box is folded away ("absorbed", not a promotion, not counted) and its
 * points are one tap away in the panel. "Show hidden" brings it back; removing the extension undoes it.
 */
import { collapseWhitespace } from '../util/text';
import { markOwn } from '../world/own-nodes';

export const ABSORBED_ATTR = 'data-unshill-absorbed';
const ABSORBED_RULE = `[${ABSORBED_ATTR}] { display: none !important; }`;

/** Longer than the points by this much: the block holds more than the box (a wrapper of the article). */
const MAX_EXTRA_CHARS = 200;

/**
 * Pure: the elements of the box worth folding away: not holding the article root or the headline, and
 * little text besides the points themselves.
 */
export function boxElements(
  blocks: readonly Element[],
  points: readonly string[],
  root: Element | null,
): Element[] {
  const pointChars = points.reduce((n, p) => n + p.length, 0);
  return blocks.filter((block) => {
    if (root && (block === root || block.contains(root))) return false;
    if (block.querySelector('h1') || block.matches('h1, body, main, article')) return false;
    const text = collapseWhitespace(block.textContent);
    return text.length <= pointChars + MAX_EXTRA_CHARS;
  });
}

export interface PublisherBox {
  readonly elements: readonly Element[];
  /** True when the reader can see the box (not hidden by the site or by us). */
  shownByPage(): boolean;
  setAbsorbed(absorbed: boolean): void;
  remove(): void;
}

export function createPublisherBox(doc: Document, elements: readonly Element[]): PublisherBox {
  const style = markOwn(doc.createElement('style'));
  style.textContent = ABSORBED_RULE;
  let absorbed = false;
  const apply = (): void => {
    if (absorbed && !style.isConnected) (doc.head ?? doc.documentElement).append(style);
    for (const el of elements) {
      if (absorbed) el.setAttribute(ABSORBED_ATTR, '');
      else el.removeAttribute(ABSORBED_ATTR);
    }
  };
  return {
    elements,
    shownByPage() {
      if (absorbed || !elements.length) return false;
      return elements.every((el) => el.isConnected && (el as HTMLElement).getClientRects().length > 0);
    },
    setAbsorbed(next) {
      if (next === absorbed && (!next || style.isConnected)) return;
      absorbed = next;
      apply();
    },
    remove() {
      absorbed = false;
      apply();
      style.remove();
    },
  };
}
