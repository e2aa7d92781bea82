/**
 * The meta line under a headline (source, date, author) is often inline elements side by side, spaced by
 * the page's CSS: as text they run together ("Demo Desk2025/07/24 09:30By: Maya Lindgren") in the reader
 * view, which has none of that CSS. Between such siblings a " · " is put (on Readability's clone only).
 */

/** Phrasing elements a meta line is made of. */
const INLINE = new Set(['SPAN', 'TIME', 'A', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'ABBR', 'ADDRESS']);
/** Longer is a sentence with markup in it, not a line of labels. */
const MAX_LINE_CHARS = 160;
/** Elements looked at after the headline (the meta line sits right under it). */
const MAX_STEPS = 60;
const SEPARATOR = ' · ';

export function separateMetaLines(doc: Document): void {
  const heading = doc.querySelector('h1');
  if (!heading) return;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = heading;
  let steps = 0;
  for (let node = walker.nextNode(); node && steps < MAX_STEPS; node = walker.nextNode(), steps++) {
    const el = node as Element;
    if (heading.contains(el)) continue;
    const meta = isMetaLine(el);
    // The body has begun at its first paragraph (an interview's "Name: line" paragraphs are not bylines).
    if (el.tagName === 'P' && !meta) return;
    if (meta) separate(el);
  }
}

/** Two or more inline elements with text and nothing but them: no words of its own between them. */
export function isMetaLine(el: Element): boolean {
  // Tags and direct text first: the text of a container (the article's, on the way down) is not read.
  const children = [...el.children];
  if (children.length < 2 || !children.every((child) => INLINE.has(child.tagName))) return false;
  for (const node of el.childNodes) {
    if (node.nodeType === 3 && node.nodeValue?.trim()) return false;
  }
  if ((el.textContent ?? '').length > MAX_LINE_CHARS) return false;
  return children.every((child) => (child.textContent ?? '').trim() !== '');
}

/** A separator between adjacent children that nothing, not even a space, separates. */
function separate(el: Element): void {
  const children = [...el.children];
  for (let i = 1; i < children.length; i++) {
    const [before, after] = [children[i - 1]!, children[i]!];
    if (after.previousSibling !== before) continue;
    if (/\s$/.test(before.textContent ?? '') || /^\s/.test(after.textContent ?? '')) continue;
    after.before(el.ownerDocument.createTextNode(SEPARATOR));
  }
}
