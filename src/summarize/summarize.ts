import { unfitReason } from './sentence-filters';
import { splitSentences } from './sentences';
import { contentTerms, countWords } from './tokenize';

export interface SummaryInput {
  title: string;
  /** Plain text of the article's blocks, in reading order. */
  paragraphs: string[];
  /** BCP 47 language of the article ("en", "pt-BR", "zh"). */
  lang: string;
}

export interface SummaryPoint {
  /** A whole sentence of the article, trimmed. */
  text: string;
  /** Index in `SummaryInput.paragraphs` of the block it comes from (to scroll to it). */
  paragraph: number;
}

/** A summary and how many sentences of its input could be key points (the summarizer's own filter). */
export interface CountedSummary {
  points: SummaryPoint[];
  usable: number;
}

export interface SummarizeOptions {
  /** Exact number of points wanted (capped by the usable sentences); by default 3 to 5 by length. */
  count?: number;
  /** Other values of the tunables, for the evaluation script only (scripts/eval-summary.ts). */
  tuning?: Partial<SummaryTuning>;
}

/**
 * The summarizer's tunables. Centrality finds what the article keeps talking about; news puts its
 * most important facts first; the headline names the story; points from different paragraphs
 * cover more of it. Set once on the whole corpus of tests/fixtures/articles (`npm run eval:summary`),
 * never per article.
 */
export interface SummaryTuning {
  centrality: number;
  position: number;
  title: number;
  /** How fast the position prior decays: 1 / (1 + order)^positionDecay. */
  positionDecay: number;
  /** Key points are short: sentences longer than this lose score in proportion (readers skim the panel). */
  conciseWords: number;
  lengthPenalty: number;
  /** MMR trade-off between relevance and novelty (1 = relevance only). */
  mmrLambda: number;
  /** Score taken from a sentence whose paragraph already gave a point (points should cover the story). */
  sameParagraph: number;
  /** Added to a sentence that states a figure (an amount, a price, a count): key points carry the numbers. */
  figures: number;
}

// Measured on the 19 articles (ROUGE-1 F1 against the publishers' points, k = their count):
// these values give 34.8 against Lead-k's 29.9 (33.7 without the figures term, which tied Lead-k
// in Russian; any figures weight from 0.04 to 0.2 gives 34.6-35.0); the earlier equal weights
// (1/3 each, no paragraph term, λ 0.6) gave 30.9.
export const DEFAULT_TUNING: SummaryTuning = {
  centrality: 0.2,
  position: 0.7,
  title: 0.65,
  positionDecay: 0.5,
  conciseWords: 30,
  lengthPenalty: 0.5,
  mmrLambda: 0.5,
  sameParagraph: 0.2,
  figures: 0.05,
};
/** A digit: the sentence states a figure (price, amount, date, count), in any script's digits. */
const FIGURE = /\p{Nd}/u;
/** Two sentences this similar say the same thing: never pick both. */
const DUPLICATE_SIMILARITY = 0.65;
/** PageRank damping, as in TextRank/LexRank. */
const DAMPING = 0.85;
const MAX_ITERATIONS = 50;
const CONVERGENCE = 1e-6;
/** Scoring is quadratic in sentences: past this many (a book, not a news article) the rest is ignored. */
const MAX_SENTENCES = 600;

interface Sentence {
  text: string;
  paragraph: number;
  /** Order among the usable sentences (0 = first). */
  order: number;
  words: number;
  /** Sparse unit TF-IDF vector: term ids ascending, with their weights. */
  ids: Int32Array;
  weights: Float64Array;
}

/** Default number of points for an article of this length. */
export function defaultPointCount(words: number): number {
  if (words < 400) return 3;
  if (words < 1200) return 4;
  return 5;
}

/** Usable sentences (the summarizer's own filter) a text needs for its usual three points. */
export const ENOUGH_SENTENCES = 3;

/**
 * Sentences of these paragraphs that could be key points, counted until `enough` (whole paragraphs):
 * decides whether an article root's prose is enough or Readability's article should be tried.
 */
export function usableSentenceCount(
  paragraphs: readonly string[],
  lang: string,
  enough = ENOUGH_SENTENCES,
): number {
  let n = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph, lang)) if (!unfitReason(sentence, lang)) n++;
    if (n >= enough) break;
  }
  return n;
}

/**
 * Picks 3 to 5 sentences of the article as its key points, in reading order.
 * Deterministic: same input, same output. Skips promotions, "see also" lines, captions,
 * disclaimers, questions and sentences under 6 or over 60 words.
 */
export function summarize(input: SummaryInput, options: SummarizeOptions = {}): SummaryPoint[] {
  return summarizeCounted(input, options).points;
}

/**
 * `summarize`, with the count of usable sentences from the same split (the background's reply: whether the
 * article root had prose enough, or Readability's article is worth a try).
 */
