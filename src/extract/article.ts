/**
 * Article extraction: Readability on a clone of the document, then the shared sanitizer.
 * Input: a live Document (never mutated). Output: plain data plus a sanitized fragment.
 */
import { Readability } from '@mozilla/readability';
import { resolveLazyImages, resolveLinks } from './images';
import { findPromotions } from '../clean/heuristics';
import { findArticleRoot } from '../detect/article-root';
import { readingMinutes } from './reading-time';
import { sanitizeToFragment } from './sanitize';
import { isOwnRoot } from '../world/own-nodes';
import { HIDDEN_ATTR } from '../clean/hide';
import { separateMetaLines } from './meta-line';
import { collapseWhitespace } from '../util/text';
import { signupBoxes } from './signup-boxes';
import { blocksAfterHeadline, pickStandfirst } from './standfirst';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Sanitized article body, owned by `ownerDocument`. */
  content: DocumentFragment;
  /** Plain text of the body, for summaries and reading time. */
  text: string;
  readingMinutes: number;
}

export interface ExtractOptions {
  /** Elements to drop from the clone before Readability sees it (e.g. hidden promotions). */
  removeSelectors?: string[];
  /** Document that will own the sanitized nodes (the page's, or a shadow root's owner). */
  ownerDocument?: Document;
  /** Run the promotion heuristics on the clone too (pages cleanup did not touch). Default true. */
  removePromotions?: boolean;
}

/** Promotions the extension hid: never part of an article. */
const HIDDEN = `[${HIDDEN_ATTR}]`;
/**
 * Readability's scoring walks ancestors of every node: on a page nested 2,000 levels deep (hostile
 * or broken markup) that takes seconds. No real article needs more than this many levels.
 */
const MAX_DEPTH = 60;
/** Readability keeps a candidate only above this many characters; short news flashes need less. */
const CHAR_THRESHOLD = 250;

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const clone = cloneWithoutOwnNodes(doc);
  const base = doc.baseURI || doc.URL;
  // First: the cleanup may have hidden the form alone, and hidden nodes are dropped next, which would
  // leave the box's heading and pitch without the e-mail field that tells it apart.
  for (const box of signupBoxes(clone)) box.remove();
  for (const selector of [HIDDEN, ...(options.removeSelectors ?? [])]) {
    try {
      for (const el of clone.querySelectorAll(selector)) el.remove();
    } catch {
      // An invalid selector from a rule must not cost the reader the article.
    }
  }
  flattenDeepNesting(clone.body ?? clone.documentElement);
  if (options.removePromotions !== false) {
    for (const { element } of findPromotions(clone, findArticleRoot(clone))) element.remove();
  }
  // Before Readability rewrites the clone: what stands between the headline and the body.
  const opening = blocksAfterHeadline(clone);
  separateMetaLines(clone);
  resolveLazyImages(clone, base);
  resolveLinks(clone, base);

  // Readability rewrites the clone; keep a copy of the densest text block as a second opinion.
  const densest = findArticleRoot(clone)?.cloneNode(true) as Element | undefined;
  const parsed = new Readability(clone, { charThreshold: CHAR_THRESHOLD, keepClasses: false }).parse();
  if (!parsed) return null;
  let html = parsed.content ?? '';
  let text = collapseWhitespace(parsed.textContent);
  const densestText = collapseWhitespace(densest?.textContent);
  if (densest && densestText.length > Math.max(2 * text.length, CHAR_THRESHOLD)) {
    // Readability sometimes settles on a short sibling (a disclaimer) of the real body.
    html = densest.innerHTML;
    text = densestText;
  }
  if (!html || !text) return null;

  const owner = options.ownerDocument ?? doc;
  const content = sanitizeToFragment(html, owner);
  const standfirst = pickStandfirst(opening, text);
  if (standfirst) {
    // Plain text in a paragraph of our own: nothing of the page's markup comes with it.
    const lead = owner.createElement('p');
    lead.textContent = standfirst;
    content.prepend(lead);
    text = `${standfirst} ${text}`;
  }
  const dirAttr = parsed.dir ?? doc.documentElement.getAttribute('dir');
  return {
    title: (parsed.title ?? doc.title ?? '').trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    published: parsed.publishedTime?.trim() || null,
    lang: parsed.lang || doc.documentElement.lang || null,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    excerpt: parsed.excerpt?.trim() || null,
    content,
    text,
    readingMinutes: readingMinutes(text),
  };
}

/** Replaces every subtree deeper than MAX_DEPTH by a paragraph of its text (on the clone only). */
export function flattenDeepNesting(root: Element | null): void {
  if (!root) return;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      const flat = element.ownerDocument.createElement('p');
      flat.textContent = element.textContent;
      element.replaceWith(flat);
      continue;
    }
    for (const child of element.children) stack.push([child, depth + 1]);
  }
}

/**
 * A copy of `doc` without the extension's own nodes. Membership in `ours` does not survive cloning, so
 * the copy's elements are paired with the original's by document order (a clone keeps it exactly).
 */
function cloneWithoutOwnNodes(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  const originals = doc.getElementsByTagName('*');
  const copies = clone.getElementsByTagName('*');
  const own: Element[] = [];
  for (let i = 0; i < originals.length; i++) {
    const original = originals[i] as Element;
    if (isOwnRoot(original)) own.push(copies[i] as Element);
  }
  for (const el of own) el.remove();
  return clone;
}
