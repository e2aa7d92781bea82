/**
 * Is this page a crypto news article? Page signals only (the catalogue match is the caller's), each
 * with a reason so the options page and the tests can explain a verdict.
 *
 * Verdict: `isArticle` = article-shaped (score >= ARTICLE_THRESHOLD) AND (crypto/markets topic OR the
 * page belongs to a catalogue site, signalled by passing `site`). A non-crypto blog post therefore
 * reports `articleShaped: true, isArticle: false` (corpus: lumenstack-blog-arm-ci, auto_expected false):
 * the reader view may still use it, automatic cleanup must not.
 */
import { findArticleRoot, paragraphText, textStart } from './article-root';
import { cryptoTerms, isCryptoText } from './crypto-topic';
import { startsAtOrBefore } from '../util/dom-order';
import { jsonLdTypes } from './json-ld';

export interface Detection {
  isArticle: boolean;
  /** Looks like an article, whatever its topic. */
  articleShaped: boolean;
  /** Mentions crypto or markets (two distinct topic words in title and body start). */
  crypto: boolean;
  score: number;
  reasons: string[];
  /** The article body found on the way (findArticleRoot with the site's hint): callers need not look again. */
  root: Element | null;
}

export interface SiteHint {
  articleRoot?: string;
}

const ARTICLE_THRESHOLD = 4;
export const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|TechArticle|Report)$/;
const NON_ARTICLE_TYPES =
  /^(FAQPage|Product|ProductGroup|ExchangeRateSpecification|FinancialProduct|SearchResultsPage|CollectionPage|ProfilePage|QAPage)$/;

/** Paths of articles on exchange and publisher sites. */
export const ARTICLE_PATH =
  /\/(news|article|articles|post|posts|flash|blog|learn\/articles|square\/post|insights?|analysis|markets\/\d{4})(\/|$)|\/\d{4}\/\d{2}\/\d{2}\//i;
/** Paths of app pages that are never articles, whatever their markup says. */
const NON_ARTICLE_PATH =
  /\/(login|signin|sign-in|signup|sign-up|register|futures|trade|trade-spot|spot|price|prices|currencies|markets|help|support|faq|promotion|promotions|events|account|assets|wallet|download|earn)(\/|$)/i;
/** A final slug with words (`what-it-means-for-btc`) or a long id (`12560603991422`). */
export const ARTICLE_SLUG =
  /\/([a-z0-9\u00c0-\u024f\u0400-\u04ff]+-){3,}[a-z0-9\u00c0-\u024f\u0400-\u04ff]+\/?$|\/\d{6,}\/?$/i;

/** A site's front page: `/`, or a language's (`/en/`, `/zh-CN`). */
const FRONT_PAGE_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?$/i;
/**
 * A list of stories by the usual address shapes: a bare section (`/news`, `/en/blog/`), a tag, category
 * or author page (`/news/tag/bitcoin`, `/category/markets/`), a numbered page of a list (`/news/page/2`).
 */
const LISTING_PATH =
  /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/)?(?:(?:news|articles?|posts?|blog|flash|insights?|analysis|learn)\/?$|(?:[^?#]*\/)?(?:tags?|category|categories|authors?)\/[^/]+\/?$|(?:[^?#]*\/)?page\/\d+\/?$)/i;

/** An app page (trading, login, prices, help) by its path alone: never an article. Cheap: a regex. */
export function isAppPageUrl(url: URL): boolean {
  return NON_ARTICLE_PATH.test(url.pathname) && !ARTICLE_PATH.test(url.pathname);
}

/**
 * A front page by its address: a list of stories, never one. With a query (`/?p=123`, WordPress) or a
 * hash route (`/#/news/…`) the address may name an article, so only the bare path counts.
 */
export function isFrontPageUrl(url: URL): boolean {
  return FRONT_PAGE_PATH.test(url.pathname) && !url.search && url.hash.length <= 1;
}

/** A section, tag, category, author or numbered list page by its address. */
export function isListingUrl(url: URL): boolean {
  return LISTING_PATH.test(url.pathname);
}

/** Never an article, by the address alone: the document_start and DOM-ready scripts stop here. */
export function isNeverArticleUrl(url: URL): boolean {
  return isAppPageUrl(url) || isFrontPageUrl(url) || isListingUrl(url);
}

/** Reads as an article by the address alone (a news path or a long slug): worth preparing for before DOM ready. */
export function looksLikeArticleUrl(url: URL): boolean {
  return !isNeverArticleUrl(url) && (ARTICLE_PATH.test(url.pathname) || ARTICLE_SLUG.test(url.pathname));
}

export function detectArticle(doc: Document, url: URL, site?: SiteHint): Detection {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };

  const types = jsonLdTypes(doc);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  if (articleType) add(3, `json-ld ${articleType}`);
  else if (types.some((t) => NON_ARTICLE_TYPES.test(t))) add(-2, `json-ld ${types.join(',')}`);

  const ogType = meta(doc, 'og:type');
  if (ogType === 'article') add(2, 'og:type article');
  if (meta(doc, 'article:published_time')) add(1, 'article:published_time');

  const path = url.pathname;
  if (isAppPageUrl(url)) add(-5, 'app page url');
  else if (isFrontPageUrl(url)) add(-5, 'front page url');
  else if (isListingUrl(url)) add(-5, 'listing url');
  else if (ARTICLE_PATH.test(path)) add(2, 'article url');
  else if (ARTICLE_SLUG.test(path)) add(1, 'slug url');

  const root = findArticleRoot(doc, site?.articleRoot);
  const text = root ? paragraphText(root) : { chars: 0, paragraphs: 0 };
  // Chinese and Japanese pack more meaning per character.
  const start = root ? textStart(root, 4000) : '';
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(start.slice(0, 200));
  const enough = cjk ? 200 : 500;
  if (text.paragraphs >= 3 && text.chars >= enough)
    add(3, `body ${text.paragraphs} paragraphs, ${text.chars} chars`);
  else if (text.chars < enough / 3) add(-3, `little body text (${text.chars} chars)`);
  // A brief (one or two paragraphs under a headline) is news too, if the other signals agree.
  else add(1, `short body (${text.chars} chars)`);
  const h1 = doc.querySelector('h1');
  // Before the body, or its first line (a body container that holds its own headline).
  if (h1 && root && (startsAtOrBefore(h1, root) || root.contains(h1))) add(1, 'h1 before body');

  const articleShaped = score >= ARTICLE_THRESHOLD;
  const title = `${h1?.textContent ?? ''} ${meta(doc, 'og:title') ?? doc.title}`;
  // The URL slug and the description count too: client-rendered pages have no body yet at DOMContentLoaded.
  const slug = decodeURIComponent(path).replace(/[-_/]+/g, ' ');
  const topicText = `${title} ${meta(doc, 'description') ?? ''} ${slug} ${start}`;
  const crypto = isCryptoText(topicText);
  const terms = [...new Set(cryptoTerms(topicText))];
  reasons.push(crypto ? `topic crypto (${terms.slice(0, 4).join(', ')})` : 'topic not crypto');
  if (site) reasons.push('catalogue site');
  const isArticle = articleShaped && (crypto || site !== undefined);
  return { isArticle, articleShaped, crypto, score, reasons, root };
}

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() || null;
}
