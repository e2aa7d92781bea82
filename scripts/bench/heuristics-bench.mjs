// Times detection and the promotion heuristics in real Chromium, without the extension (jsdom is
// ~9x slower and skews what is expensive): src/detect and src/clean/heuristics are bundled with
// esbuild, added to each page after load, and each function is called once per fresh load (cold, as
// the content script runs them). Corpus pages (tests/fixtures/pages, tests/fixtures/heuristics) and
// the benchmark's generated 5 MB page. Medians over runs, per page; `sliced` is findPromotionsSliced
// with a 40 ms budget, `maxChunk` its longest stretch between yields, `same` whether it returned
// what findPromotions did.
//
//   node scripts/bench/heuristics-bench.mjs [--runs N] [--only NAME[,NAME…]] [--baseline REF]
//                                          [--profile NAME] [--json FILE] [--warm-regex] [--warm-js]
//
// --baseline REF also times the same functions as they were at git REF (src/ extracted with git
// archive into a temporary folder), on fresh loads interleaved with the current ones, so that a busy
// machine slows both alike; the table then shows before → after.
// --profile NAME writes a CDP CPU profile of findPromotions on that page to /tmp/heuristics-NAME.cpuprofile
// and prints its heaviest functions (self time; the profiler's own overhead inflates small functions).
// --warm-regex / --warm-js (experiments): compile the patterns, or run findPromotions on a copy of the
// page, before timing; what is left is the cost that does not come from first-call compilation.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { HUGE_PAGE_URL, buildHugePage } from './huge-page.mjs';
import { median, table, cell } from './util.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(arg('--runs', '5'));
const only = arg('--only', null)?.split(',');
const profile = arg('--profile', null);
const jsonOut = arg('--json', null);
const warmRegex = args.includes('--warm-regex');
const warmJs = args.includes('--warm-js');

const ENTRY = `
import { detectArticle } from './src/detect/detect-article';
import { findArticleRoot } from './src/detect/article-root';
import * as h from './src/clean/heuristics';
import * as patterns from './src/clean/promo-patterns';
globalThis.__heur = { detectArticle, findArticleRoot, ...h, patterns };
`;
async function bundleFrom(dir) {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: false,
  });
  return bundle.outputFiles[0].text;
}
const code = await bundleFrom(ROOT);
const baselineRef = arg('--baseline', null);
let baselineCode = null;
if (baselineRef) {
  const dir = mkdtempSync(join(tmpdir(), 'heuristics-baseline-'));
  execSync(`git archive ${baselineRef} src | tar -x -C ${dir}`, { cwd: ROOT });
  baselineCode = await bundleFrom(dir);
}

const pages = [];
for (const dir of ['tests/fixtures/pages', 'tests/fixtures/heuristics']) {
  for (const f of readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.truth.json'))
    .sort()) {
    const name = f.replace(/\.truth\.json$/, '');
    const truth = JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8'));
    pages.push({
      name,
      url: truth.url,
      html: readFileSync(join(ROOT, dir, `${name}.html`), 'utf8'),
      article: truth.is_news_article,
    });
  }
}
pages.push({ name: 'huge', url: HUGE_PAGE_URL, html: buildHugePage(), article: true });
const chosen = only ? pages.filter((p) => only.some((n) => p.name.includes(n))) : pages;

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
let current = null;
await context.route('**/*', (route) => {
  const url = route.request().url().split('#')[0];
  if (current && url === current.url.split('#')[0])
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html });
  return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
});

/** In the page: one cold call of each function. */
async function timeInPage([warmRegex, warmJs]) {
  const h = globalThis.__heur;
  if (warmJs) {
    const copy = document.implementation.createHTMLDocument('copy');
    copy.body.append(...document.body.cloneNode(true).childNodes);
    h.findPromotions(copy, h.findArticleRoot(copy));
  }
  if (warmRegex)
    for (const re of Object.values(h.patterns))
      if (re instanceof RegExp) for (let i = 0; i < 3; i++) re.test(`warm ${i}`);
  const url = new URL(location.href);
  const t = () => performance.now();
  const t0 = t();
  const detection = h.detectArticle(document, url);
  const t1 = t();
  const root = h.findArticleRoot(document);
  const t2 = t();
  const matches = h.findPromotions(document, root);
  const t3 = t();
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const i = e.parentElement ? [...e.parentElement.children].indexOf(e) : 0;
      parts.unshift(`${e.tagName.toLowerCase()}${i}`);
    }
    return parts.join('>');
  };
  const out = {
    detect: t1 - t0,
    root: t2 - t1,
    promos: t3 - t2,
    isArticle: detection.isArticle,
    matches: matches.map((m) => `${path(m.element)} ${m.reason}`).sort(),
  };
  if (h.findPromotionsSliced) {
    // Work between yields: scheduler.yield (or the MessageChannel fallback) is where a slice ends.
    const chunks = [];
    const s0 = t();
    let last = s0;
    const sched = globalThis.scheduler;
    const original = sched?.yield;
    if (original)
      sched.yield = function () {
        chunks.push(t() - last);
        return original.call(sched).then(() => {
          last = t();
        });
      };
    const sliced = await h.findPromotionsSliced(document, root, { budgetMs: 40 });
    if (original) sched.yield = original;
    chunks.push(t() - last);
    out.sliced = t() - s0;
    out.slicedChunks = chunks;
    out.slicedMatches = sliced.map((m) => `${path(m.element)} ${m.reason}`).sort();
  }
  return out;
}

