import { baseLanguage, stopwordsFor } from './stopwords';

// Han, Hiragana, Katakana, Hangul syllables: scripts written without spaces between words
// (Hangul has spaces, but its words are short; bigrams still work for it).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
// A word: letters/digits, joined by inner apostrophes, dots or hyphens ("don't", "0.20", "eip-4844").
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Lowercased, NFKC-normalised text with typographic apostrophes unified. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'");
}

/** True when the text contains Han, Hiragana or Katakana characters. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

function cjkBigrams(run: string, out: string[]): void {
  const chars = [...run];
  if (chars.length === 1) {
    out.push(chars[0] ?? '');
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
}

// Keeps "don't" → "don't" but strips a trailing possessive so "Bitcoin's" matches "Bitcoin".
function cleanWord(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/**
 * Content terms of a text for similarity scoring: lowercased words without stopwords, with
 * character bigrams for Han/Kana runs (no spaces to split on) and a light suffix stem.
 */
export function contentTerms(text: string, lang: string): string[] {
  const norm = normalizeText(text);
  const stop = stopwordsFor(lang);
  const out: string[] = [];
  if (hasCjk(norm)) {
    for (const m of norm.matchAll(CJK_RUN)) {
      const grams: string[] = [];
      cjkBigrams(m[0], grams);
      for (const g of grams) if (!stop.has(g)) out.push(g);
    }
  }
  for (const m of norm.replace(CJK_RUN, ' ').matchAll(WORD)) {
    const word = cleanWord(m[0]);
    if (word.length < 2 && !/\p{N}/u.test(word)) continue;
    if (stop.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * A crude, language-neutral stem: long words are cut to their first 7 characters, so that
 * inflections ("surged"/"surges", "активирован"/"активирована") meet. Numbers stay whole.
 */
function stem(word: string): string {
  if (/\p{N}/u.test(word)) return word;
  const chars = [...word];
  return chars.length > 7 ? chars.slice(0, 7).join('') : word;
}

/**
 * Tokens for ROUGE: lowercased, punctuation removed (it splits words, as in the reference
 * ROUGE script); each Han/Kana character is a token of its own.
 */
export function rougeTokens(text: string): string[] {
  const spaced = normalizeText(text).replace(CJK_CHAR, ' $& ');
  return spaced.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Number of words in a sentence; for zh/ja it counts the word-like segments of `Intl.Segmenter`. */
export function countWords(text: string, lang: string): number {
  if (!hasCjk(text)) return text.match(WORD)?.length ?? 0;
  const base = baseLanguage(lang) || 'zh';
  let seg = wordSegmenters.get(base);
  if (!seg) {
    seg = new Intl.Segmenter(base, { granularity: 'word' });
    wordSegmenters.set(base, seg);
  }
  let n = 0;
  for (const s of seg.segment(text)) if (s.isWordLike) n++;
  return n;
}
