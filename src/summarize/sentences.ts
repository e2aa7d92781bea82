import { baseLanguage, stopwordsFor } from './stopwords';
import { collapseWhitespace } from '../util/text';

// ICU's sentence rules (behind Intl.Segmenter) break after every "word + period + space + capital",
// so "Mr. Smith", "Mt. Gox", "Oct. 31", "z. B." and "Am 10. Januar" come out split. The lists below
// repair those breaks; they are lowercase and without the final period.

/** Abbreviations that do not end a sentence: always joined to what follows. */
const NEVER_FINAL = new Set([
  // English titles and Latin abbreviations
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'st',
  'mt',
  'vs',
  'approx',
  'appr',
  'ca',
  'cf',
  'e.g',
  'i.e',
  'nr',
  'vol',
  'fig',
  'jr',
  'sr',
  // French, Spanish, Portuguese, Italian
  'm',
  'mme',
  'mlle',
  'env',
  'p.ex',
  'sra',
  'dña',
  'núm',
  'aprox',
  'sig',
  'dott',
  'sig.ra',
  // German
  'bzw',
  'vgl',
  'ggf',
  'inkl',
  'sog',
  'd.h',
  'z.b',
  'u.a',
  'evtl',
  // Russian/Ukrainian
  'т.е',
  'т.к',
  'т.н',
  'т.д',
  'т.п',
  'напр',
  'им',
  'см',
  'прим',
]);

/** Abbreviations that may end a sentence: joined only when the next part starts in lowercase or with a digit. */
const MAYBE_FINAL = new Set([
  'no',
  'nos',
  'ft',
  'inc',
  'ltd',
  'corp',
  'co',
  'llc',
  'plc',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'usw',
  'г',
  'гг',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'долл',
]);

const CLOSERS = /^[”’"'»)\]」』）】]+/u;
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  const base = baseLanguage(lang) || 'en';
  let seg = sentenceSegmenters.get(base);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(base, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    sentenceSegmenters.set(base, seg);
  }
  return seg;
}

/** The token before the final period of a part, e.g. "U.S" for "... in the U.S.", or null. */
function finalAbbreviation(part: string): string | null {
  const m = /(?:^|[\s(«"“'‘])([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*|[\p{L}]\.\s?[\p{L}])\.$/u.exec(part);
  return m?.[1] ? m[1].replace(/\s/g, '') : null;
}

function firstWord(part: string): string {
  return /[\p{L}\p{N}]+/u.exec(part)?.[0] ?? '';
}

/** Should the break between `prev` and `next` be undone? */
function isFalseBreak(prev: string, next: string, lang: string): boolean {
  const abbr = finalAbbreviation(prev);
  if (!abbr) return false;
  const lower = abbr.toLowerCase();
  const nextStartsLowerOrDigit = /^[\s"“«(]*[\p{Ll}\p{N}]/u.test(next);
  if (NEVER_FINAL.has(lower)) return true;
  // Initials and one-letter abbreviations: "J. Powell", "z. B.", "т. е."
  if ([...abbr].length === 1 && /\p{L}/u.test(abbr)) return true;
  if (MAYBE_FINAL.has(lower)) return nextStartsLowerOrDigit;
  const stop = stopwordsFor(lang);
  const nextWord = firstWord(next).toLowerCase();
  // Dotted acronyms ("U.S.", "U.K."): a sentence after them usually starts with a function
  // word ("The", "It"), a continued noun phrase does not ("U.S. Securities and Exchange Commission").
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(abbr)) return nextWord !== '' && !stop.has(nextWord);
  // Ordinals written "10." (German, Scandinavian, Slavic dates): "Am 10. Januar 2024".
  if (
    /^\p{N}{1,2}$/u.test(abbr) &&
    ['de', 'da', 'nb', 'no', 'fi', 'pl', 'cs', 'sk', 'hu', 'tr'].includes(baseLanguage(lang))
  ) {
    return nextWord !== '' && !stop.has(nextWord);
  }
  return false;
}

/**
 * Splits a paragraph into sentences with `Intl.Segmenter`, then repairs its false breaks after
 * abbreviations, initials and ordinals, and keeps closing quotes with their sentence.
 * Returns trimmed, non-empty sentences in order.
 */
export function splitSentences(text: string, lang: string): string[] {
  const parts: string[] = [];
  for (const { segment } of sentenceSegmenter(lang).segment(text)) {
    let part = segment;
    const prevIndex = parts.length - 1;
    const prev = parts[prevIndex];
    if (prev !== undefined) {
      const closer = CLOSERS.exec(part.trimStart());
      if (closer && /[.!?。！？]\s*$/u.test(prev)) {
        parts[prevIndex] = prev.trimEnd() + closer[0];
        part = part.trimStart().slice(closer[0].length);
        if (!part.trim()) continue;
      }
      const joined = parts[prevIndex] ?? '';
      if (isFalseBreak(joined.trimEnd(), part, lang)) {
        parts[prevIndex] = joined + part;
        continue;
      }
    }
    parts.push(part);
  }
  return parts.map((p) => collapseWhitespace(p)).filter((p) => p.length > 0);
}
