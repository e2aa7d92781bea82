import { rougeTokens } from './tokenize';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

function score(overlap: number, candidateSize: number, referenceSize: number): RougeScore {
  const precision = candidateSize > 0 ? overlap / candidateSize : 0;
  const recall = referenceSize > 0 ? overlap / referenceSize : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join('\u0000');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N over token lists: clipped n-gram overlap (each reference n-gram counts at most as often as it occurs). */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, with two rolling rows. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let curr = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      curr[j] =
        a[i - 1] === b[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, curr[j - 1] as number);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}

/** ROUGE-L over token lists (LCS of the whole summaries, joined in order). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of a candidate summary against a reference, both given as
 * lists of points. Tokens are lowercased words without punctuation; Han/Kana characters count one by one.
 */
export function rouge(candidate: readonly string[], reference: readonly string[]): RougeScores {
  const cand = candidate.flatMap((s) => rougeTokens(s));
  const ref = reference.flatMap((s) => rougeTokens(s));
  return { rouge1: rougeN(cand, ref, 1), rouge2: rougeN(cand, ref, 2), rougeL: rougeL(cand, ref) };
}
