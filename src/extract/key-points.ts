// Finds the key points a publisher wrote for its article. By shape first: a short list of sentences
// set apart between the headline and the body (or at the very top of the body), whose items restate
// the article, in any language and whatever its class names. Labels ("Key takeaways", "Pontos
// principais", "要点": src/extract/key-point-labels.ts) raise confidence: a labelled list may be
// ordered, have one item, or close the article. Told apart:
// - a table of contents: its items link to anchors in the page;
// - a list of related links: its items are mostly link text (or teaser cards in a rail);
// - a list that is part of the body: it comes after the body has begun, or after a lead-in ending in ":";
// - a "Key takeaways" list at the very end: taken only when labelled and when no box opens the
//   article (a recap in the publisher's words is still its summary; an unlabelled list there is not).
import { isPromotional, wordRegex } from '../summarize/sentence-filters';
import { isOwn } from '../world/own-nodes';
import { collapseWhitespace } from '../util/text';
import { startsBefore } from '../util/dom-order';
import { textStart } from '../detect/article-root';
import { KEY_POINTS_LABEL, PARAGRAPH_LABEL } from './key-point-labels';
import { contentTerms, countWords } from '../summarize/tokenize';

export interface PublisherKeyPoints {
  points: string[];
  /** Elements holding the points (label included), so the caller can leave them out of the text to summarize. */
  blocks: Element[];
}

/** Labels of rails that list other articles: key points inside them belong to those articles. */
const RAIL_LABEL = wordRegex(
  String.raw`^(?:you (?:may|might) also like|more for you|related(?: news| articles| posts| stories)?|recommended(?: for you)?|read (?:more|next)|latest news|more news|trending|popular|vous pourriez (?:également|aussi) aimer|à lire aussi|articles? similaires|te puede interesar|noticias relacionadas|das könnte sie (?:auch )?interessieren|weitere artikel|mehr zum thema|читайте также|похожие (?:статьи|новости)|по теме|последние новости|相关(?:文章|新闻|阅读)|推荐(?:阅读|文章)?|猜你喜欢|最新(?:文章|新闻)|関連記事|おすすめ)`,
);

/** A label is a short line: longer text is prose that happens to contain a label word. */
const MAX_LABEL_CHARS = 48;
const MAX_POINTS = 10;
/** An unlabelled list counts as key points only when each item reads as a sentence... */
const MIN_UNLABELLED_ITEM_WORDS = 6;
const MAX_ITEM_WORDS = 80;
/** ...when it is a short list (a longer one is a list of facts in the body)... */
const MIN_BOX_ITEMS = 2;
const MAX_BOX_ITEMS = 7;
/** ...and when its items restate the article: this share of their words recurs in the body. */
const MIN_RESTATED_SHARE = 0.5;
/** Link text above this share of an item: a link, not a point (related stories, a table of contents). */
const MAX_LINK_SHARE = 0.5;
const MIN_BODY_PARAGRAPH_CHARS = 120;
/** A line ending in ":" with this many words is a sentence leading into a list; fewer make a heading ("Lo esencial:"). */
const MIN_LEAD_IN_WORDS = 5;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const LINKED_HEADING = `a[href]:not([href^="#"]) :is(${HEADINGS}), :is(${HEADINGS}) a[href]:not([href^="#"])`;
const LABEL_CANDIDATES =
  'h2, h3, h4, h5, h6, p, strong, b, span, div, dt, header, summary, figcaption, legend';

function normalizeSpace(text: string): string {
  return collapseWhitespace(text);
}

function textOf(el: Element): string {
  return normalizeSpace(el.textContent ?? '');
}

function labelText(el: Element): string {
  return textOf(el)
    .toLowerCase()
    .replace(/[\s:：.。!！\-–—]+$/u, '')
    .trim();
}