async function sample(page, bundleCode, r) {
  const tab = await context.newPage();
  await tab.goto(page.url, { waitUntil: 'load', timeout: 60000 });
  await tab.waitForTimeout(page.name === 'bitget-news-late-promos' ? 800 : 50);
  await tab.addScriptTag({ content: bundleCode });
  if (profile && bundleCode === code && page.name.includes(profile) && r === runs - 1) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await tab.evaluate(
      `(() => { const h = globalThis.__heur; const root = h.findArticleRoot(document); h.findPromotions(document, root); })()`,
    );
    const { profile: prof } = await cdp.send('Profiler.stop');
    writeFileSync(`/tmp/heuristics-${page.name}.cpuprofile`, JSON.stringify(prof));
    const self = new Map();
    const dt = prof.timeDeltas;
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    prof.samples.forEach((id, i) => {
      const n = byId.get(id);
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'}:${f.lineNumber}:${f.columnNumber}`.slice(0, 120);
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.log(`profile ${page.name} (self time, profiler overhead included):`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`  ${v.toFixed(1)} ms  ${k}`);
  }
  const result = await tab.evaluate(timeInPage, [warmRegex, warmJs]);
  await tab.close();
  return result;
}

function summarise(samples) {
  const med = (k) => median(samples.map((s) => s[k]));
  const last = samples[samples.length - 1];
  return {
    article: last.isArticle,
    detect: med('detect'),
    root: med('root'),
    promos: med('promos'),
    sliced: med('sliced'),
    maxChunk: median(samples.map((s) => (s.slicedChunks?.length ? Math.max(...s.slicedChunks) : null))),
    chunks: last.slicedChunks?.length ?? null,
    matches: last.matches,
    slicedSame: last.slicedMatches
      ? JSON.stringify(last.slicedMatches) === JSON.stringify(last.matches)
      : null,
  };
}

const results = {};
const baseline = {};
for (const page of chosen) {
  current = page;
  const now = [];
  const before = [];
  for (let r = 0; r < runs; r++) {
    // Alternate which goes first, so that neither always gets the warmer machine.
    if (baselineCode && r % 2) before.push(await sample(page, baselineCode, r));
    now.push(await sample(page, code, r));
    if (baselineCode && !(r % 2)) before.push(await sample(page, baselineCode, r));
  }
  results[page.name] = summarise(now);
  if (baselineCode) baseline[page.name] = summarise(before);
}
await context.close();

const ms = (name, key, digits = 2) =>
  baselineCode
    ? `${cell(baseline[name][key], digits)} → ${cell(results[name][key], digits)}`
    : cell(results[name][key], digits);
console.log(
  table(
    ['page', 'art', 'detect', 'root', 'promos', 'n', 'sliced', 'maxChunk', 'chunks', 'same'],
    Object.entries(results).map(([name, r]) => [
      name,
      r.article ? 'y' : 'n',
      ms(name, 'detect'),
      ms(name, 'root'),
      ms(name, 'promos'),
      baselineCode ? `${baseline[name].matches.length}/${r.matches.length}` : r.matches.length,
      cell(r.sliced, 1),
      cell(r.maxChunk, 1),
      r.chunks ?? '–',
      r.slicedSame === null ? '–' : r.slicedSame ? 'y' : 'NO',
    ]),
  ),
);
for (const [name, r] of Object.entries(baseline)) {
  if (JSON.stringify(r.matches) !== JSON.stringify(results[name].matches))
    console.log(`${name}: matches differ from the baseline`);
}
const articles = (set) => Object.entries(set).filter(([n, r]) => n !== 'huge' && r.article);
const others = (set) => Object.entries(set).filter(([n, r]) => n !== 'huge' && !r.article);
const line = (set) =>
  `articles: detect ${cell(median(articles(set).map(([, r]) => r.detect)), 2)} ms, promos ${cell(median(articles(set).map(([, r]) => r.promos)), 2)} ms; non-articles: detect ${cell(median(others(set).map(([, r]) => r.detect)), 2)} ms`;
if (baselineCode) console.log(`median before: ${line(baseline)}`);
console.log(`median${baselineCode ? ' after' : ''}: ${line(results)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results, baseline }, null, 1));
