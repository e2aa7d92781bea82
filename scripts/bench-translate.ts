// How long a reader waits after clicking "Translate" on a French article, with the production build and a real
// Apertium APy server on loopback: from the click to the first translated block in the page, and to the last.
//
// Run: npx vite-node scripts/bench-translate.ts [--runs N] [--targets es,en]
// (UNSHILL_OUT_DIR picks the build, like the e2e tests; build first with `npx wxt build`.)
//
// Each run opens the page in a fresh tab, so the per-article translation cache never helps. Times are
// taken in the page: a MutationObserver stamps performance.now() whenever the number of elements carrying
// the target `lang` changes, and a capturing click listener stamps the click, on the same clock. A stamp is
// when the DOM changed (the frame showing it follows within one frame). The first run of each target is
// the "cold" one (APy starts its pipeline for the pair on first use) and is reported apart.
// Prints a table and key=value medians.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, allFixtures, launch, type Harness } from '../tests/e2e/harness';
import { startApertium } from '../tests/helpers/apertium-server';

interface BenchPage {
  name: string;
  url: string;
  html: string;
}

interface RunResult {
  firstMs: number;
  lastMs: number;
  statusMs: number | null;
  blocks: number;
}

/** What the in-page probe collected (main world; the extension works on the same DOM). */
interface Probe {
  click: number | null;
  stamps: [number, number][];
  status: number | null;
  statusText: string;
}

function parseArgs(argv: string[]): { runs: number; targets: string[] } {
  const options = { runs: 7, targets: ['es', 'en'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg.startsWith('--runs')) options.runs = Math.max(1, Number.parseInt(value(), 10) || 7);
    else if (arg.startsWith('--targets')) options.targets = value().split(',').filter(Boolean);
    else throw new Error(`Unknown argument ${arg} (use --runs N, --targets es,en)`);
  }
  return options;
}

function frenchPages(): BenchPage[] {
  const pages: BenchPage[] = allFixtures()
    .filter((f) => f.truth.lang === 'fr' && f.truth.is_news_article)
    .map((f) => ({ name: f.name, url: f.truth.url, html: f.html }));
  // The bundled demo's French edition, at the address `npm start` serves it from.
  pages.push({
    name: 'demo-fr',
    url: 'https://www.bitget.com/fr/news/detail/unshill-demo',
    html: readFileSync(join(ROOT, 'assets/demo/news-demo.fr.html'), 'utf8'),
  });
  return pages;
}

async function configure(harness: Harness, target: string, server: string): Promise<void> {
  await harness.worker.evaluate(
    async ({ target, server }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<'sync' | 'local', { set(items: object): Promise<void> }> };
      };
      await chrome.storage.sync.set({
        translateTo: target,
        translationService: 'apertium',
        translationDisplay: 'replace',
      });
      await chrome.storage.local.set({ serverUrl: server, apiKey: '' });
    },
    { target, server },
  );
}

/** Installs the probe in the page's main world before the click. */
async function installProbe(page: Page, target: string): Promise<void> {
  await page.evaluate((lang) => {
    const probe: Probe = { click: null, stamps: [], status: null, statusText: '' };
    (window as unknown as { __translateBench: Probe }).__translateBench = probe;
    const count = (): number => document.body.querySelectorAll(`[lang="${lang}"]`).length;
    let seen = count();
    new MutationObserver(() => {
      const n = count();
      if (n !== seen) {
        seen = n;
        probe.stamps.push([performance.now(), n]);
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
    const shadow = document.querySelector('unshill-panel')?.shadowRoot;
    if (shadow) {
      new MutationObserver(() => {
        const text = shadow.querySelector('[data-testid="translation-status"]')?.textContent ?? '';
        if (probe.status === null && /^Translated by|failed|No translation/.test(text)) {
          probe.status = performance.now();
          probe.statusText = text;
        }
      }).observe(shadow, { subtree: true, childList: true, characterData: true });
    }
    window.addEventListener('click', () => (probe.click ??= performance.now()), { capture: true });
  }, target);
}

async function oneRun(harness: Harness, page: BenchPage, target: string): Promise<RunResult> {
  const tab = await harness.open(page.url);
  try {
    const toggle = tab.getByTestId('translate-toggle');
    await toggle.waitFor({ state: 'visible', timeout: 15000 });
    await installProbe(tab, target);
    await toggle.click();
    await tab.waitForFunction(
      () => (window as unknown as { __translateBench: Probe }).__translateBench.status !== null,
      null,
      { timeout: 60000 },
    );
    const probe = await tab.evaluate(
      () => (window as unknown as { __translateBench: Probe }).__translateBench,
    );
    if (!/^Translated by/.test(probe.statusText))
      throw new Error(`${page.name} → ${target}: ${probe.statusText}`);
    if (probe.click === null || !probe.stamps.length)
      throw new Error(`${page.name} → ${target}: nothing seen`);
    const blocks = Math.max(...probe.stamps.map(([, n]) => n));
    const first = probe.stamps[0]?.[0] ?? NaN;
    const last = probe.stamps.find(([, n]) => n === blocks)?.[0] ?? NaN;
    return {
      firstMs: first - probe.click,
      lastMs: last - probe.click,
      statusMs: probe.status === null ? null : probe.status - probe.click,
      blocks,
    };
  } finally {
    await tab.close();
  }
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const fmt = (v: number): string => (Number.isFinite(v) ? v.toFixed(0) : 'na');
const range = (values: number[]): string =>
  `${fmt(median(values))} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))})`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const pages = frenchPages();
  const [harness, apertium] = await Promise.all([launch({ build: 'chrome-mv3' }), startApertium()]);
  const rows: string[][] = [];
  const figures: [string, number][] = [];
  try {
    for (const page of pages) harness.serve(page.url, page.html);
    for (const target of options.targets) {
      await configure(harness, target, apertium.url);
      // The first request for a pair starts APy's pipeline: measured once, kept apart.
      const cold = await oneRun(harness, pages[0]!, target);
      figures.push([`translate_apertium_${target}_cold_first_ms`, Math.round(cold.firstMs)]);
      figures.push([`translate_apertium_${target}_cold_last_ms`, Math.round(cold.lastMs)]);
      for (const page of pages) {
        const runs: RunResult[] = [];
        for (let i = 0; i < options.runs; i++) runs.push(await oneRun(harness, page, target));
        const key = `translate_apertium_${page.name.replace(/-/g, '_')}_${target}`;
        const firsts = runs.map((r) => r.firstMs);
        const lasts = runs.map((r) => r.lastMs);
        const statuses = runs.flatMap((r) => (r.statusMs === null ? [] : [r.statusMs]));
        rows.push([
          page.name,
          `fr → ${target}`,
          String(runs.length),
          String(median(runs.map((r) => r.blocks))),
          range(firsts),
          range(lasts),
          range(statuses),
        ]);
        figures.push([`${key}_first_ms_median`, Math.round(median(firsts))]);
        figures.push([`${key}_last_ms_median`, Math.round(median(lasts))]);
        figures.push([`${key}_status_ms_median`, Math.round(median(statuses))]);
        console.error(`${page.name} → ${target}: done`);
      }
    }
  } finally {
    await harness.close();
    await apertium.stop();
  }
  console.log(
    `\nClick → translated blocks in the page, Apertium APy on loopback (ms, median (min–max) of ${options.runs} fresh tabs)\n`,
  );
  console.log(
    table(['page', 'pair', 'runs', 'blocks', 'first block', 'last block', '"Translated by" shown'], rows),
  );
  console.log('');
  for (const [key, value] of figures) console.log(`${key}=${value}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