/** A label is a short line: an element with more than a few children is a container, not a label. */
const MAX_LABEL_CHILDREN = 3;
/** Raw text (markup whitespace included) past which no label fits in MAX_LABEL_CHARS once collapsed. */
const MAX_LABEL_RAW_CHARS = 8 * MAX_LABEL_CHARS;

function isLabel(el: Element): boolean {
  // Cheap tests first: textContent of every container on the page would cost tens of ms, and a paragraph's
  // text need not be collapsed and lowercased to know it is no label.
  if (el.childElementCount > MAX_LABEL_CHILDREN) return false;
  if ((el.textContent?.length ?? 0) > MAX_LABEL_RAW_CHARS) return false;
  const text = labelText(el);
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && KEY_POINTS_LABEL.test(text);
}

/** How much of a first child is read for a rail label, which starts it: that child may be a whole article. */
const RAIL_LABEL_READ_CHARS = 600;

function startsWithRailLabel(el: Element): boolean {
  return RAIL_LABEL.test(normalizeSpace(textStart(el, RAIL_LABEL_READ_CHARS)));
}

/** True when the element sits in a rail of other articles, a teaser card, navigation or a footer. */
function isInRailOrTeaser(el: Element, headline: Element | null): boolean {
  let depth = 0;
  for (let node: Element | null = el.parentElement; node; node = node.parentElement, depth++) {
    const tag = node.localName;
    if (tag === 'a' || tag === 'nav' || tag === 'footer') return true;
    if (tag === 'body' || tag === 'html') break;
    const heading = node.querySelector(`:scope > :is(${HEADINGS}, p, span, div):first-child`);
    if (heading && heading !== el && startsWithRailLabel(heading)) return true;
    // A card: it links its own headline to another page. The article's container holds the page's h1 instead.
    // Without a headline to tell the article's container, only near ancestors can be cards.
    if (headline ? node.contains(headline) : depth > 3) continue;
    if (node.querySelector(LINKED_HEADING)) return true;
  }
  return false;
}

/** The list a label introduces: its next sibling, or the next sibling of its wrapper (`<p><strong>Label</strong></p><ul>`). */
function listAfterLabel(label: Element): Element | null {
  for (let node: Element | null = label, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const next = node.nextElementSibling;
    if (next) {
      if (next.matches('ul, ol')) return next;
      const inner = next.matches('div, section') ? next.querySelector(':scope > :is(ul, ol)') : null;
      if (inner && textOf(next) === textOf(inner)) return inner;
      return null;
    }
  }
  return null;
}

/** Paragraphs a "TL;DR" label introduces: up to three, until the next heading or list. */
function paragraphsAfterLabel(label: Element): Element[] {
  const out: Element[] = [];
  let node = label.nextElementSibling;
  while (node && out.length < 3 && node.matches('p, div') && !node.querySelector(`${HEADINGS}, ul, ol`)) {
    if (textOf(node)) out.push(node);
    node = node.nextElementSibling;
  }
  return out;
}

function itemText(li: Element): string {
  return normalizeSpace(li.textContent ?? '');
}

/** Items that are promotions or bare links ("Read more: ...") are not key points. */
function isPointWorthy(li: Element, text: string): boolean {
  if (!text) return false;
  if (isPromotional(text)) return false;
  if (/(?:^|[-_\s])(?:sponsor|promo|ad|ads|advert)(?:[-_\s]|$)/i.test(li.getAttribute('class') ?? ''))
    return false;
  const linkText = [...li.querySelectorAll('a[href]')].reduce((n, a) => n + textOf(a).length, 0);
  return linkText < text.length * 0.8;
}

/** Share of an element's text that is link text. */
function linkShare(el: Element, text: string): number {
  const linked = [...el.querySelectorAll('a[href]')].reduce((n, a) => n + textOf(a).length, 0);
  return text ? linked / text.length : 0;
}

