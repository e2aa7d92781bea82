import { HIDDEN_ATTR } from '../clean/hide';
import { isOwn } from '../world/own-nodes';
import { collapseWhitespace } from '../util/text';

/** Blocks of running text, in reading order; captions, code and the extension's own nodes are left out. */
const TEXT_BLOCKS = 'p, li, blockquote, h2, h3, h4';
const SKIP = `figcaption, figure, pre, code, nav, aside, footer, [${HIDDEN_ATTR}]`;

export interface TextBlock {
  element: Element;
  text: string;
}

/** The text blocks of an article root, outermost only (an li's p is not counted twice). */
export function articleTextBlocks(root: ParentNode, exclude: readonly Element[] = []): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const element of root.querySelectorAll(TEXT_BLOCKS)) {
    if (element.closest(SKIP) || isOwn(element)) continue;
    if (exclude.some((block) => block.contains(element))) continue;
    if (
      element.parentElement?.closest(TEXT_BLOCKS) &&
      root.contains(element.parentElement.closest(TEXT_BLOCKS))
    ) {
      continue;
    }
    const text = collapseWhitespace(element.textContent);
    if (text) blocks.push({ element, text });
  }
  return blocks;
}

/** Shorter runs of loose text are labels and separators, not paragraphs. */
const MIN_LOOSE_CHARS = 25;

/**
 * The paragraphs of a body written as text and `<br>` with no `<p>` (one block per line of text, the
 * element being the line's container): what articleTextBlocks cannot see there.
 */
export function looseTextBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const seen = new Set<Element>();
  for (const br of root.querySelectorAll('br')) {
    const parent = br.parentElement;
    if (!parent || seen.has(parent) || parent.closest(SKIP)) continue;
    seen.add(parent);
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 3) continue;
      const text = collapseWhitespace((child as Text).data);
      if (text.length >= MIN_LOOSE_CHARS) blocks.push({ element: parent, text });
    }
  }
  return blocks;
}

/** The element of `blocks` that holds `sentence` (whitespace-insensitive), for scrolling to a key point. */
export function findSentenceBlock(blocks: readonly TextBlock[], sentence: string): TextBlock | undefined {
  const needle = collapseWhitespace(sentence).slice(0, 80);
  return blocks.find((block) => block.text.includes(needle));
}
