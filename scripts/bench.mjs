// `npm run bench`: what the built extension costs the pages it runs on, in headless Chromium.
//
// Every page is loaded N times in two browsers side by side (same flags; one with the extension, one
// without), interleaved page by page, so background noise hits both alike. Figures are medians over runs;
// "added" is median(with) − median(without). Budgets (performance issue) are printed next to them.
//
//   node scripts/bench.mjs [--runs N] [--only NAME[,NAME…]] [--rebuild] [--no-summarizer] [--floor]
//
// --floor adds a third browser with a stub extension: the same content-script matches and run_at,
// empty scripts, an empty service worker. What it adds is the cost of merely having content scripts on
// the page (isolated world, bindings), which no optimisation of ours can remove.
//
// Builds the Chrome extension first when UNSHILL_OUT_DIR (default .output) has none. Full runs save
// bench-results/latest.json (the one before becomes previous.json); --only runs write
// bench-results/only.tmp and are compared with latest.json. Budget misses do not fail the command:
// this is a measurement, not a test.
import { QUIET_CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { HUGE_PAGE_URL, buildHugePage, countElements } from './bench/huge-page.mjs';
import {
  collectFromPage,
  extensionLongTasks,
  extensionTimings,
  installProbe,
  TRACE_CATEGORIES,
  traceAttribution,
  waitForExtension,
} from './bench/page-probe.mjs';
import { bundleSizes, cell, max, median, round, table } from './bench/util.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, process.env.UNSHILL_OUT_DIR || '.output');
const BUILD_DIR = join(OUT_DIR, 'chrome-mv3');
const RESULTS_DIR = join(ROOT, 'bench-results');
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

/** After the extension is done (or the page loaded, without it): time for trailing tasks to run. */
const QUIET_MS = 300;
/** A page whose panel never comes is given up on after this long past `load`. */
const PANEL_CAP_MS = 5000;

const BUDGETS = {
  ext_main_thread_ms_article_median: { max: 15, what: "extension's main-thread time (trace), articles" },
  ext_main_thread_ms_nonarticle_median: {
    max: 3,
    what: "extension's main-thread time (trace), non-articles",
  },
  added_main_thread_ms_article_median: { max: 15, what: 'added main-thread time, articles (median)' },
  added_main_thread_ms_nonarticle_median: { max: 3, what: 'added main-thread time, non-articles (median)' },
  panel_after_dcl_ms_median: { max: 150, what: 'panel after DOMContentLoaded (median)' },
  ext_longtasks_ordinary: { max: 0, what: 'extension long tasks (>50 ms) on ordinary pages' },
  huge_page_ext_total_ms: { max: 400, what: 'huge page: extension phases, total' },
  huge_page_ext_max_task_ms: { max: 100, what: 'huge page: extension work in one task' },
  early_js_min_kb: { max: 20, what: 'early.js minified' },
};

// ---------------------------------------------------------------------------------------------------
// Arguments, build, pages

function parseArgs(argv) {
  const options = { runs: 5, only: null, rebuild: false, summarizer: true, floor: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg.startsWith('--runs')) options.runs = Math.max(1, Number.parseInt(value(), 10) || 5);
    else if (arg.startsWith('--only')) options.only = value().split(',').filter(Boolean);
    else if (arg === '--rebuild') options.rebuild = true;
    else if (arg === '--no-summarizer') options.summarizer = false;
    else if (arg === '--floor') options.floor = true;
    else
      throw new Error(
        `Unknown argument ${arg} (use --runs N, --only NAME, --rebuild, --no-summarizer, --floor)`,
      );
  }
  return options;
}

function ensureBuild(rebuild) {
  const manifest = join(BUILD_DIR, 'manifest.json');
  if (rebuild || !existsSync(manifest)) {
    console.error(`Building the extension into ${BUILD_DIR} …`);
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    return;
  }
  // A stale build measures old code: say so (the figures are still printed).
  const builtAt = statSync(manifest).mtimeMs;
  const newer = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > builtAt) newer.push(path.slice(ROOT.length + 1));
    }
  };
  for (const dir of ['src', 'entrypoints']) walk(join(ROOT, dir));
  if (newer.length) {
    console.error(
      `warning: ${newer.length} source file(s) changed since the build (${newer.slice(0, 3).join(', ')}…); --rebuild to measure them`,
    );
  }
}

