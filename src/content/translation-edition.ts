/**
 * The publisher's own edition in the reader's language, shown in place of the article: fetched, its body
 * found and sanitized, then swapped into the page's article root, title and key-points box. Restores the
 * original exactly.
 *
 *   fetchEdition  ─► the edition as a document (relative links against its own address)
 *   editionBody   ─► the edition's copy of the article root (promotions out), else Readability's content
 *   createSwaps   ─► each swap keeps the original children and lang, restore() puts them back
 */
import { findPromotions } from '../clean/heuristics';
import { extractArticle, type ExtractedArticle } from '../extract/article';
import { sanitizeToFragment } from '../extract/sanitize';
import { languageName } from '../translate/languages';
import { computeKeyPointsAsync } from './key-points';
import { summarizeInBackground } from './summarize-remote';
import type { TranslationView } from './translation-controller';

/** Shorter than this, the edition's copy of the root is a shell (client-rendered): Readability's content. */
const MIN_TWIN_CHARS = 200;

export interface ShownEdition {
  /** The edition's key points (its own box's, else computed from its text). */
  keyPoints: string[];
  restore(): void;
}

/** Fetches the edition at `url`, shows it in place of the page's article, and says how to undo it. */
export async function showPublisherEdition(
  doc: Document,
  view: TranslationView,
  url: string,
  target: string,
  signal: AbortSignal,
): Promise<ShownEdition> {
  const edition = await fetchEdition(url, target, signal);
  const article = extractArticle(edition, { ownerDocument: doc });
  if (!article || !view.root) throw new Error(`no article found in the ${languageName(target)} edition`);
  const editionPoints = await computeKeyPointsAsync(edition, null, article, summarizeInBackground);
  const swaps = createSwaps(doc, target);
  const holder = doc.createElement('div');
  holder.setAttribute('data-unshill-edition', '');
  holder.append(editionBody(edition, view.root, article, doc));
  swaps.swap(view.root, holder);
  if (view.title && article.title) swaps.swap(view.title, article.title);
  // The page's own key-points box, when the edition has the same number of points.
  const livePoints = view.keyPointItems ?? [];
  if (editionPoints.source === 'publisher' && livePoints.length === editionPoints.points.length) {
    livePoints.forEach((item, i) => swaps.swap(item, editionPoints.points[i] ?? ''));
  }
  return { keyPoints: editionPoints.points, restore: swaps.restore };
}

/** The edition as a document whose relative links resolve against its own address. */
async function fetchEdition(url: string, target: string, signal: AbortSignal): Promise<Document> {
  const response = await fetch(url, { credentials: 'omit', signal });
  if (!response.ok) throw new Error(`the ${languageName(target)} edition answered HTTP ${response.status}`);
  const edition = new DOMParser().parseFromString(await response.text(), 'text/html');
  const base = edition.createElement('base');
  base.href = url;
  edition.head.prepend(base);
  return edition;
}

/**
 * Same site, same template: the edition's own copy of the article root holds just the body, with its
 * promotions taken out. When there is none (or it is a shell), Readability's content of the edition.
 */
function editionBody(edition: Document, root: Element, article: ExtractedArticle, doc: Document): Node {
  const twin = matchingElement(edition, root);
  if (!twin) return article.content;
  for (const { element } of findPromotions(edition, twin)) element.remove();
  return (twin.textContent ?? '').trim().length > MIN_TWIN_CHARS
    ? sanitizeToFragment(twin.innerHTML, doc)
    : article.content;
}

/**
 * The element of `other` that plays the part `element` plays in its own page: the one element of the same
 * tag with its id, else the one with all its classes (no selector is built, so no name needs escaping).
 */
export function matchingElement(other: Document, element: Element): Element | null {
  const sameTag = [...other.getElementsByTagName(element.tagName)];
  const byId = element.id ? sameTag.filter((el) => el.id === element.id) : [];
  if (byId.length === 1) return byId[0] ?? null;
  const classes = [...element.classList];
  const byClasses = classes.length
    ? sameTag.filter((el) => classes.every((c) => el.classList.contains(c)))
    : [];
  return byClasses.length === 1 ? (byClasses[0] ?? null) : null;
}

interface Swaps {
  /** Replaces the element's children with `replacement` and marks it as `target` language. */
  swap(element: Element, replacement: Node | string): void;
  /** Puts every original back, last swap first. */
  restore(): void;
}

function createSwaps(doc: Document, target: string): Swaps {
  const done: { element: Element; original: DocumentFragment; lang: string | null }[] = [];
  return {
    swap(element, replacement) {
      const original = doc.createDocumentFragment();
      original.append(...element.childNodes);
      done.push({ element, original, lang: element.getAttribute('lang') });
      element.replaceChildren(replacement);
      element.setAttribute('lang', target);
    },
    restore() {
      for (const { element, original, lang } of done.reverse()) {
        element.replaceChildren(original);
        if (lang === null) element.removeAttribute('lang');
        else element.setAttribute('lang', lang);
      }
      done.length = 0;
    },
  };
}