/** A table of contents or a list of links: most items are links (to anchors in the page, or elsewhere). */
function isLinkList(items: readonly Element[]): boolean {
  const anchors = items.filter((li) => li.querySelector('a[href^="#"]')).length;
  const links = items.filter((li) => linkShare(li, itemText(li)) > MAX_LINK_SHARE).length;
  return anchors * 2 > items.length || links * 2 > items.length;
}

function pointsFromList(list: Element): string[] {
  const points: string[] = [];
  for (const li of list.querySelectorAll(':scope > li')) {
    const text = itemText(li);
    if (isPointWorthy(li, text) && !points.includes(text)) points.push(text);
  }
  return points.slice(0, MAX_POINTS);
}

/** The smallest ancestor holding both label and content and little else; otherwise the parts themselves. */
function enclosingBlock(parts: Element[]): Element[] {
  const first = parts[0];
  if (!first) return [];
  const contentChars = parts.reduce((n, p) => n + textOf(p).length, 0);
  for (let node: Element | null = first.parentElement; node; node = node.parentElement) {
    if (!parts.every((p) => node.contains(p))) continue;
    if (node.matches('article, main, body, [role="main"]')) break;
    return textOf(node).length <= contentChars + 40 ? [node] : parts;
  }
  return parts;
}

function fromLabel(label: Element, headline: Element | null): PublisherKeyPoints | null {
  // Inline label: "<p><strong>TL;DR:</strong> Bitcoin fell 5% as …</p>".
  const parent = label.parentElement;
  if (
    parent &&
    parent.matches('p') &&
    parent.firstElementChild === label &&
    textOf(parent) !== textOf(label)
  ) {
    const rest = normalizeSpace(textOf(parent).slice(textOf(label).length)).replace(/^[:：\-–—]\s*/u, '');
    if (rest && !isPromotional(rest) && !isInRailOrTeaser(parent, headline)) {
      return { points: [rest], blocks: [parent] };
    }
    return null;
  }
  const list = listAfterLabel(label);
  if (list) {
    if (isInRailOrTeaser(list, headline) || isLinkList([...list.querySelectorAll(':scope > li')]))
      return null;
    const points = pointsFromList(list);
    return points.length ? { points, blocks: enclosingBlock([label, list]) } : null;
  }
  const paragraphs = PARAGRAPH_LABEL.test(labelText(label)) ? paragraphsAfterLabel(label) : [];
  if (paragraphs.length && !isInRailOrTeaser(label, headline)) {
    const points = paragraphs.map(textOf).filter((t) => !isPromotional(t));
    return points.length ? { points, blocks: enclosingBlock([label, ...paragraphs]) } : null;
  }
  return null;
}

/** Outermost element whose whole text is the label (`<p><strong>Key takeaways:</strong></p>` → the p). */
function outermostLabel(el: Element): Element {
  let node = el;
  while (node.parentElement && textOf(node.parentElement) === textOf(node)) node = node.parentElement;
  return node;
}

/** Does this list read as a summary box: a few sentences, no links, no pictures, no buttons? */
function hasBoxShape(list: Element, lang: string): boolean {
  const items = [...list.querySelectorAll(':scope > li')];
  if (items.length < MIN_BOX_ITEMS || items.length > MAX_BOX_ITEMS || isLinkList(items)) return false;
  return items.every((li) => {
    const words = countWords(itemText(li), lang);
    return words >= MIN_UNLABELLED_ITEM_WORDS && words <= MAX_ITEM_WORDS && !li.querySelector('img, button');
  });
}

/** A list right after a sentence ending in ":" continues that sentence ("The upgrade brings:"). */
function continuesLeadIn(list: Element, lang: string): boolean {
  const previous = list.previousElementSibling;
  if (!previous?.matches('p, div') || isLabel(previous)) return false;
  const text = textOf(previous);
  return /[:：]\s*$/u.test(text) && countWords(text, lang) >= MIN_LEAD_IN_WORDS;
}

/**
 * Whether at least half of the list's words (MIN_RESTATED_SHARE) recur in the rest of the article: a
 * summary restates its article.
 */
