// JavaScript's \b only knows ASCII letters, even with the u flag: "\bбонус" never matches.
// Patterns here are written with \b and compiled with Unicode-aware boundaries: a \b that opens
// an alternative or group must be followed by a word ("not after a letter"), any other \b closes
// one ("not before a letter"). One-sided lookarounds are ~10x faster than a two-sided boundary.
// Letters and digits of the scripts news is written in, as explicit ranges (input is lowercased):
// \p{L} costs V8 its whole Unicode table at every one of the hundreds of boundaries (30-60 ms per page);
// ranges cost nothing.
const WORD_CHARS = String.raw`0-9a-z\u00aa\u00b5\u00ba\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u1e00-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af`;
const NOT_AFTER_WORD_CHAR = `(?<![${WORD_CHARS}])`;
const NOT_BEFORE_WORD_CHAR = `(?![${WORD_CHARS}])`;

/** What wordRegex returns: a case-insensitive test (the patterns are written in lower case). */
export interface WordPattern {
  test(text: string): boolean;
}

/** A case-insensitive Unicode pattern whose \b is a word boundary for every script (input lowercased). */
export function wordRegex(source: string): WordPattern {
  const compiled = source.replace(/\\b/g, (_match, offset: number) => {
    // Only the few characters before \b decide (start of an alternative or group): no quadratic slicing.
    const before = source.slice(Math.max(0, offset - 3), offset);
    return offset === 0 || /(?:\||\((?:\?:)?|\^)$/.test(before) ? NOT_AFTER_WORD_CHAR : NOT_BEFORE_WORD_CHAR;
  });
  const regex = new RegExp(compiled, 'u');
  return { test: (text: string) => regex.test(text.toLowerCase()) };
}
