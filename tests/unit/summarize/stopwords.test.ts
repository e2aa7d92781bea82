import { describe, expect, it } from 'vitest';
import lists from 'stopwords-iso/stopwords-iso.json';
import { STOPWORD_LISTS } from '../../../src/summarize/stopword-lists';
import { stopwordsFor } from '../../../src/summarize/stopwords';

const PACKAGE: Readonly<Record<string, readonly string[]>> = lists;

describe('stopword lists', () => {
  it('are the package lists, word for word (regenerate with scripts/stopword-lists.mjs)', () => {
    expect(Object.keys(STOPWORD_LISTS).length).toBeGreaterThan(10);
    for (const [lang, joined] of Object.entries(STOPWORD_LISTS)) {
      expect(joined.split('\n'), lang).toEqual(PACKAGE[lang]);
    }
  });

  it('gives a language its lowercased list, and an empty one for anything else', () => {
    const en = stopwordsFor('en-GB');
    expect(en.has('the')).toBe(true);
    expect(en.size).toBe(new Set(PACKAGE.en!.map((w) => w.toLowerCase())).size);
    expect([...stopwordsFor('de')].every((w) => w === w.toLowerCase())).toBe(true);
    expect(stopwordsFor('xx').size).toBe(0);
    expect(stopwordsFor('constructor').size).toBe(0);
  });
});