function restates(list: Element, body: ParentNode, lang: string): boolean {
  const terms = [...list.querySelectorAll(':scope > li')].flatMap((li) => contentTerms(itemText(li), lang));
  if (!terms.length) return false;
  const pending = new Map<string, number>();
  for (const term of terms) pending.set(term, (pending.get(term) ?? 0) + 1);
  // Stops reading the body as soon as enough of the list's terms were found in it.
  let found = 0;
  for (const p of body.querySelectorAll('p, li')) {
    if (list.contains(p)) continue;
    for (const term of contentTerms(textOf(p), lang)) {
      const count = pending.get(term);
      if (count === undefined) continue;
      pending.delete(term);
      found += count;
      if (found >= MIN_RESTATED_SHARE * terms.length) return true;
    }
  }
  return false;
}

/**
 * An unlabelled box: the first list after the headline, before the body begins (a long paragraph, or a
 * subheading that opens a section), that has the shape of a summary and restates the article.
 * Ordered lists right under a headline are steps (help pages), not a summary, unless labelled.
 */
function fromTopBox(
  scope: ParentNode,
  headline: Element | null,
  lang: string,
  stopAt: Element | null,
): PublisherKeyPoints | null {
  const start = headline ?? (scope as Element);
  // A box found at or after `stopAt` (the labelled box) would lose to it: none is looked for there.
  if (stopAt && startsBefore(stopAt, start)) return null;
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(scope as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = start;
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node === stopAt) return null;
    if (isOwn(node) || node.closest('li')) continue;
    if (node.matches('p') && textOf(node).length >= MIN_BODY_PARAGRAPH_CHARS) return null;
    // A subheading opens a section of the body, unless it heads the box itself ("Key points" in any language).
    if (node.matches('h2, h3, h4, h5, h6') && !listAfterLabel(node)) return null;
    if (!node.matches('ul') || isInRailOrTeaser(node, headline)) continue;
    if (!hasBoxShape(node, lang) || continuesLeadIn(node, lang)) continue;
    if (!restates(node, scope, lang)) continue;
    const points = pointsFromList(node);
    const heading = node.previousElementSibling?.matches(HEADINGS) ? node.previousElementSibling : null;
    return points.length ? { points, blocks: enclosingBlock(heading ? [heading, node] : [node]) } : null;
  }
  return null;
}

/** The first labelled key points in the scope (a list, an inline "TL;DR:", or paragraphs after a label). */
function fromLabels(scope: ParentNode, headline: Element | null): PublisherKeyPoints | null {
  for (const el of scope.querySelectorAll(LABEL_CANDIDATES)) {
    if (isOwn(el) || !isLabel(el)) continue;
    // Only the label's own element, not wrappers of larger blocks that merely start with it.
    if ([...el.children].some((child) => textOf(child) === textOf(el) && child.matches(LABEL_CANDIDATES)))
      continue;
    const found = fromLabel(outermostLabel(el), headline);
    if (found) return found;
  }
  return null;
}

/**
 * The publisher's own key points for the article under `scope`, with the elements holding them;
 * null when the article has none. The box that opens the article wins over a labelled list further
 * down (a recap at the end). Skips the extension's own nodes and the key points of teasers for
 * other articles.
 */
export function extractPublisherKeyPoints(scope: ParentNode): PublisherKeyPoints | null {
  const headline = scope.querySelector('h1');
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const lang = doc.documentElement?.lang || 'en';
  const labelled = fromLabels(scope, headline);
  // Only a box that starts before the labelled one can win over it: the walk stops there. (It read the
  // labelled list itself, its shape and whether it restates the body: 3 to 14 ms on the dev pages timed.)
  const top = fromTopBox(scope, headline, lang, labelled?.blocks[0] ?? null);
  if (labelled && top) {
    const [a, b] = [labelled.blocks[0], top.blocks[0]];
    return a && b && startsBefore(b, a) ? top : labelled;
  }
  return labelled ?? top;
}
