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

function densestParagraphContainer(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const n = (p.textContent ?? '').trim().length;
    if (n < MIN_PARAGRAPH_CHARS) continue;
    // Links inside a paragraph are fine; a paragraph that is only a link is a teaser.
    const parent = p.parentElement;
    if (!parent || p.closest('a, nav, footer, header, aside, form')) continue;
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
