/**
 * A first look at a page outside the catalogue, cheap enough for every page of the web (any-site mode):
 * its address and its <head>, then (only for a page that looks like an article) the text of its first
 * few paragraphs; no layout, no walk of the whole body. It answers "may this be a crypto news
 * article?"; detectArticle decides afterwards, on the few pages that pass.
 */
import { cryptoTerms } from './crypto-topic';
import { ARTICLE_PATH, ARTICLE_SLUG, ARTICLE_TYPES, isNeverArticleUrl } from './detect-article';

/** `"@type": "NewsArticle"` (or a list starting with it) in JSON-LD, read as text: no JSON parsing. */
const LD_ARTICLE_TYPE = new RegExp(`"@type"\\s*:\\s*\\[?\\s*"${ARTICLE_TYPES.source.slice(1, -1)}"`);
/** Enough of each JSON-LD block to reach its type. */
const LD_SAMPLE_CHARS = 20_000;
const TOPIC_META = ['og:title', 'description', 'og:description', 'keywords', 'news_keywords'];
/** Titles can be about a person or a firm ("Mt. Gox trustee extends…"): the lede says the topic. */
const LEDE_PARAGRAPHS = 6;
const LEDE_MIN_CHARS = 60;
const LEDE_MAX_CHARS = 3000;

export interface HeadVerdict {
  articleSignal: string | null;
  cryptoTerms: string[];
}

/** What the address and the head say, for tests and explanations. */
export function readHeadSignals(doc: Document, url: URL): HeadVerdict {
  if (isNeverArticleUrl(url)) return { articleSignal: null, cryptoTerms: [] };
  const articleSignal = articleSignalOf(doc, url);
  if (!articleSignal) return { articleSignal, cryptoTerms: [] };
  const slug = safeDecode(url.pathname).replace(/[-_/]+/g, ' ');
  const head = [doc.title, ...TOPIC_META.map((key) => meta(doc, key)), slug].join(' ');
  const terms = cryptoTerms(head);
  return { articleSignal, cryptoTerms: terms.length ? terms : cryptoTerms(lede(doc)) };
}

/** The first few paragraphs of real length, in page order (a live collection, read no further). */
function lede(doc: Document): string {
  let text = '';
  let taken = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const line = p.textContent ?? '';
    if (line.length < LEDE_MIN_CHARS) continue;
    text += ` ${line}`;
    if (++taken >= LEDE_PARAGRAPHS || text.length >= LEDE_MAX_CHARS) break;
  }
  return text;
}

/** An article by its address or head, and about crypto by its title, description or address. */
export function mayBeCryptoNews(doc: Document, url: URL): boolean {
  const { articleSignal, cryptoTerms: terms } = readHeadSignals(doc, url);
  return articleSignal !== null && terms.length > 0;
}

function articleSignalOf(doc: Document, url: URL): string | null {
  if (meta(doc, 'og:type') === 'article') return 'og:type article';
  if (meta(doc, 'article:published_time')) return 'article:published_time';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (LD_ARTICLE_TYPE.test((script.textContent ?? '').slice(0, LD_SAMPLE_CHARS))) return 'json-ld article';
  }
  if (ARTICLE_PATH.test(url.pathname)) return 'article url';
  if (ARTICLE_SLUG.test(url.pathname)) return 'slug url';
  return null;
}

function meta(doc: Document, key: string): string {
  return doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a malformed escape in the address: read it as it is
  }
}
