/**
 * Which text blocks of an article may give an on-device key point: running prose of the article
 * itself, told apart by structure from what sits among it on real pages (related-story teasers,
 * video cards, captions, embedded posts, pull quotes, author boxes, comments, consent notices and
 * calls to action). Pure: reads the DOM only.
 */
import { SENTENCE_END, isCaption } from '../summarize/sentence-filters';
import { collapseWhitespace } from '../util/text';
import type { TextBlock } from './article-blocks';

/** Link text above this share of a block: a teaser or a call to action ("CLICK FOR FULL RESULTS"), not prose. */
const MAX_LINK_SHARE = 0.5;
/** How far up a block may sit in a card (a container with a linked headline) before the card is the article. */
const CARD_DEPTH = 2;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** A headline that links to another page: the mark of a teaser card (a video, a related story). */
const LINKED_HEADING = `:is(${HEADINGS}) a[href]:not([href^="#"]), a[href]:not([href^="#"]) :is(${HEADINGS})`;
/** Social posts embedded in an article quote other people, not the article. */
const EMBED_HOST =
  /(?:^|\/\/|\.)(?:twitter\.com|x\.com|instagram\.com|facebook\.com|tiktok\.com|youtube\.com|t\.me|threads\.net|reddit\.com|bsky\.app)\//i;
/** Comment threads and author boxes by the schema.org vocabulary and the near-universal class/id words. */
const THREAD_OR_AUTHOR =
  '[itemprop="comment"], [itemtype*="Comment"], [itemprop="author"], [rel="author"], address, [role="dialog"], [aria-modal="true"]';
const THREAD_TOKEN =
  /^(?:comments?|comment[-_](?:list|thread|body|content|text)|commentlist|disqus_thread|replies)$/i;
/** A consent notice: cookies named together with what the reader is asked to agree to. */
const CONSENT =
  /\bcookies?\b.{0,200}\b(?:consent|privacy|policy|tracking|accept|opt[- ]out|partners)\b|\b(?:consent|privacy|policy|accept)\b.{0,200}\bcookies?\b/i;

function textOf(el: Element): string {
  return collapseWhitespace(el.textContent);
}

function linkShare(el: Element, text: string): number {
  let linked = el.closest('a[href]') ? text.length : 0;
  if (!linked) for (const a of el.querySelectorAll('a[href]')) linked += textOf(a).length;
  return text ? linked / text.length : 0;
}

/** Paragraphs a card holds at most (a teaser line or two); more make a section of the body. */
const MAX_CARD_PARAGRAPHS = 2;

/** In a card: a near, small container (not the article root) that also holds a headline linking elsewhere. */
function isInCard(el: Element, root: ParentNode): boolean {
  let node = el.parentElement;
  for (let depth = 0; node && node !== root && depth < CARD_DEPTH; depth++, node = node.parentElement) {
    if (node.querySelectorAll('p').length > MAX_CARD_PARAGRAPHS) return false;
    if (node.querySelector(LINKED_HEADING)) return true;
  }
  return false;
}

function isEmbeddedPost(el: Element): boolean {
  const quote = el.closest('blockquote');
  if (!quote) return false;
  return [...quote.querySelectorAll('a[href]')].some((a) => EMBED_HOST.test(a.getAttribute('href') ?? ''));
}

/** In a comment thread, an author box or a dialog (consent walls, newsletter pop-ups). */
function isInThreadOrAuthorBox(el: Element): boolean {
  if (el.closest(THREAD_OR_AUTHOR) || el.querySelector('[rel="author"], [itemprop="author"]')) return true;
  for (let node: Element | null = el; node && node.localName !== 'body'; node = node.parentElement) {
    if (THREAD_TOKEN.test(node.id)) return true;
    if ((node.getAttribute('class') ?? '').split(/\s+/).some((token) => THREAD_TOKEN.test(token)))
      return true;
  }
  return false;
}

/** Shouted: a line in capitals ("CLICK FOR FULL STATE SWIM RESULTS"), a banner, not a sentence. */
function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Why this block may not give a key point, or null when it may. */
export function unfitBlockReason(block: TextBlock, root: ParentNode): string | null {
  const { element, text } = block;
  if (element.matches(HEADINGS)) return 'heading';
  // A line of a text-and-<br> body shares its element with the other lines: their links are not its own
  // (looseTextBlocks already leaves out lines of links only).
  const wholeElement = text.length >= textOf(element).length;
  if (wholeElement && linkShare(element, text) > MAX_LINK_SHARE) return 'link';
  if (isShouted(text)) return 'shouted';
  // A list item without sentence-final punctuation is a fragment (a feature bullet, an ingredient).
  if (element.matches('li') && !SENTENCE_END.test(text)) return 'fragment';
  // A photo credit anywhere makes the whole block a caption ("… in false colours. Photo: NASA/JPL").
  if (isCaption(text)) return 'caption';
  if (isEmbeddedPost(element)) return 'embedded-post';
  if (isInThreadOrAuthorBox(element)) return 'thread-or-author';
  if (isInCard(element, root)) return 'card';
  if (CONSENT.test(text)) return 'consent';
  return null;
}

/**
 * The blocks that may give key points. A block whose text another block repeats is a pull quote
 * (the body says it in full): only the longer one stays.
 */
export function summaryBlocks(blocks: readonly TextBlock[], root: ParentNode): TextBlock[] {
  const fit = blocks.filter((block) => !unfitBlockReason(block, root));
  return fit.filter(
    (block) =>
      !fit.some(
        (other) =>
          other !== block && other.text.length > block.text.length && other.text.includes(block.text),
      ),
  );
}
