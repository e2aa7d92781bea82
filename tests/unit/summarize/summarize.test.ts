import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unfitReason } from '../../../src/summarize/sentence-filters';
import { summarize, type SummaryInput } from '../../../src/summarize/summarize';
import { countWords } from '../../../src/summarize/tokenize';
import { CHINESE, FRENCH, JAPANESE, RUSSIAN, SPANISH } from './multilingual-articles';

const articlesDir = join(import.meta.dirname, '../../fixtures/articles');
const articles: (SummaryInput & { id: string })[] = readdirSync(articlesDir)
  .filter((f) => /^\d+\.json$/.test(f))
  .map((f) => ({ id: f, ...JSON.parse(readFileSync(join(articlesDir, f), 'utf8')) }))
  .filter((a) => a.paragraphs.length > 0);

/** The points are whole sentences of their paragraph, in reading order, none of them unfit. */
function expectWellFormed(input: SummaryInput, points: ReturnType<typeof summarize>): void {
  let lastParagraph = 0;
  let lastOffset = -1;
  for (const p of points) {
    const paragraph = input.paragraphs[p.paragraph] ?? '';
    const offset = paragraph.indexOf(p.text);
    expect(offset, `"${p.text}" is not in paragraph ${p.paragraph}`).toBeGreaterThanOrEqual(0);
    expect(p.text).toBe(p.text.trim());
    expect(unfitReason(p.text, input.lang)).toBeNull();
    if (p.paragraph === lastParagraph) expect(offset).toBeGreaterThan(lastOffset);
    else expect(p.paragraph).toBeGreaterThan(lastParagraph);
    lastParagraph = p.paragraph;
    lastOffset = offset;
  }
}

describe('summarize', () => {
  it.each(articles.map((a) => [a.id, a] as const))(
    'summarizes corpus article %s into 3 to 5 sentences',
    (_id, article) => {
      const points = summarize(article);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(5);
      expectWellFormed(article, points);
      expect(summarize(article)).toEqual(points);
    },
  );

  it('gives exactly the number of points asked for', () => {
    const article = articles.find((a) => a.id === '031.json');
    expect(article).toBeDefined();
    expect(summarize(article as SummaryInput, { count: 2 })).toHaveLength(2);
    expect(summarize(article as SummaryInput, { count: 5 })).toHaveLength(5);
  });

  it('picks the lead and the headline facts of a halving story', () => {
    const article = articles.find((a) => a.id === '031.json') as SummaryInput;
    const text = summarize(article, { count: 3 })
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('840,000');
    expect(text).toContain('3.125 BTC');
  });

  it.each([
    ['fr', FRENCH],
    ['es', SPANISH],
    ['ru', RUSSIAN],
    ['zh', CHINESE],
    ['ja', JAPANESE],
  ] as const)(
    'summarizes a %s article without its promotions, captions and disclaimers',
    (_lang, article) => {
      const points = summarize(article);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expectWellFormed(article, points);
      const text = points.map((p) => p.text).join('\n');
      expect(text).not.toMatch(
        /bonus|bono|бонус|赠金|ボーナス|Voir aussi|Читайте|延伸阅读|関連記事|Shutterstock|Источник|Avertissement|Aviso|免责声明|рекомендацией/iu,
      );
      expect(text).not.toMatch(/[?？]$/mu);
      expect(points[0]?.paragraph).toBe(0);
    },
  );

  it('never picks promos, see-also lines, captions, disclaimers or questions, even on topic', () => {
    const input: SummaryInput = {
      lang: 'en',
      title: 'Spot Bitcoin ETFs record $1 billion of inflows in a single day',
      paragraphs: [
        'Spot Bitcoin ETFs recorded $1 billion of net inflows on Thursday, the largest single-day total since January.',
        'Sign up now to trade Bitcoin ETF flows with a 100 USDT welcome bonus.',
        'See also: Spot Bitcoin ETF inflows explained for beginners and experts alike.',
        'BlackRock’s fund took in more than half of the Bitcoin ETF inflows, according to Farside Investors.',
        'Photo: Bitcoin ETF inflows chart by Farside Investors data team.',
        'Will Bitcoin ETF inflows push the price to a new record high this month?',
        'Analysts said falling rate expectations were pushing investors back into risk assets such as Bitcoin.',
        'Earn up to 12% APR on your Bitcoin while you wait for the next ETF record.',
        'Disclaimer: this Bitcoin ETF inflows article is not financial advice.',
        'Inflows slowed on Friday as traders took profits ahead of the weekend.',
      ],
    };
    const points = summarize(input);
    expect(points.map((p) => p.paragraph)).toEqual(expect.arrayContaining([0]));
    for (const p of points) expect([0, 3, 6, 9]).toContain(p.paragraph);
    expect(points.length).toBe(3);
  });

  it('returns nothing for an article without usable sentences and fewer points for short ones', () => {
    expect(summarize({ lang: 'en', title: 'Empty', paragraphs: [] })).toEqual([]);
    expect(
      summarize({ lang: 'en', title: 'Promo', paragraphs: ['Sign up now and claim your bonus today!'] }),
    ).toEqual([]);
    const two = summarize({
      lang: 'en',
      title: 'Short',
      paragraphs: [
        'Bitcoin rose 3% on Monday after the Fed held rates.',
        'Ether followed with a 2% gain by the evening.',
      ],
    });
    expect(two).toHaveLength(2);
  });

  it('skips sentences under 6 or over 60 words', () => {
    expect(unfitReason('Bitcoin rose today.', 'en')).toBe('too-short');
    expect(unfitReason(`${'Bitcoin rose again and '.repeat(16)}stayed.`, 'en')).toBe('too-long');
    expect(countWords('比特币现货ETF获得批准。', 'zh')).toBeGreaterThan(2);
  });
});
