/**
 * Finds the element that holds an article's body text. Pure: reads the DOM, changes nothing.
 *
 * Order: the catalogue's hint selector, then `[itemprop=articleBody]` when it holds a body, then the
 * densest container of paragraphs (a cheap cousin of Readability's scoring: each paragraph credits its
 * parent fully and its grandparent by half), then a lone `<article>`.
 *
 * A "paragraph" is a `<p>`, or a run of text between `<br>`s: some sites write the whole body as text
 * and line breaks, with no `<p>` at all.
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
  return microdataBody(doc) ?? densestParagraphContainer(doc) ?? loneArticle(doc);
}

/**
 * The `[itemprop=articleBody]` that holds the most body text. Real pages mark it in ways a first match
 * gets wrong: a metadata copy of the text (no paragraphs) before the real body, or the property on every
 * paragraph (then the body is the paragraphs' parent). None with paragraph text: no answer here.
 */
function microdataBody(doc: Document): Element | null {
  const candidates = new Set<Element>();
  for (const marked of doc.querySelectorAll('[itemprop~="articleBody"]')) {
    const holder = marked.tagName === 'P' ? marked.parentElement : marked;
    if (holder) candidates.add(holder);
  }
  let best: Element | null = null;
  let bestChars = 0;
  for (const candidate of candidates) {
    const { chars } = paragraphText(candidate);
    if (chars > bestChars) {
      best = candidate;
      bestChars = chars;
    }
  }
  return best;
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
  const count = (n: number): void => {
    if (n < MIN_PARAGRAPH_CHARS) return;
    chars += n;
    paragraphs++;
  };
  const seen = new Set<Element>();
  for (const block of root.querySelectorAll('p, br')) {
    if (block.tagName === 'P') count((block.textContent ?? '').trim().length);
    const parent = block.parentElement;
    if (parent && !seen.has(parent) && root.contains(parent)) {
      seen.add(parent);
      for (const n of looseTextRuns(parent)) count(n);
    }
  }
  return { chars, paragraphs };
}

/**
 * Lengths of the text an element holds directly (not inside a child element): the paragraphs of a body
 * written as text and `<br>`s, or the text around empty `<p></p>` separators. Usually none.
 */
function looseTextRuns(el: Element): number[] {
  const runs: number[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3) continue;
    const n = (child as Text).data.trim().length;
    if (n >= MIN_PARAGRAPH_CHARS) runs.push(n);
  }
  return runs;
}

/** Paragraphs inside these are teasers, menus or forms, not body text (tag names of the old selector). */
const NOT_BODY_TAGS = new Set(['A', 'NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM']);

function densestParagraphContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  // Paragraphs share ancestors: whether one is inside a link, nav… is remembered per ancestor.
  const outside = new Map<Element, boolean>();
  const looseCounted = new Set<Element>();
  const credit = (parent: Element, n: number): void => {
    if (n < MIN_PARAGRAPH_CHARS) return;
    const points = Math.min(n, 1000);
    scores.set(parent, (scores.get(parent) ?? 0) + points);
    const grand = parent.parentElement;
    if (grand && grand !== doc.body) scores.set(grand, (scores.get(grand) ?? 0) + points / 2);
  };
  for (const block of doc.querySelectorAll('p, br')) {
    const parent = block.parentElement;
    if (!parent || !isOutsideChrome(parent, outside)) continue;
    // Links inside a paragraph are fine; a paragraph that is only a link is inside `a`, skipped above.
    if (block.tagName === 'P') credit(parent, (block.textContent ?? '').trim().length);
    if (looseCounted.has(parent)) continue;
    looseCounted.add(parent);
    for (const n of looseTextRuns(parent)) credit(parent, n);
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