function loadPages(only) {
  const pages = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.truth\.json$/, '');
      const truth = JSON.parse(readFileSync(join(PAGES_DIR, f), 'utf8'));
      return {
        name,
        url: truth.url,
        html: readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'),
        kind: truth.is_news_article ? 'article' : 'nonarticle',
      };
    });
  pages.push({
    name: 'demo',
    url: 'https://www.bitget.com/news/detail/unshill-demo',
    html: readFileSync(join(ROOT, 'assets/demo/news-demo.html'), 'utf8'),
    kind: 'article',
  });
  const wantHuge = !only || only.some((n) => 'huge'.includes(n) || n.includes('huge'));
  if (wantHuge) pages.push({ name: 'huge', url: HUGE_PAGE_URL, html: buildHugePage(), kind: 'huge' });
  return only ? pages.filter((p) => only.some((n) => p.name.includes(n))) : pages;
}

// ---------------------------------------------------------------------------------------------------
// Browsers and one measured navigation

/** The stub extension of --floor, written to a temporary folder from the build's own manifest. */
function makeStubExtension() {
  const built = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'unshill-bench-stub-'));
  const contentScripts = (built.content_scripts ?? []).map((cs, i) => {
    writeFileSync(join(dir, `stub${i}.js`), 'void 0;\n');
    return { matches: cs.matches, run_at: cs.run_at, js: [`stub${i}.js`] };
  });
  writeFileSync(join(dir, 'worker.js'), 'void 0;\n');
  const manifest = {
    manifest_version: 3,
    name: 'unshill bench stub',
    version: '1.0',
    host_permissions: built.host_permissions ?? [],
    background: { service_worker: 'worker.js' },
    content_scripts: contentScripts,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

async function launch(extensionDir, pages) {
  const args = [...QUIET_CHROMIUM_FLAGS];
  const withExtension = extensionDir !== null;
  if (withExtension)
    args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  const byUrl = new Map(pages.map((p) => [p.url.split('#')[0], p.html]));
  await context.route('**/*', (route) => {
    const body = byUrl.get(route.request().url().split('#')[0]);
    if (body !== undefined)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
  await context.addInitScript(installProbe);
  if (withExtension && !context.serviceWorkers().length) {
    await context.waitForEvent('serviceworker', { timeout: 15000 });
  }
  return context;
}

const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? null;

/**
 * One navigation. With the extension (`holdMs` null) it waits until the extension is done, then
 * QUIET_MS; without, it waits `holdMs` after load (what the paired run waited), so both sides count
 * the same stretch of time.
 */
async function measure(context, page, holdMs) {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    // Traced on both sides, so the tracing overhead is in both task times alike.
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: TRACE_CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await tab.goto(page.url, { waitUntil: 'load', timeout: 60000 });
    let hold = holdMs;
    let capped = false;
    if (hold === null) {
      const waited = await tab.evaluate(waitForExtension, PANEL_CAP_MS);
      capped = waited.capped;
      hold = waited.waitedMs + QUIET_MS;
      await tab.waitForTimeout(QUIET_MS);
    } else {
      await tab.waitForTimeout(hold);
    }
    const metrics = await cdp.send('Performance.getMetrics');
    await cdp.send('Tracing.end');
    await traced;
    const sample = await tab.evaluate(collectFromPage);
    // Heap after a full GC: what the page keeps, not garbage that happens to be uncollected yet.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = metric(await cdp.send('Performance.getMetrics'), 'JSHeapUsedSize');
    await cdp.detach();
    return {
      ...sample,
      holdMs: hold,
      capped,
      scriptMs: metric(metrics, 'ScriptDuration') * 1000,
      taskMs: metric(metrics, 'TaskDuration') * 1000,
      layoutMs: metric(metrics, 'LayoutDuration') * 1000,
      styleMs: metric(metrics, 'RecalcStyleDuration') * 1000,
      heapBytes: heap,
      trace: traceAttribution(events),
    };
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Aggregation

function summarizePage(page, withRuns, withoutRuns, floorRuns) {
  const m = (runs, f) => median(runs.map(f));
  const extRan = withRuns.some((r) => r.marks.some((k) => k.name === 'unshill:start'));
  const kind = page.kind === 'nonarticle' && !extRan ? 'off-catalogue' : page.kind;
  const timings = withRuns.map(extensionTimings);
  const extTasks = withRuns.map(extensionLongTasks);
  const phase = (key) => round(median(timings.map((t) => t[key])), 2);
  const w = {
    scriptMs: m(withRuns, (r) => r.scriptMs),
    taskMs: m(withRuns, (r) => r.taskMs),
    layoutMs: m(withRuns, (r) => r.layoutMs),
    styleMs: m(withRuns, (r) => r.styleMs),
    heapBytes: m(withRuns, (r) => r.heapBytes),
    dclMs: m(withRuns, (r) => r.dcl),
    loadMs: m(withRuns, (r) => r.load),
    longtasks: m(withRuns, (r) => r.longtasks.length),
    longtaskMaxMs: max(withRuns.flatMap((r) => r.longtasks.map((t) => t[1]))),
  };
  const wo = {
    scriptMs: m(withoutRuns, (r) => r.scriptMs),
    taskMs: m(withoutRuns, (r) => r.taskMs),
    layoutMs: m(withoutRuns, (r) => r.layoutMs),
    styleMs: m(withoutRuns, (r) => r.styleMs),
    heapBytes: m(withoutRuns, (r) => r.heapBytes),
    dclMs: m(withoutRuns, (r) => r.dcl),
    loadMs: m(withoutRuns, (r) => r.load),
    longtasks: m(withoutRuns, (r) => r.longtasks.length),
    longtaskMaxMs: max(withoutRuns.flatMap((r) => r.longtasks.map((t) => t[1]))),
  };
  const panelRuns = withRuns.filter((r) => r.panelAt !== null);
  const traceParts = {};
  for (const key of new Set(withRuns.flatMap((r) => Object.keys(r.trace.parts)))) {
    traceParts[key] = round(median(withRuns.map((r) => r.trace.parts[key] ?? 0)), 2);
  }
  const floor = floorRuns.length
    ? mapRound({
        taskMs: m(floorRuns, (r) => r.taskMs) - wo.taskMs,
        scriptMs: m(floorRuns, (r) => r.scriptMs) - wo.scriptMs,
        heapBytes: m(floorRuns, (r) => r.heapBytes) - wo.heapBytes,
      })
    : null;
  return {
    name: page.name,
    url: page.url,
    kind,
    elements: withoutRuns[0]?.elements ?? null,
    htmlBytes: Buffer.byteLength(page.html),
    runs: withRuns.length,
    with: mapRound(w),
    without: mapRound(wo),
    added: mapRound({
      scriptMs: w.scriptMs - wo.scriptMs,
      taskMs: w.taskMs - wo.taskMs,
      layoutMs: w.layoutMs - wo.layoutMs,
      styleMs: w.styleMs - wo.styleMs,
      heapBytes: w.heapBytes - wo.heapBytes,
      longtasks: w.longtasks - wo.longtasks,
    }),
    // What the stub extension adds over no extension (--floor): the part of `added` we cannot remove.
    floorAdded: floor,
    panel: {
      runsWithPanel: panelRuns.length,
      afterNavMs: round(median(panelRuns.map((r) => r.panelAt))),
      afterDclMs: round(median(panelRuns.map((r) => r.panelAt - r.dcl))),
      capped: withRuns.filter((r) => r.capped).length,
    },
    ext: {
      mainThreadMs: round(median(withRuns.map((r) => r.trace.extMs)), 2),
      traceParts,
      detectMs: phase('detect'),
      hideMs: phase('hide'),
      injectGapMs: phase('injectGap'),
      extractMs: phase('extract'),
      summarizeMs: phase('summarize'),
      mountMs: phase('mount'),
      phasesTotalMs: round(median(timings.map(phasesTotal)), 2),
      startToMountMs: phase('total'),
      dclToMountMs: phase('dclToMount'),
      dclToDetectMs: phase('dclToDetect'),
      longtasks: extTasks.reduce((n, t) => n + t.length, 0),
      longtasksInject: extTasks.reduce((n, t) => n + t.filter((x) => x.kind === 'inject').length, 0),
      longtaskMaxMs: round(max(extTasks.flat().map((t) => t.duration))),
      maxShareInTaskMs: round(median(extTasks.map((t) => max(t.map((x) => x.share)) ?? 0))),
    },
    raw: {
      with: withRuns.map(rawRun),
      without: withoutRuns.map(rawRun),
      ...(floorRuns.length ? { floor: floorRuns.map(rawRun) } : {}),
      extLongtasks: extTasks.flatMap((t, run) =>
        t.map((x) => ({
          run,
          kind: x.kind,
          start: round(x.start),
          duration: x.duration,
          share: round(x.share),
        })),
      ),
    },
  };
}

/** Sum of the marked phases: the extension's own synchronous work on the page. */
function phasesTotal(t) {
  const parts = [t.detect, t.hide, t.extract, t.summarize, t.mount].filter((v) => v !== null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}

function mapRound(object) {
  return Object.fromEntries(
    Object.entries(object).map(([k, v]) => [k, k === 'heapBytes' ? Math.round(v) : round(v, 2)]),
  );
}

function rawRun(r) {
  return {
    scriptMs: round(r.scriptMs, 2),
    taskMs: round(r.taskMs, 2),
    heapBytes: r.heapBytes,
    dcl: round(r.dcl),
    panelAt: round(r.panelAt),
    longtasks: r.longtasks.map(([s, d]) => [round(s), round(d)]),
    marks: Object.fromEntries(r.marks.map((k) => [k.name, round(k.startTime, 2)])),
  };
}

/** Trace time (evaluate + compile + callbacks) of one extension script on a page, median over runs. */
function scriptMs(page, file) {
  return Object.entries(page.ext.traceParts)
    .filter(([key]) => key.endsWith(` ${file}`))
    .reduce((sum, [, ms]) => sum + ms, 0);
}

function figuresOf(pages, bundles, summarizer) {
  const ordinary = pages.filter((p) => p.kind !== 'huge');
  const articles = ordinary.filter((p) => p.kind === 'article');
  const nonArticles = ordinary.filter((p) => p.kind === 'nonarticle');
  const huge = pages.find((p) => p.kind === 'huge');
  const kb = (b) => (b ? round(b / 1000, 2) : null);
  const f = {
    ext_main_thread_ms_article_median: round(median(articles.map((p) => p.ext.mainThreadMs))),
    ext_main_thread_ms_nonarticle_median: round(median(nonArticles.map((p) => p.ext.mainThreadMs))),
    added_main_thread_ms_article_median: round(median(articles.map((p) => p.added.taskMs))),
    added_main_thread_ms_nonarticle_median: round(median(nonArticles.map((p) => p.added.taskMs))),
    added_script_ms_article_median: round(median(articles.map((p) => p.added.scriptMs))),
    added_script_ms_nonarticle_median: round(median(nonArticles.map((p) => p.added.scriptMs))),
    added_layout_style_ms_article_median: round(
      median(articles.map((p) => p.added.layoutMs + p.added.styleMs)),
    ),
    panel_after_dcl_ms_median: round(median(articles.map((p) => p.panel.afterDclMs))),
    panel_after_nav_ms_median: round(median(articles.map((p) => p.panel.afterNavMs))),
    articles_without_panel: articles.filter((p) => p.panel.runsWithPanel * 2 <= p.runs).length,
    ext_longtasks_ordinary: ordinary.reduce((n, p) => n + p.ext.longtasks, 0),
    ext_longtasks_ordinary_inject: ordinary.reduce((n, p) => n + p.ext.longtasksInject, 0),
    ext_longtask_max_ms_ordinary: round(max(ordinary.map((p) => p.ext.longtaskMaxMs))),
    ext_longtask_median_ms_ordinary: round(
      median(ordinary.flatMap((p) => p.raw.extLongtasks.map((t) => t.duration))),
    ),
    dcl_delay_ms_median: round(median(ordinary.map((p) => p.with.dclMs - p.without.dclMs))),
    added_longtasks_ordinary: round(ordinary.reduce((n, p) => n + (p.added.longtasks ?? 0), 0)),
    heap_added_kb_article_median: round(median(articles.map((p) => p.added.heapBytes / 1000))),
    heap_added_kb_nonarticle_median: round(median(nonArticles.map((p) => p.added.heapBytes / 1000))),
    ext_early_js_ms_median: round(
      median(ordinary.filter((p) => p.kind !== 'off-catalogue').map((p) => scriptMs(p, 'early.js'))),
      2,
    ),
    ext_ready_js_ms_nonarticle_median: round(median(nonArticles.map((p) => scriptMs(p, 'ready.js'))), 2),
    ext_ready_js_ms_article_median: round(median(articles.map((p) => scriptMs(p, 'ready.js'))), 2),
    ext_article_js_eval_ms_article_median: round(median(articles.map((p) => scriptMs(p, 'article.js'))), 2),
    ext_detect_ms_article_median: round(median(articles.map((p) => p.ext.detectMs)), 2),
    ext_hide_ms_article_median: round(median(articles.map((p) => p.ext.hideMs)), 2),
    ext_inject_gap_ms_article_median: round(median(articles.map((p) => p.ext.injectGapMs)), 2),
    ext_extract_ms_article_median: round(median(articles.map((p) => p.ext.extractMs)), 2),
    ext_summarize_ms_article_median: round(median(articles.map((p) => p.ext.summarizeMs)), 2),
    ext_mount_ms_article_median: round(median(articles.map((p) => p.ext.mountMs)), 2),
    ext_phases_total_ms_article_median: round(median(articles.map((p) => p.ext.phasesTotalMs)), 2),
    ext_dcl_to_mount_ms_article_median: round(median(articles.map((p) => p.ext.dclToMountMs))),
    ext_dcl_to_detect_ms_article_median: round(median(articles.map((p) => p.ext.dclToDetectMs))),
    ext_detect_ms_nonarticle_median: round(median(nonArticles.map((p) => p.ext.detectMs)), 2),
  };
  if (ordinary.some((p) => p.floorAdded)) {
    Object.assign(f, {
      floor_added_main_thread_ms_article_median: round(median(articles.map((p) => p.floorAdded?.taskMs))),
      floor_added_main_thread_ms_nonarticle_median: round(
        median(nonArticles.map((p) => p.floorAdded?.taskMs)),
      ),
      floor_heap_added_kb_median: round(median(ordinary.map((p) => (p.floorAdded?.heapBytes ?? NaN) / 1000))),
    });
  }
  if (huge) {
    Object.assign(f, {
      huge_page_ext_total_ms: huge.ext.phasesTotalMs,
      huge_page_ext_main_thread_ms: huge.ext.mainThreadMs,
      huge_page_ext_max_task_ms: huge.ext.maxShareInTaskMs,
      huge_page_ext_longtask_max_ms: huge.ext.longtaskMaxMs,
      huge_page_added_main_thread_ms: huge.added.taskMs,
      huge_page_panel_after_dcl_ms: huge.panel.afterDclMs,
      huge_page_heap_added_kb: round(huge.added.heapBytes / 1000),
      huge_page_dcl_to_detect_ms: huge.ext.dclToDetectMs,
      huge_page_inject_gap_ms: huge.ext.injectGapMs,
      huge_page_detect_ms: huge.ext.detectMs,
      huge_page_hide_ms: huge.ext.hideMs,
      huge_page_extract_ms: huge.ext.extractMs,
      huge_page_summarize_ms: huge.ext.summarizeMs,
      huge_page_mount_ms: huge.ext.mountMs,
    });
  }
  for (const [name, size] of Object.entries(bundles)) {
    f[`${name}_js_min_kb`] = kb(size?.raw);
    f[`${name}_js_gzip_kb`] = kb(size?.gzip);
  }
  Object.assign(f, summarizer);
  return f;
}

function runSummarizerBench() {
  const result = spawnSync('npx', ['vite-node', 'scripts/bench-summarizer.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120000,
  });
  if (result.status !== 0) {
    console.error(`bench-summarizer failed: ${result.stderr?.slice(0, 500)}`);
    return {};
  }
  const out = {};
  for (const line of result.stdout.split('\n')) {
    const match = /^(\w+)=([-\d.]+)$/.exec(line.trim());
    if (match) out[match[1]] = Number(match[2]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Output

function printReport(pages, figures, bundles, meta) {
  const rows = pages.map((p) => [
    p.name.slice(0, 36),
    p.kind,
    cell(p.with.taskMs),
    cell(p.without.taskMs),
    cell(p.added.taskMs),
    cell(p.floorAdded?.taskMs),
    cell(p.ext.mainThreadMs),
    cell(p.added.scriptMs),
    cell(p.added.heapBytes / 1000, 0),
    `${cell(p.with.dclMs, 0)}/${cell(p.without.dclMs, 0)}`,
    p.panel.runsWithPanel ? `${cell(p.panel.afterDclMs, 0)}` : '–',
    `${cell(p.with.longtasks, 0)}/${cell(p.without.longtasks, 0)}`,
    p.ext.longtasks
      ? `${p.ext.longtasks}${p.ext.longtasksInject ? `(${p.ext.longtasksInject}i)` : ''}≤${cell(p.ext.longtaskMaxMs, 0)}`
      : '0',
    cell(p.ext.dclToDetectMs, 0),
    cell(p.ext.detectMs),
    cell(p.ext.hideMs),
    cell(p.ext.injectGapMs),
    cell(p.ext.extractMs),
    cell(p.ext.summarizeMs),
    cell(p.ext.mountMs),
    cell(p.ext.dclToMountMs, 0),
  ]);
  console.log(
    `\nPer page (medians of ${meta.runs} runs; ms unless said; added = with − without; LT = long tasks >50 ms)\n`,
  );
  console.log(
    table(
      [
        'page',
        'kind',
        'task+',
        'task-',
        'added',
        'floor',
        'ext',
        'script',
        'heapKB',
        'DCL w/wo',
        'panel@DCL',
        'LT w/wo',
        'extLT',
        'DCL→det',
        'detect',
        'hide',
        'inject',
        'extract',
        'summ',
        'mount',
        'DCL→mount',
      ],
      rows,
    ),
  );
  console.log(
    [
      '',
      'task+/task- = main-thread task time with/without the extension; added = task+ − task-; ext = the',
      "extension's own main-thread time from the trace (its scripts' events ∪ its marked phases); floor = what a",
      'stub extension with empty content scripts adds (--floor); script = added script time; extLT = long tasks',
      'of the extension over all runs (overlapping its marks, or "i": inside the inject gap) ≤ the longest;',
      'inject = hide:end → extract:start',
      '(unmarked: article.js injected by the background, then evaluated); DCL→det = detect:start − DOMContentLoaded',
      '(ready.js awaits the settings read first); DCL→mount = mount:end − DOMContentLoaded. The script column',
      'is CDP ScriptDuration: JS only, without the forced layout/style and GC it causes. Task time is all the',
      "page's main-thread work, so its difference carries the page's own run-to-run noise (±10-20 ms here).",
    ].join('\n'),
  );

  console.log('\nBundles (kB = 1000 bytes)\n');
  console.log(
    table(
      ['entrypoint', 'file', 'min kB', 'gzip kB'],
      Object.entries(bundles).map(([name, s]) => [
        name,
        s?.file ?? 'missing',
        cell(s ? s.raw / 1000 : null, 2),
        cell(s ? s.gzip / 1000 : null, 2),
      ]),
    ),
  );

  console.log('\nBudgets\n');
  console.log(
    table(
      ['figure', 'value', 'budget', ''],
      Object.entries(BUDGETS).map(([key, b]) => {
        const v = figures[key];
        return [
          `${b.what} (${key})`,
          v ?? '–',
          `≤ ${b.max}`,
          v === null || v === undefined ? 'n/a' : v <= b.max ? 'ok' : 'MISS',
        ];
      }),
    ),
  );
}

function printDelta(figures, previous, label) {
  if (!previous?.figures) {
    console.log(`\nNothing to compare with (${label} missing).`);
    return;
  }
  const rows = [];
  for (const [key, now] of Object.entries(figures)) {
    const before = previous.figures[key];
    if (typeof now !== 'number' || typeof before !== 'number') continue;
    const diff = now - before;
    const pct = before ? ` (${diff >= 0 ? '+' : ''}${((diff / Math.abs(before)) * 100).toFixed(0)}%)` : '';
    rows.push([key, before, now, `${diff >= 0 ? '+' : ''}${round(diff, 2)}${pct}`]);
  }
  console.log(`\nDelta against ${label} (${previous.meta?.date ?? '?'}, ${previous.meta?.commit ?? '?'})\n`);
  console.log(table(['figure', 'before', 'now', 'change'], rows));
}

function keyValueLine(figures) {
  return Object.entries(figures)
    .map(([k, v]) => {
      const budget = BUDGETS[k];
      const verdict =
        budget && typeof v === 'number' ? `(≤${budget.max}:${v <= budget.max ? 'ok' : 'MISS'})` : '';
      return `${k}=${v ?? 'na'}${verdict}`;
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  ensureBuild(options.rebuild);
  const pages = loadPages(options.only);
  if (!pages.length) throw new Error(`No page matches --only ${options.only?.join(',')}`);
  const huge = pages.find((p) => p.kind === 'huge');
  if (huge)
    console.error(
      `huge page: ${(huge.html.length / 1e6).toFixed(2)} MB, ${countElements(huge.html)} elements`,
    );

  const [withExt, withoutExt, floorExt] = await Promise.all([
    launch(BUILD_DIR, pages),
    launch(null, pages),
    options.floor ? launch(makeStubExtension(), pages) : null,
  ]);
  const results = new Map(pages.map((p) => [p.name, { with: [], without: [], floor: [] }]));
  try {
    // Warm-up (not counted): first navigation starts the renderer, the service worker, compiles scripts.
    const warm = pages.find((p) => p.name === 'demo') ?? pages[0];
    const held = await measure(withExt, warm, null);
    await measure(withoutExt, warm, held.holdMs);
    if (floorExt) await measure(floorExt, warm, held.holdMs);

    for (let run = 0; run < options.runs; run++) {
      for (const page of pages) {
        const w = await measure(withExt, page, null);
        const wo = await measure(withoutExt, page, w.holdMs);
        results.get(page.name).with.push(w);
        results.get(page.name).without.push(wo);
        if (floorExt) results.get(page.name).floor.push(await measure(floorExt, page, w.holdMs));
      }
      console.error(`run ${run + 1}/${options.runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await Promise.all([withExt.close(), withoutExt.close(), floorExt?.close()]);
  }

  const summaries = pages.map((p) => {
    const r = results.get(p.name);
    return summarizePage(p, r.with, r.without, r.floor);
  });
  const bundles = bundleSizes(BUILD_DIR);
  const summarizer = options.summarizer ? runSummarizerBench() : {};
  const figures = figuresOf(summaries, bundles, summarizer);
  const meta = {
    date: new Date().toISOString(),
    commit: gitDescribe(),
    runs: options.runs,
    only: options.only,
    floor: options.floor,
    build: BUILD_DIR,
    // HEAD can move while a build stays: when the measured build was made.
    builtAt: new Date(statSync(join(BUILD_DIR, 'manifest.json')).mtimeMs).toISOString(),
    chromium: chromiumVersion(),
    node: process.version,
    cpus: cpus().length,
    seconds: Math.round((Date.now() - started) / 1000),
  };

  printReport(summaries, figures, bundles, meta);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const latestPath = join(RESULTS_DIR, 'latest.json');
  const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);
  const record = { meta, budgets: BUDGETS, figures, bundles, pages: summaries };
  const text = await formatJson(record);
  if (options.only) {
    writeFileSync(join(RESULTS_DIR, 'only.tmp'), text);
    printDelta(figures, readJson(latestPath), 'bench-results/latest.json');
  } else {
    const previous = readJson(latestPath);
    if (previous) renameSync(latestPath, join(RESULTS_DIR, 'previous.json'));
    writeFileSync(latestPath, text);
    printDelta(figures, previous, 'the previous run');
  }
  console.log(`\n(${meta.seconds} s, ${meta.runs} runs, ${meta.chromium}, ${meta.commit})`);
  console.log(keyValueLine(figures));
}

/** As `npm run lint` (prettier --check .) wants the committed results; plain JSON if prettier is missing. */
async function formatJson(value) {
  const json = JSON.stringify(value);
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(join(RESULTS_DIR, 'latest.json'))) ?? {};
    return await prettier.format(json, { ...config, parser: 'json' });
  } catch {
    return `${JSON.stringify(value, null, 2)}\n`;
  }
}

function gitDescribe() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'entrypoints'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
