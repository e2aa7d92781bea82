// Time of the string scanners on 100 000-character inputs shaped to make their old regular expressions
// quadratic (security review F7: 40 000 unclosed `<!--` took 9.8 s). The budget is 50 ms each.
// Run: npx vite-node scripts/bench-redos.ts   Prints key=value lines (median of 5 runs after a warm-up, ms).
import { JSDOM } from 'jsdom';
import { matchProcedural, parseCosmeticRules } from '../src/clean/cosmetic';
import { labelText } from '../src/disclose/sponsored';
import { findPublisherEdition } from '../src/translate/publisher-edition';
import { tokenizeInlineHtml, translateTextRuns } from '../src/translate/inline-html';

const N = 100_000;
const RUNS = 5;
const { document } = new JSDOM('<!doctype html><body></body>').window;

async function median(run: () => unknown): Promise<number> {
  await run(); // Warm-up: the first call also pays for compiling.
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN;
}

const label = document.createElement('span');
label.textContent = `${'-'.repeat(N)}x${'-'.repeat(N)}`;
const editionPage = document.implementation.createHTMLDocument('');
const edition = editionPage.createElement('link');
edition.rel = 'alternate';
edition.hreflang = 'fr';
edition.href = `https://news.example.com/${'/'.repeat(8000)}fr`;
editionPage.head.append(edition);
const rule = parseCosmeticRules('##p:has-text(/a*tail$/)').rules[0]?.procedural;
const paragraph = document.implementation.createHTMLDocument('');
paragraph.body.append(Object.assign(paragraph.createElement('p'), { textContent: 'a'.repeat(N) }));

const cases: Record<string, () => unknown> = {
  redos_unclosed_comments_ms: () => tokenizeInlineHtml('<!--'.repeat(N / 4)),
  redos_unclosed_tags_ms: () => tokenizeInlineHtml('<a "'.repeat(N / 4)),
  redos_spaces_text_run_ms: () =>
    translateTextRuns(`${' '.repeat(N)}x${' '.repeat(N)}<b>y</b>`, (t) => Promise.resolve(t)),
  redos_label_punctuation_ms: () => labelText(label),
  redos_edition_slashes_ms: () =>
    findPublisherEdition(editionPage, `https://news.example.com/${'/'.repeat(8000)}en`, 'fr'),
  redos_has_text_regexp_ms: () => (rule ? matchProcedural(paragraph, rule) : null),
};

for (const [name, run] of Object.entries(cases)) {
  console.log(`${name}=${(await median(run)).toFixed(2)}`);
}
