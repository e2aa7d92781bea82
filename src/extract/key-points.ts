// Finds the key points a publisher wrote for its article: a labelled list ("Key takeaways",
// "Dans cet article :", "Ключевые моменты", "要点"...), a highlighted summary box, a "TL;DR"
// paragraph, or an unlabelled list between the headline and the body (FXStreet's bullets as
// carried by Bitget News). Teaser cards of "You may also like" rails carry their own key points:
// those are not the article's and are skipped.
import { isPromotional, wordRegex } from '../summarize/sentence-filters';
import { KEY_POINTS_LABEL, PARAGRAPH_LABEL } from './key-point-labels';

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
/** An unlabelled list counts as key points only when each item reads as a sentence. */
const MIN_UNLABELLED_ITEM_WORDS = 6;
const MIN_BODY_PARAGRAPH_CHARS = 120;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const LINKED_HEADING = `a[href]:not([href^="#"]) :is(${HEADINGS}), :is(${HEADINGS}) a[href]:not([href^="#"])`;
const LABEL_CANDIDATES =
  'h2, h3, h4, h5, h6, p, strong, b, span, div, dt, header, summary, figcaption, legend';

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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

/** The extension's own nodes: `<unshill-*>` elements and elements with `data-unshill-*` attributes. */
function isOwnNode(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.localName.startsWith('unshill-')) return true;
    for (const attr of node.attributes) if (attr.name.startsWith('data-unshill')) return true;
  }
  return false;
}

/** A label is a short line: an element with more than a few children is a container, not a label. */
const MAX_LABEL_CHILDREN = 3;

function isLabel(el: Element): boolean {
  // Cheap test first: textContent of every container on the page would cost tens of ms.
  if (el.childElementCount > MAX_LABEL_CHILDREN) return false;
  const text = labelText(el);
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && KEY_POINTS_LABEL.test(text);
}

/** True when the element sits in a rail of other articles, a teaser card, navigation or a footer. */
function isInRailOrTeaser(el: Element, headline: Element | null): boolean {
  let depth = 0;
  for (let node: Element | null = el.parentElement; node; node = node.parentElement, depth++) {
    const tag = node.localName;
    if (tag === 'a' || tag === 'nav' || tag === 'footer') return true;
    if (tag === 'body' || tag === 'html') break;
    const heading = node.querySelector(`:scope > :is(${HEADINGS}, p, span, div):first-child`);
    if (heading && heading !== el && RAIL_LABEL.test(labelText(heading))) return true;
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
    if (isInRailOrTeaser(list, headline)) return null;
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

/**
 * An unlabelled list between the headline and the first body paragraph, whose items all read as
 * sentences, is the publisher's summary (bylines and share bars are lists of short items).
 */
function fromLeadList(root: ParentNode, headline: Element | null): PublisherKeyPoints | null {
  if (!headline) return null;
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(root as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (isOwnNode(node)) continue;
    // The body has begun: a long paragraph, or a subheading whose lists belong to its section.
    if (node.matches('p') && textOf(node).length >= MIN_BODY_PARAGRAPH_CHARS) return null;
    if (node.matches('h2, h3, h4, h5, h6')) return null;
    // Ordered lists right under a headline are steps (help pages), not a summary.
    if (!node.matches('ul') || isInRailOrTeaser(node, headline)) continue;
    const items = [...node.querySelectorAll(':scope > li')];
    if (items.length === 0 || items.length > 7) continue;
    const sentenceLike = items.every((li) => {
      const text = itemText(li);
      return text.split(' ').length >= MIN_UNLABELLED_ITEM_WORDS && !li.querySelector('a[href], button, img');
    });
    if (!sentenceLike) continue;
    const points = pointsFromList(node);
    return points.length ? { points, blocks: enclosingBlock([node]) } : null;
  }
  return null;
}

/**
 * The publisher's own key points for the article under `root`, with the elements holding them;
 * null when the article has none. Skips the extension's own nodes and the key points of teasers
 * for other articles.
 */
export function extractPublisherKeyPoints(root: ParentNode): PublisherKeyPoints | null {
  const headline = root.querySelector('h1');
  for (const el of root.querySelectorAll(LABEL_CANDIDATES)) {
    if (isOwnNode(el) || !isLabel(el)) continue;
    // Only the label's own element, not wrappers of larger blocks that merely start with it.
    if ([...el.children].some((child) => textOf(child) === textOf(el) && child.matches(LABEL_CANDIDATES)))
      continue;
    const found = fromLabel(outermostLabel(el), headline);
    if (found) return found;
  }
  return fromLeadList(root, headline);
}
