/**
 * The standfirst: the line a publisher sets between the headline and the body (a subheadline, an intro
 * paragraph). Readability keeps one container, so a standfirst in its own block beside the body is lost;
 * the reader view puts it back. Pure: reads the document, changes nothing.
 */
import { collapseWhitespace } from '../util/text';
import { isMetaLine } from './meta-line';

/** Shorter blocks after a headline are kickers, dates and bylines, not a standfirst. */
const MIN_CHARS = 40;
/** Longer is a body paragraph or a teaser list, not a one-line summary. */
const MAX_CHARS = 600;
/** How many text blocks after the headline are looked at before giving up. */
const MAX_BLOCKS = 8;
/** How many elements after the headline are walked at most (a header can hold big menus). */
const MAX_STEPS = 400;
/** Blocks inside these are chrome, captions or controls, never a standfirst. */
const NOT_STANDFIRST = 'a, nav, aside, footer, form, figure, button, [hidden], [aria-hidden="true"]';
const TEXT_BLOCKS = new Set(['P', 'H2', 'H3', 'DIV']);
const NESTED_BLOCKS =
  'p, div, h1, h2, h3, h4, ul, ol, table, section, article, figure, blockquote, script, style';
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TIME', 'svg']);

/**
 * Texts of the first few text blocks after the page's headline, in page order, each once: the
 * candidates for a standfirst. Which one is it depends on what the extractor kept (pickStandfirst).
 */
export function blocksAfterHeadline(doc: Document): string[] {
  const heading = doc.querySelector('h1');
  if (!heading || !doc.body) return [];
  const headline = collapseWhitespace(heading.textContent);
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = heading;
  const blocks: string[] = [];
  let steps = 0;
  for (let node = nextOutside(walker, heading); node && steps < MAX_STEPS; steps++) {
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName)) {
      node = nextOutside(walker, el);
      continue;
    }
    if (TEXT_BLOCKS.has(el.tagName) && !el.querySelector(NESTED_BLOCKS)) {
      const text = collapseWhitespace(el.textContent);
      // A repeat of the headline (a second title element with a kicker) is passed over.
      // A line of labels side by side (source, date, author) is the byline, not a standfirst.
      if (
        text.length >= MIN_CHARS &&
        !isMetaLine(el) &&
        !el.closest(NOT_STANDFIRST) &&
        !text.includes(headline) &&
        !isMediaCaption(el, heading, text.length)
      ) {
        blocks.push(text);
        if (blocks.length >= MAX_BLOCKS) break;
      }
      node = nextOutside(walker, el);
      continue;
    }
    node = walker.nextNode();
  }
  return blocks;
}

/**
 * The standfirst to put back above the body: the first block after the headline, if the extracted body
 * (`bodyText`, whitespace-normalized) lacks it and it comes before the first block the body has.
 */
export function pickStandfirst(blocks: readonly string[], bodyText: string): string | null {
  const body = bodyText.toLowerCase();
  const first = blocks[0];
  if (first === undefined || body.includes(first.toLowerCase())) return null;
  // Only when the body follows: a block that is in the body comes after it (else it was a sidebar line).
  const followedByBody = blocks.slice(1).some((b) => body.includes(b.toLowerCase()));
  return first.length <= MAX_CHARS && followedByBody ? first : null;
}

/** Captions of an image or a video player are written beside the media, in a small box with it. */
const CAPTION_LEVELS = 3;
const CAPTION_EXTRA_CHARS = 200;

function isMediaCaption(el: Element, heading: Element, chars: number): boolean {
  let box = el.parentElement;
  for (let level = 0; box && level < CAPTION_LEVELS; level++, box = box.parentElement) {
    // A box with the headline in it is the article's header, not a caption's.
    if (box.contains(heading)) return false;
    if ((box.textContent ?? '').trim().length > chars + CAPTION_EXTRA_CHARS) return false;
    if (box.querySelector('img, video, picture, iframe')) return true;
  }
  return false;
}

/** The next element in page order that is not inside `el`. */
function nextOutside(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    walker.currentNode = cur;
    const next = walker.nextSibling();
    if (next) return next;
    if (cur === walker.root) return null;
  }
  return null;
}