export function summarizeCounted(input: SummaryInput, options: SummarizeOptions = {}): CountedSummary {
  const { lang } = input;
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const usable: { text: string; paragraph: number; terms: string[]; words: number }[] = [];
  let words = 0;
  input.paragraphs.forEach((paragraph, index) => {
    for (const text of splitSentences(paragraph, lang)) {
      const count = countWords(text, lang);
      words += count;
      if (unfitReason(text, lang)) continue;
      usable.push({ text, paragraph: index, terms: contentTerms(text, lang), words: count });
    }
  });
  const withTerms = usable.filter((s) => s.terms.length > 0).slice(0, MAX_SENTENCES);
  const none = { points: [], usable: usable.length };
  if (withTerms.length === 0) return none;
  const wanted = Math.min(options.count ?? defaultPointCount(words), withTerms.length);
  if (wanted <= 0) return none;

  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const s of withTerms) {
    for (const term of new Set(s.terms)) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = withTerms.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  const sentences: Sentence[] = withTerms.map((s, order) => ({
    text: s.text,
    paragraph: s.paragraph,
    order,
    words: s.words,
    ...vectorize(s.terms, vocabulary, idf),
  }));
  const title = vectorize(contentTerms(input.title, lang), vocabulary, idf);

  const similarity = similarityMatrix(sentences);
  const centrality = normalizeMax(pageRank(similarity, n));
  const scores = sentences.map((s, i) => {
    const position = 1 / Math.pow(1 + s.order, tuning.positionDecay);
    const titleOverlap = dot(s.ids, s.weights, title.ids, title.weights);
    const concision =
      s.words > tuning.conciseWords ? Math.pow(tuning.conciseWords / s.words, tuning.lengthPenalty) : 1;
    return (
      concision *
      (tuning.centrality * (centrality[i] ?? 0) +
        tuning.position * position +
        tuning.title * titleOverlap +
        (FIGURE.test(s.text) ? tuning.figures : 0))
    );
  });

  const paragraphs = sentences.map((s) => s.paragraph);
  const picked = selectByMmr(scores, similarity, wanted, tuning, paragraphs);
  const points = picked
    .sort((a, b) => a - b)
    .map((i) => {
      const s = sentences[i] as Sentence;
      return { text: s.text, paragraph: s.paragraph };
    });
  return { points, usable: usable.length };
}

function vectorize(
  terms: string[],
  vocabulary: Map<string, number>,
  idf: number[],
): { ids: Int32Array; weights: Float64Array } {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const id = vocabulary.get(term);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, k) => {
    const w = (1 + Math.log(counts.get(id) ?? 1)) * (idf[id] ?? 0);
    weights[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
  return { ids, weights };
}

/** Dot product of two sparse vectors with ascending ids (cosine, as both are unit vectors). */
function dot(aIds: Int32Array, aW: Float64Array, bIds: Int32Array, bW: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < aIds.length && j < bIds.length) {
    const a = aIds[i] as number;
    const b = bIds[j] as number;
    if (a === b) {
      sum += (aW[i] as number) * (bW[j] as number);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return sum;
}

/** Dense symmetric cosine matrix, row-major (n ≤ a few hundred sentences for any article). */
function similarityMatrix(sentences: Sentence[]): Float64Array {
  const n = sentences.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const a = sentences[i] as Sentence;
    for (let j = i + 1; j < n; j++) {
      const b = sentences[j] as Sentence;
      const s = dot(a.ids, a.weights, b.ids, b.weights);
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  }
  return m;
}

/** Weighted PageRank (continuous LexRank) over the similarity graph, by power iteration. */
function pageRank(similarity: Float64Array, n: number): Float64Array {
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += similarity[i * n + j] as number;
    rowSum[i] = sum;
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const r = rank[i] as number;
      const sum = rowSum[i] as number;
      if (sum === 0) {
        dangling += r;
        continue;
      }
      for (let j = 0; j < n; j++) {
        const w = similarity[i * n + j] as number;
        if (w > 0) next[j] = (next[j] as number) + (DAMPING * r * w) / sum;
      }
    }
    // A sentence sharing no term with any other spreads its rank evenly, as PageRank does.
    if (dangling > 0) for (let j = 0; j < n; j++) next[j] = (next[j] as number) + (DAMPING * dangling) / n;
    let delta = 0;
    for (let j = 0; j < n; j++) delta += Math.abs((next[j] as number) - (rank[j] as number));
    rank = next;
    if (delta < CONVERGENCE) break;
  }
  return rank;
}

function normalizeMax(values: Float64Array): Float64Array {
  let max = 0;
  for (const v of values) max = Math.max(max, v);
  return max > 0 ? values.map((v) => v / max) : values;
}

/** Maximal marginal relevance: each pick trades its score against its likeness to earlier picks. */
function selectByMmr(
  scores: number[],
  similarity: Float64Array,
  wanted: number,
  tuning: SummaryTuning,
  paragraphs: readonly number[],
): number[] {
  const n = scores.length;
  const lambda = tuning.mmrLambda;
  const picked: number[] = [];
  const pickedParagraphs = new Set<number>();
  const maxSimToPicked = new Float64Array(n);
  const excluded = new Uint8Array(n);
  while (picked.length < wanted) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (excluded[i]) continue;
      const repeat = pickedParagraphs.has(paragraphs[i] as number) ? tuning.sameParagraph : 0;
      const value = lambda * ((scores[i] as number) - repeat) - (1 - lambda) * (maxSimToPicked[i] as number);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    pickedParagraphs.add(paragraphs[best] as number);
    excluded[best] = 1;
    for (let i = 0; i < n; i++) {
      const s = similarity[best * n + i] as number;
      if (s > (maxSimToPicked[i] as number)) maxSimToPicked[i] = s;
      if (s >= DUPLICATE_SIMILARITY) excluded[i] = 1;
    }
  }
  return picked;
}
