import { extractPublisherKeyPoints } from '../extract/key-points';
import {
  ENOUGH_SENTENCES,
  usableSentenceCount,
  type CountedSummary,
  type SummaryInput,
  type SummaryPoint,
} from '../summarize/summarize';
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

/**
 * Readability's article (hidden promotions left out), for a root whose own prose is too thin. The caller
 * supplies it: the panel loads Readability on demand (extras.js), only for such a root.
 */
export type ExtractFallback<R> = (doc: Document) => R;

export type KeyPointOptions<R = ArticleBasics | null> = { publisher?: boolean; extract?: ExtractFallback<R> };

/** Either the publisher's points, found now, or the input of a summary and how to turn its output into points. */
export type KeyPointPlan = { points: KeyPoints } | SummaryPlan;

interface SummaryPlan {
  input: SummaryInput;
  finish(summary: readonly SummaryPoint[]): KeyPoints;
}

/** A summarizer elsewhere (the background) that also counts its input's usable sentences. */
export type CountingSummarizer = (input: SummaryInput) => Promise<CountedSummary>;

/** The publisher's points, found now, or a summary to ask of a counting summarizer. */
export type AsyncKeyPointPlan =
  { points: KeyPoints } | { summarize(remote: CountingSummarizer): Promise<KeyPoints> };

/** The publisher's own points, when it has some (and they are wanted); else where its box is, to skip it. */
function publisherPlan(
  doc: Document,
  root: Element | null,
  options: { publisher?: boolean },
): { points: KeyPoints } | { box: readonly Element[] } {
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
  return { box: publisher?.blocks ?? [] };
}

function summaryPlan(
  doc: Document,
  article: ArticleBasics | null,
  lang: string,
  blocks: readonly TextBlock[],
): SummaryPlan {
  // Key points come from the head of a story; a book-length page is summarized from its first blocks.
  const head = blocks.slice(0, MAX_SUMMARY_BLOCKS);
  return {
    input: { title: article?.title ?? doc.title, paragraphs: head.map((b) => b.text), lang },
    finish: (summary) => ({
      points: summary.map((p) => p.text),
      source: 'local',
      targets: summary.map(
        (p) => head[p.paragraph]?.element ?? findSentenceBlock(head, p.text)?.element ?? null,
      ),
    }),
  };
}

const articleLang = (doc: Document, article: ArticleBasics | null): string =>
  article?.lang ?? doc.documentElement.lang ?? 'en';

/** The plan, with Readability's article (when needed and not given) from a synchronous `extract`. */
export function planKeyPoints(
  doc: Document,
  root: Element | null,
  article: ArticleBasics | null,
  options: KeyPointOptions = {},
): KeyPointPlan {
  const publisher = publisherPlan(doc, root, options);
  if ('points' in publisher) return publisher;
  const lang = articleLang(doc, article);
  const own = rootSource(root, publisher.box, lang);
  const content = own.enough ? null : (article?.content ?? options.extract?.(doc)?.content ?? null);
  return summaryPlan(doc, article, lang, preferredSource(own, content, lang));
}

/**
 * The same choices for the panel, with no sentence splitting on the page: the summarizer (the background)
 * counts the usable sentences of the root's prose as it summarizes it. Only when they are too few is
 * Readability's article loaded (`extract`) and summarized too, and the source with more usable sentences
 * wins, as in planKeyPoints. (Splitting on the page cost 30 to 40 ms on decrypt, about half of it
 * Intl.Segmenter's first construction in the page's process.)
 */
export function planKeyPointsAsync(
  doc: Document,
  root: Element | null,
  article: ArticleBasics | null,
  options: KeyPointOptions<ArticleBasics | null | Promise<ArticleBasics | null>> = {},
): AsyncKeyPointPlan {
  const publisher = publisherPlan(doc, root, options);
  if ('points' in publisher) return publisher;
  const lang = articleLang(doc, article);
  const own = summaryPlan(doc, article, lang, rootBlocks(root, publisher.box));
  return {
    async summarize(remote) {
      const ownSummary = await remote(own.input);
      if (ownSummary.usable >= ENOUGH_SENTENCES) return own.finish(ownSummary.points);
      const content = article?.content ?? (await options.extract?.(doc))?.content ?? null;
      if (!content) return own.finish(ownSummary.points);
      const other = summaryPlan(doc, article, lang, summaryBlocks(articleTextBlocks(content), content));
      const otherSummary = await remote(other.input);
      return otherSummary.usable > ownSummary.usable
        ? other.finish(otherSummary.points)
        : own.finish(ownSummary.points);
    },
  };
}

/** Sentences of these blocks that could be key points (the summarizer's own filter). */
function usableSentences(blocks: readonly TextBlock[], lang: string): number {
  return usableSentenceCount(
    blocks.map((block) => block.text),
    lang,
  );
}

interface RootSource {
  blocks: TextBlock[];
  usable: number;
  /** Enough usable sentences: Readability's article is not needed. */
  enough: boolean;
}

/**
 * The blocks to summarize: the article root's prose (teasers, captions, comments... left out, see
 * summary-blocks.ts). When the root gives fewer than three usable sentences (a root that is one
 * paragraph of a body split into cards, a comment thread, a consent notice), Readability's
 * article is tried (`preferredSource`), and the source with more usable sentences wins.
 */
function rootSource(root: Element | null, publisherBlocks: readonly Element[], lang: string): RootSource {
  const blocks = rootBlocks(root, publisherBlocks);
  const usable = usableSentences(blocks, lang);
  return { blocks, usable, enough: usable >= ENOUGH_SENTENCES };
}

function rootBlocks(root: Element | null, publisherBlocks: readonly Element[]): TextBlock[] {
  // The live article root gives scroll targets; the extracted article is the fallback (reader view).
  const blocks = root ? summaryBlocks(articleTextBlocks(root, publisherBlocks), root) : [];
  // A body of text and <br> has no paragraph elements: its lines are the paragraphs.
  // Its lines pass the same filter (a comment thread is often text and <br> too).
  if (blocks.length >= ENOUGH_SENTENCES || !root) return blocks;
  return [...blocks, ...summaryBlocks(looseTextBlocks(root), root)];
}

function preferredSource(own: RootSource, content: DocumentFragment | null, lang: string): TextBlock[] {
  if (own.enough || !content) return own.blocks;
  const other = summaryBlocks(articleTextBlocks(content), content);
  return usableSentences(other, lang) > own.usable ? other : own.blocks;
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
  summarize: CountingSummarizer,
  options: KeyPointOptions<ArticleBasics | null | Promise<ArticleBasics | null>> = {},
): Promise<KeyPoints> {
  const plan = planKeyPointsAsync(doc, root, article, options);
  return 'points' in plan ? plan.points : plan.summarize(summarize);
}
