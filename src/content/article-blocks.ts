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

/** Phrasing elements: a line of a text-and-`<br>` body runs through them ("the last i9 <a>MacBook Pro</a> was"). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/**
 * The paragraphs of a body written as text and `<br>` with no `<p>` (one block per line of text, the
 * element being the line's container): what articleTextBlocks cannot see there. A line is the text
 * and inline elements between two `<br>` or block elements, so a link inside a sentence does not cut it.
 */
export function looseTextBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const seen = new Set<Element>();
  for (const br of root.querySelectorAll('br')) {
    const parent = br.parentElement;
    if (!parent || seen.has(parent) || parent.closest(SKIP)) continue;
    seen.add(parent);
    let line = '';
    let hasOwnText = false;
    const flush = () => {
      const text = collapseWhitespace(line);
      // A line of inline elements only (a row of links, a credit in a <span>) is not the body's own prose.
      if (hasOwnText && text.length >= MIN_LOOSE_CHARS) blocks.push({ element: parent, text });
      line = '';
      hasOwnText = false;
    };
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        line += data;
        if (data.trim()) hasOwnText = true;
      } else if (
        child.nodeType === 1 &&
        INLINE.has((child as Element).localName) &&
        !isOwn(child as Element)
      ) {
        line += child.textContent ?? '';
      } else if (child.nodeType === 1) flush();
    }
    flush();
  }
  return blocks;
}

/** The element of `blocks` that holds `sentence` (whitespace-insensitive), for scrolling to a key point. */
export function findSentenceBlock(blocks: readonly TextBlock[], sentence: string): TextBlock | undefined {
  const needle = collapseWhitespace(sentence).slice(0, 80);
  return blocks.find((block) => block.text.includes(needle));
}
