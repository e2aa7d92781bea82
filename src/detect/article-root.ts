/**
 * Finds the element that holds an article's body text. Pure: reads the DOM, changes nothing.
 *
 * Order: the catalogue's hint selector, then `[itemprop=articleBody]`, then the densest container
 * of paragraphs (a cheap cousin of Readability's scoring: each paragraph credits its parent fully
 * and its grandparent by half), then a lone `<article>`.
 */

/** Shorter paragraphs are captions, bylines or teaser lines, not body text. */
const MIN_PARAGRAPH_CHARS = 25;
/** Less paragraph text than this is a notice (a cookie banner's one line), not a body. */
const MIN_BODY_SCORE = 150;

export function findArticleRoot(doc: Document, hint?: string): Element | null {
  if (hint) {
    const hinted = safeQuery(doc, hint);
    if (hinted) return hinted;
  }
  const microdata = doc.querySelector('[itemprop="articleBody"]');
  if (microdata) return microdata;
  return densestParagraphContainer(doc) ?? loneArticle(doc);
}

/**
 * Text at the start of `node`, at most `max` characters: the same as textContent.slice(0, max)
 * without copying a whole article body (half a megabyte on a 5 MB page) to keep 4,000 characters.
 */
export function textStart(node: Node, max: number): string {
  let text = '';
  for (let child = node.firstChild; child && text.length < max; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) text += (child as CharacterData).data;
    else if (child.nodeType === 1)
      text += (child as Element).firstElementChild
        ? textStart(child, max - text.length)
        : (child.textContent ?? '');
  }
  return text.length > max ? text.slice(0, max) : text;
}

/** Total characters of body paragraphs under `root` (used by detection). */
export function paragraphText(root: Element): { chars: number; paragraphs: number } {
  let chars = 0;
  let paragraphs = 0;
  for (const p of root.querySelectorAll('p')) {
    const n = (p.textContent ?? '').trim().length;
    if (n >= MIN_PARAGRAPH_CHARS) {
      chars += n;
      paragraphs++;
    }
  }
  return { chars, paragraphs };
}

/** Paragraphs inside these are teasers, menus or forms, not body text (tag names of the old selector). */
const NOT_BODY_TAGS = new Set(['A', 'NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM']);

function densestParagraphContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  // Paragraphs share ancestors: whether one is inside a link, nav… is remembered per ancestor.
  const outside = new Map<Element, boolean>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || !isOutsideChrome(parent, outside)) continue;
    const n = (p.textContent ?? '').trim().length;
    if (n < MIN_PARAGRAPH_CHARS) continue;
    // Links inside a paragraph are fine; a paragraph that is only a link is a teaser.
    const credit = Math.min(n, 1000);
    scores.set(parent, (scores.get(parent) ?? 0) + credit);
    const grand = parent.parentElement;
    if (grand && grand !== doc.body) scores.set(grand, (scores.get(grand) ?? 0) + credit / 2);
  }
  let best: Element | null = null;
  let bestScore = MIN_BODY_SCORE - 1;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** `!el.closest('a, nav, footer, header, aside, form')`, with every ancestor's answer remembered. */
function isOutsideChrome(el: Element, memo: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let outside = true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = memo.get(cur);
    if (known !== undefined) {
      outside = known;
      break;
    }
    chain.push(cur);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const cur = chain[i] as Element;
    outside &&= !NOT_BODY_TAGS.has(cur.tagName);
    memo.set(cur, outside);
  }
  return outside;
}

function loneArticle(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null; // a bad hint in the catalogue must not break detection
  }
}
