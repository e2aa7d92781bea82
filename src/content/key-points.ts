import { extractPublisherKeyPoints } from '../extract/key-points';
import type { SummaryInput, SummaryPoint } from '../summarize/summarize';
import type { KeyPointSource } from '../ui/panel';
import { articleTextBlocks, findSentenceBlock, type TextBlock } from './article-blocks';

export interface KeyPoints {
  points: string[];
  source: KeyPointSource;
  /** Where each point is in the page (for scroll-to), when known. */
  targets: (Element | null)[];
  /** The publisher's box holding the points (label included), when they come from one. */
  box?: Element[];
}

/** Key points for the article of `doc`: the publisher's own, else an on-device extractive summary. */
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
  // The live article root gives scroll targets; the extracted article is the fallback (reader view).
  let blocks: TextBlock[] = root ? articleTextBlocks(root, publisher?.blocks ?? []) : [];
  if (blocks.length < 3 && article?.content) blocks = articleTextBlocks(article.content);
  // Key points come from the head of a story; a book-length page is summarized from its first blocks.
  blocks = blocks.slice(0, MAX_SUMMARY_BLOCKS);
  const lang = article?.lang ?? doc.documentElement.lang ?? 'en';
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
