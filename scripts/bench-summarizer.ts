// Median time of summarize() on articles of 500, 2,000 and 10,000 words, built by concatenating
// real paragraphs from tests/fixtures/articles (English ones, in file order, repeated as needed).
// Run: npx vite-node scripts/bench-summarizer.ts   Prints key=value lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type SummaryInput } from '../src/summarize/summarize';

const RUNS = 21;
const WARMUP = 3;
const articlesDir = join(import.meta.dirname, '../tests/fixtures/articles');

const pool: string[] = readdirSync(articlesDir)
  .filter((f) => /^\d+\.json$/.test(f))
  .sort()
  .flatMap((f) => {
    const data = JSON.parse(readFileSync(join(articlesDir, f), 'utf8')) as {
      lang: string;
      paragraphs: string[];
    };
    return data.lang === 'en' ? data.paragraphs : [];
  });

function articleOf(words: number): SummaryInput {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = pool[i % pool.length] ?? '';
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return {
    lang: 'en',
    title: 'Bitcoin and Ethereum prices as ETF flows and whales move the market',
    paragraphs,
  };
}

function medianMs(input: SummaryInput): number {
  for (let i = 0; i < WARMUP; i++) summarize(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    summarize(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

console.log(`summarizer_pool_paragraphs=${pool.length}`);
for (const words of [500, 2000, 10000]) {
  console.log(`summarizer_${words}_words_median_ms=${medianMs(articleOf(words)).toFixed(2)}`);
}
