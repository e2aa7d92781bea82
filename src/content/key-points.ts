import { extractArticle } from '../extract/article';
import { extractPublisherKeyPoints } from '../extract/key-points';
import { HIDDEN_ATTR } from '../clean/hide';
import { unfitReason } from '../summarize/sentence-filters';
import { splitSentences } from '../summarize/sentences';
import type { SummaryInput, SummaryPoint } from '../summarize/summarize';
import type { KeyPointSource } from '../ui/panel';
import { articleTextBlocks, findSentenceBlock, looseTextBlocks, type TextBlock } from './article-blocks';
import { summaryBlocks } from './summary-blocks';

export interface KeyPoints {
  points: string[];
  source: KeyPointSource;
  /** Where each point is in the page (for scroll-to), when known. */
  targets: (Element | null)[];
  /** The publisher's box holding the points (label included), when they come from one. */
  box?: Element[];
}

/** What the key points need to know of the article; a full extraction is only a fallback. */
export interface ArticleBasics {
  title: string;
  lang: string | null;
  /** Readability's sanitized body, when it was extracted (reader view, edition, or a page without a root). */
  content?: DocumentFragment;
}

/**
 * Where the publisher's key points can be: the article's own region (the smallest ancestor of the root
 * that also holds the headline), not comment threads and footers (a 5 MB page spent 200 ms there).
 */
function keyPointScope(doc: Document, root: Element | null): ParentNode {
  const body = doc.body ?? doc;
  const headline = doc.querySelector('h1');
  if (!root || !headline) return body;
  let scope: Element | null = root.parentElement;
  while (scope && scope !== doc.body && !scope.contains(headline)) scope = scope.parentElement;
  // One level up: a key-points box beside the title block or right after the body.
  return scope?.parentElement ?? body;
}

/** Blocks sent to the summarizer at most (it would ignore sentences past ~600 anyway). */
const MAX_SUMMARY_BLOCKS = 200;

export type KeyPointOptions = { publisher?: boolean };

/** Either the publisher's points, found now, or the input of a summary and how to turn its output into points. */
export type KeyPointPlan =
  { points: KeyPoints } | { input: SummaryInput; finish(summary: readonly SummaryPoint[]): KeyPoints };

export function planKeyPoints(
  doc: Document,
  root: Element | null,
  article: ArticleBasics | null,
  options: KeyPointOptions = {},
): KeyPointPlan {
  const publisher = extractPublisherKeyPoints(keyPointScope(doc, root));
  if (publisher && publisher.points.length && options.publisher !== false) {
    const items = publisher.blocks.flatMap((block) => [...block.querySelectorAll('li, p')]);
    const targets = publisher.points.map(
      (point) =>
        items.find((el) => (el.textContent ?? '').includes(point.slice(0, 40))) ??
        publisher.blocks[0] ??
        null,
    );
    return { points: { points: publisher.points, source: 'publisher', targets, box: publisher.blocks } };
  }
  const lang = article?.lang ?? doc.documentElement.lang ?? 'en';
  const blocks = summarySource(doc, root, article, publisher?.blocks ?? [], lang);
  return {
    input: { title: article?.title ?? doc.title, paragraphs: blocks.map((b) => b.text), lang },
    finish: (summary) => ({
      points: summary.map((p) => p.text),
      source: 'local',
      targets: summary.map(
        (p) => blocks[p.paragraph]?.element ?? findSentenceBlock(blocks, p.text)?.element ?? null,
      ),
    }),
  };
}

/** Sentences a summary needs to give its usual three points. */
const ENOUGH_SENTENCES = 3;

/** Sentences of these blocks that could be key points (the summarizer's own filter). */
function usableSentences(blocks: readonly TextBlock[], lang: string): number {
  let n = 0;
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text, lang)) if (!unfitReason(sentence, lang)) n++;
    if (n >= ENOUGH_SENTENCES) break;
  }
  return n;
}

/**
 * The blocks to summarize: the article root's prose (teasers, captions, comments... left out, see
 * summary-blocks.ts). When the root gives fewer than three usable sentences (a root that is one
 * paragraph of a body split into cards, a comment thread, a consent notice), Readability's
 * article is tried, and the source with more usable sentences wins.
 */
function summarySource(
  doc: Document,
  root: Element | null,
  article: ArticleBasics | null,
  publisherBlocks: readonly Element[],
  lang: string,
): TextBlock[] {
  // The live article root gives scroll targets; the extracted article is the fallback (reader view).
  let blocks = root ? summaryBlocks(articleTextBlocks(root, publisherBlocks), root) : [];
  // A body of text and <br> has no paragraph elements: its lines are the paragraphs.
  // Its lines pass the same filter (a comment thread is often text and <br> too).
  if (blocks.length < ENOUGH_SENTENCES && root)
    blocks = [...blocks, ...summaryBlocks(looseTextBlocks(root), root)];
  const usable = usableSentences(blocks, lang);
  if (usable < ENOUGH_SENTENCES) {
    const content =
      article?.content ?? extractArticle(doc, { removeSelectors: [`[${HIDDEN_ATTR}]`] })?.content ?? null;
    const other = content ? summaryBlocks(articleTextBlocks(content), content) : [];
    if (usableSentences(other, lang) > usable) blocks = other;
  }
  // Key points come from the head of a story; a book-length page is summarized from its first blocks.
  return blocks.slice(0, MAX_SUMMARY_BLOCKS);
}

/** Key points with a summarizer on this thread (extension pages, tests). */
export function computeKeyPoints(
  doc: Document,
  root: Element | null,
  article: ArticleBasics | null,
  summarize: (input: SummaryInput) => SummaryPoint[],
  options: KeyPointOptions = {},
): KeyPoints {
  const plan = planKeyPoints(doc, root, article, options);
  return 'points' in plan ? plan.points : plan.finish(summarize(plan.input));
}

/** Key points with a summarizer elsewhere (the background), so the page's main thread does not pay for it. */
export async function computeKeyPointsAsync(
  doc: Document,
  root: Element | null,
  article: ArticleBasics | null,
  summarize: (input: SummaryInput) => Promise<SummaryPoint[]>,
  options: KeyPointOptions = {},
): Promise<KeyPoints> {
  const plan = planKeyPoints(doc, root, article, options);
  return 'points' in plan ? plan.points : plan.finish(await summarize(plan.input));
}
