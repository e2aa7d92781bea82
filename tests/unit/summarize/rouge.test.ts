import { describe, expect, it } from 'vitest';
import { lcsLength, rouge } from '../../../src/summarize/rouge';
import { rougeTokens } from '../../../src/summarize/tokenize';

describe('rouge', () => {
  it('scores the classic cat example by hand', () => {
    // cand = the cat sat on the mat (6 tokens), ref = the cat is on the mat (6 tokens)
    // ROUGE-1: clipped overlap the:2 cat:1 on:1 mat:1 = 5 → P = R = 5/6 → F1 = 5/6
    // ROUGE-2: cand {the cat, cat sat, sat on, on the, the mat}, ref {the cat, cat is, is on, on the, the mat}
    //          overlap {the cat, on the, the mat} = 3 of 5 each → F1 = 3/5
    // ROUGE-L: LCS "the cat on the mat" = 5 → P = R = 5/6 → F1 = 5/6
    const s = rouge(['The cat sat on the mat.'], ['The cat is on the mat.']);
    expect(s.rouge1.f1).toBeCloseTo(5 / 6, 10);
    expect(s.rouge2.f1).toBeCloseTo(3 / 5, 10);
    expect(s.rougeL.f1).toBeCloseTo(5 / 6, 10);
  });

  it('handles unequal lengths and strips punctuation', () => {
    // cand = bitcoin fell 5 today (4), ref = bitcoin fell sharply today analysts said (6)
    // ROUGE-1: overlap bitcoin, fell, today = 3 → P = 3/4, R = 3/6 → F1 = 2·0.75·0.5/1.25 = 0.6
    // ROUGE-2: cand {bitcoin fell, fell 5, 5 today} (3), ref has 5 bigrams, overlap {bitcoin fell} = 1
    //          → P = 1/3, R = 1/5 → F1 = 2·(1/15)/(8/15) = 0.25
    // ROUGE-L: LCS "bitcoin fell today" = 3 → same as ROUGE-1 = 0.6
    const s = rouge(['Bitcoin fell 5% today.'], ['Bitcoin fell sharply today, analysts said.']);
    expect(s.rouge1.precision).toBeCloseTo(0.75, 10);
    expect(s.rouge1.recall).toBeCloseTo(0.5, 10);
    expect(s.rouge1.f1).toBeCloseTo(0.6, 10);
    expect(s.rouge2.f1).toBeCloseTo(0.25, 10);
    expect(s.rougeL.f1).toBeCloseTo(0.6, 10);
  });

  it('counts Chinese characters one by one', () => {
    // cand 比特币上涨 = 比 特 币 上 涨, ref 比特币下跌 = 比 特 币 下 跌
    // ROUGE-1: 3/5; ROUGE-2: {比特, 特币} of 4 bigrams each = 2/4; ROUGE-L: LCS 比特币 = 3/5
    expect(rougeTokens('比特币 ETF 上涨。')).toEqual(['比', '特', '币', 'etf', '上', '涨']);
    const s = rouge(['比特币上涨'], ['比特币下跌']);
    expect(s.rouge1.f1).toBeCloseTo(0.6, 10);
    expect(s.rouge2.f1).toBeCloseTo(0.5, 10);
    expect(s.rougeL.f1).toBeCloseTo(0.6, 10);
  });

  it('joins multi-point summaries and gives 0 for nothing in common or empty input', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['b', 'd'])).toBe(2);
    expect(rouge(['alpha beta'], ['gamma delta']).rouge1.f1).toBe(0);
    expect(rouge([], ['gamma delta']).rougeL.f1).toBe(0);
    // Two points against one reference: cand tokens a b c d, ref b c → R1 P = 2/4, R = 2/2 → F1 = 2/3
    expect(rouge(['a b', 'c d'], ['b c']).rouge1.f1).toBeCloseTo(2 / 3, 10);
  });
});
