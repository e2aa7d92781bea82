// `npm run bench`: what the built extension costs the pages it runs on, in headless Chromium.
//
// Every page is loaded N times in two browsers side by side (same flags; one with the extension, one
// without), the two loads of a page back to back and in alternating order (with first on even runs,
// without first on odd ones), each measured over the same time window after navigation. The figures are
// those of the performance issue: CDP Performance.getMetrics ScriptDuration and TaskDuration of the page's
// renderer (added = median(with) − median(without)), the added main-thread time by kind (script, style,
// layout, paint…) from a trace of each load, the panel's time after DOMContentLoaded and the extension's
// longest task, for articles, non-articles and the 5 MB page, each next to its budget.
//
//   node scripts/bench.mjs [--runs N] [--only NAME[,NAME…]] [--pages DIR[,DIR…]] [--pages-limit N]
//                          [--base DIR] [--rebuild] [--no-summarizer] [--floor]
//
// The bench's own pages are tests/fixtures/pages, the demo article, generated non-article pages of
// catalogue sites (home, listing, tag: scripts/bench/listing-pages.mjs) and a generated 5 MB page. Held-out
// pages (any folder of NAME.html + NAME.truth.json in the corpus format, e.g. the real-world corpora) come
// from --pages or UNSHILL_BENCH_PAGES (folders separated like PATH); --pages-limit picks that many pages
// spread over each folder (default 4, 0 = all). Their figures are reported apart and within the totals.
//
// --base DIR adds a browser with another build of the extension (e.g. a copy of .output/chrome-mv3 made
// before a change), measured in the same run against the same loads without the extension: the delta
// table then compares the two builds under the same machine load, which runs at different times cannot.
//
// --floor adds a third browser with a stub extension: the same content-script matches and run_at,
// empty scripts, an empty service worker. What it adds is the cost of merely having content scripts on
// the page (isolated world, bindings), which no optimisation of ours can remove.
//
// On a busy machine absolute figures are noisy: compare with and without in the same run, and use more
// runs (--runs 9). Builds the Chrome extension first when UNSHILL_OUT_DIR (default .output) has none.
// Full runs save bench-results/latest.json (the one before becomes previous.json); --only runs write
// bench-results/only.tmp and are compared with latest.json. Budget misses do not fail the command:
// this is a measurement, not a test.
import { QUIET_CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';
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
import { basename, delimiter, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { HUGE_PAGE_URL, buildHugePage, countElements } from './bench/huge-page.mjs';
import { listingPages } from './bench/listing-pages.mjs';
import { collectFromPage, extensionTimings, installProbe, waitForExtension } from './bench/page-probe.mjs';
import { KINDS, TRACE_CATEGORIES, traceBreakdown } from './bench/trace-breakdown.mjs';
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
/** Held-out pages taken from each --pages folder unless --pages-limit says otherwise. */
const DEFAULT_PAGES_LIMIT = 4;

/** The performance issue's budgets (ms unless said). */
const BUDGETS = {
  added_script_ms_article_median: { max: 15, what: 'articles: added script (CDP ScriptDuration)' },
  added_main_thread_ms_article_median: {
    max: 60,
    what: 'articles: added main-thread work (CDP TaskDuration)',
  },
  added_script_ms_nonarticle_median: { max: 3, what: 'non-articles: added script (CDP ScriptDuration)' },
  panel_after_dcl_ms_median: { max: 150, what: 'articles: panel after DOMContentLoaded' },
  ext_longest_task_ms_ordinary: { max: 50, what: 'ordinary pages: longest extension task (worst page)' },
  huge_page_ext_longest_task_ms: { max: 100, what: '5 MB page: longest extension task' },
  huge_page_panel_after_dcl_ms: { max: 1000, what: '5 MB page: panel after DOMContentLoaded (idle machine)' },
  // The same budgets in thread CPU time (trace): what the work costs when other work holds the cores.
  added_script_cpu_ms_article_median: { max: 15, what: 'articles: added script, CPU time (trace)' },
  added_cpu_ms_article_median: { max: 60, what: 'articles: added main-thread work, CPU time (trace)' },
  added_script_cpu_ms_nonarticle_median: { max: 3, what: 'non-articles: added script, CPU time (trace)' },
  ext_longest_task_cpu_ms_ordinary: { max: 50, what: 'ordinary pages: longest extension task, CPU time' },
  huge_page_ext_longest_task_cpu_ms: { max: 100, what: '5 MB page: longest extension task, CPU time' },
  early_js_min_kb: { max: 28, what: 'early.js minified (kB)' },
};

// ---------------------------------------------------------------------------------------------------
// Arguments, build, pages

function parseArgs(argv) {
  const options = {
    runs: 5,
    only: null,
    pages: (process.env.UNSHILL_BENCH_PAGES ?? '').split(delimiter).filter(Boolean),
    pagesLimit: DEFAULT_PAGES_LIMIT,
    rebuild: false,
    summarizer: true,
    floor: false,
    base: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg.startsWith('--runs')) options.runs = Math.max(1, Number.parseInt(value(), 10) || 5);
    else if (arg.startsWith('--only')) options.only = value().split(',').filter(Boolean);
    else if (arg.startsWith('--pages-limit'))
      options.pagesLimit = Math.max(0, Number.parseInt(value(), 10) || 0);
    else if (arg.startsWith('--pages')) options.pages.push(...value().split(',').filter(Boolean));
    else if (arg === '--rebuild') options.rebuild = true;
    else if (arg === '--no-summarizer') options.summarizer = false;
    else if (arg === '--floor') options.floor = true;
    else if (arg.startsWith('--base')) options.base = resolve(value());
    else
      throw new Error(
        `Unknown argument ${arg} (use --runs N, --only NAME, --pages DIR, --pages-limit N, --base DIR, --rebuild, --no-summarizer, --floor)`,
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

/** Pages of a folder in the corpus format (NAME.html + NAME.truth.json with `url` and `is_news_article`). */
function corpusPages(dir, source, limit = 0) {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json') && existsSync(join(dir, f.replace(/\.truth\.json$/, '.html'))))
    .sort()
    .map((f) => f.replace(/\.truth\.json$/, ''));
  // Spread over the folder (its names sort by site), the same pages every run.
  const picked =
    limit > 0 && names.length > limit
      ? Array.from({ length: limit }, (_, i) => names[Math.floor((i * names.length) / limit)])
      : names;
  return picked.map((name) => {
    const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8'));
    return {
      name: source === 'own' ? name : `${basename(dir)}/${name}`,
      url: truth.url,
      html: readFileSync(join(dir, `${name}.html`), 'utf8'),
      kind: truth.is_news_article ? 'article' : 'nonarticle',
      source,
    };
  });
}

function loadPages(only, heldOutDirs, pagesLimit) {
  const pages = corpusPages(PAGES_DIR, 'own');
  pages.push({
    name: 'demo',
    url: 'https://www.bitget.com/news/detail/unshill-demo',
    html: readFileSync(join(ROOT, 'assets/demo/news-demo.html'), 'utf8'),
    kind: 'article',
    source: 'own',
  });
  // Catalogue pages that are not articles (home, listing, tag): what most visits to those sites are.
  pages.push(...listingPages());
  for (const dir of heldOutDirs) {
    if (!existsSync(dir)) throw new Error(`--pages ${dir}: no such folder`);
    pages.push(...corpusPages(resolve(dir), 'held-out', pagesLimit));
  }
  const wantHuge = !only || only.some((n) => 'huge'.includes(n) || n.includes('huge'));
  if (wantHuge)
    pages.push({ name: 'huge', url: HUGE_PAGE_URL, html: buildHugePage(), kind: 'huge', source: 'own' });
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
    executablePath: chromiumPath() ?? undefined,
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

/** In the page: resolves once `ms` have passed since navigation (performance.now() starts there). */
function waitUntilSinceNavigation(ms) {
  return new Promise((resolve) => {
    const check = () => (performance.now() >= ms ? resolve(performance.now()) : setTimeout(check, 10));
    check();
  });
}

/**
 * One navigation, measured from navigation start until `windowMs` after it. With the extension and no
 * window yet (`windowMs` null), the window ends QUIET_MS after the extension is done with the page; that
 * window is then used for the load without it. With a window given, the extension side still waits for
 * the extension to be done (its window grows when it takes longer: `endAt` says what was measured).
 */
async function measure(context, page, { extension, windowMs }) {
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
    let capped = false;
    let until = windowMs ?? 0;
    if (extension) {
      const waited = await tab.evaluate(waitForExtension, PANEL_CAP_MS);
      capped = waited.capped;
      until = Math.max(until, waited.doneAt + QUIET_MS);
    }
    const endAt = await tab.evaluate(waitUntilSinceNavigation, until);
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
      endAt,
      capped,
      scriptMs: metric(metrics, 'ScriptDuration') * 1000,
      taskMs: metric(metrics, 'TaskDuration') * 1000,
      layoutMs: metric(metrics, 'LayoutDuration') * 1000,
      styleMs: metric(metrics, 'RecalcStyleDuration') * 1000,
      heapBytes: heap,
      trace: traceBreakdown(events, page.url),
    };
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Aggregation

function sideOf(runs) {
  const m = (f) => median(runs.map(f));
  return {
    scriptMs: m((r) => r.scriptMs),
    taskMs: m((r) => r.taskMs),
    layoutMs: m((r) => r.layoutMs),
    styleMs: m((r) => r.styleMs),
    heapBytes: m((r) => r.heapBytes),
    dclMs: m((r) => r.dcl),
    loadMs: m((r) => r.load),
    windowMs: m((r) => r.endAt),
    longtasks: m((r) => r.longtasks.length),
    longtaskMaxMs: max(runs.flatMap((r) => r.longtasks.map((t) => t[1]))),
    // Main-thread self time by kind, from the trace.
    ...Object.fromEntries(KINDS.map((k) => [`${k}TraceMs`, m((r) => r.trace.byKind[k])])),
    // The same in thread CPU time: robust to a machine whose cores are busy with other work.
    cpuMs: m((r) => KINDS.reduce((sum, k) => sum + r.trace.cpuByKind[k], 0)),
    ...Object.fromEntries(KINDS.map((k) => [`${k}CpuMs`, m((r) => r.trace.cpuByKind[k])])),
  };
}

function summarizePage(page, withRuns, withoutRuns, floorRuns) {
  const m = (runs, f) => median(runs.map(f));
  const extRan = withRuns.some((r) => r.marks.some((k) => k.name === 'unshill:start'));
  const kind = page.kind === 'nonarticle' && !extRan ? 'off-catalogue' : page.kind;
  const timings = withRuns.map(extensionTimings);
  const phase = (key) => round(median(timings.map((t) => t[key])), 2);
  const w = sideOf(withRuns);
  const wo = sideOf(withoutRuns);
  const panelRuns = withRuns.filter((r) => r.panelAt !== null);
  const traceParts = {};
  for (const key of new Set(withRuns.flatMap((r) => Object.keys(r.trace.ext.parts)))) {
    traceParts[key] = round(median(withRuns.map((r) => r.trace.ext.parts[key] ?? 0)), 2);
  }
  const floor = floorRuns.length
    ? mapRound({
        taskMs: m(floorRuns, (r) => r.taskMs) - wo.taskMs,
        scriptMs: m(floorRuns, (r) => r.scriptMs) - wo.scriptMs,
        heapBytes: m(floorRuns, (r) => r.heapBytes) - wo.heapBytes,
      })
    : null;
  const added = Object.fromEntries(
    Object.keys(w)
      .filter((k) => !['dclMs', 'loadMs', 'longtaskMaxMs'].includes(k))
      .map((k) => [k, w[k] - wo[k]]),
  );
  return {
    name: page.name,
    url: page.url,
    kind,
    source: page.source,
    elements: withoutRuns[0]?.elements ?? null,
    htmlBytes: Buffer.byteLength(page.html),
    runs: withRuns.length,
    with: mapRound(w),
    without: mapRound(wo),
    added: mapRound(added),
    // What the stub extension adds over no extension (--floor): the part of `added` we cannot remove.
    floorAdded: floor,
    panel: {
      runsWithPanel: panelRuns.length,
      afterNavMs: round(median(panelRuns.map((r) => r.panelAt))),
      afterDclMs: round(median(panelRuns.map((r) => r.panelAt - r.dcl))),
      capped: withRuns.filter((r) => r.capped).length,
    },
    ext: {
      mainThreadMs: round(
        m(withRuns, (r) => r.trace.ext.ms),
        2,
      ),
      cpuMs: round(
        m(withRuns, (r) => r.trace.ext.cpuMs),
        2,
      ),
      longestTaskCpuMs: round(m(withRuns, (r) => r.trace.ext.longestTaskCpuMs)),
      ...Object.fromEntries(
        KINDS.map((k) => [
          `${k}TraceMs`,
          round(
            m(withRuns, (r) => r.trace.ext.byKind[k]),
            2,
          ),
        ]),
      ),
      traceParts,
      // The extension's own work in its busiest task: median over runs, and the worst run.
      longestTaskMs: round(m(withRuns, (r) => r.trace.ext.longestTaskShareMs)),
      longestTaskWorstMs: round(max(withRuns.map((r) => r.trace.ext.longestTaskShareMs))),
      longestTaskWholeMs: round(m(withRuns, (r) => r.trace.ext.longestTaskMs)),
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
    },
    raw: {
      with: withRuns.map(rawRun),
      without: withoutRuns.map(rawRun),
      ...(floorRuns.length ? { floor: floorRuns.map(rawRun) } : {}),
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
    endAt: round(r.endAt),
    byKind: mapRound(r.trace.byKind),
    extMs: round(r.trace.ext.ms, 2),
    extLongestTaskMs: round(r.trace.ext.longestTaskShareMs, 2),
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

/** The figures for a set of pages: medians over pages of each page's medians over runs. */
function groupFigures(pages) {
  const med = (f, digits = 1) => round(median(pages.map(f)), digits);
  return {
    pages: pages.length,
    addedScriptMs: med((p) => p.added.scriptMs),
    addedTaskMs: med((p) => p.added.taskMs),
    ...Object.fromEntries(KINDS.map((k) => [`added_${k}`, med((p) => p.added[`${k}TraceMs`])])),
    extMs: med((p) => p.ext.mainThreadMs),
    ...Object.fromEntries(KINDS.map((k) => [`ext_${k}`, med((p) => p.ext[`${k}TraceMs`])])),
    addedCpuMs: med((p) => p.added.cpuMs),
    addedScriptCpuMs: med((p) => p.added.scriptCpuMs),
    ...Object.fromEntries(KINDS.map((k) => [`addedCpu_${k}`, med((p) => p.added[`${k}CpuMs`])])),
    extCpuMs: med((p) => p.ext.cpuMs),
    longestTaskCpuMs: round(max(pages.map((p) => p.ext.longestTaskCpuMs))),
    panelAfterDclMs: med((p) => p.panel.afterDclMs),
    longestTaskMs: round(max(pages.map((p) => p.ext.longestTaskMs))),
    longestTaskWorstMs: round(max(pages.map((p) => p.ext.longestTaskWorstMs))),
    windowMs: med((p) => p.with.windowMs, 0),
  };
}

function pageGroups(pages) {
  const ordinary = pages.filter((p) => p.kind !== 'huge');
  const of = (kind, source) => ordinary.filter((p) => p.kind === kind && (!source || p.source === source));
  const groups = {
    article: of('article'),
    'article (own)': of('article', 'own'),
    'article (held-out)': of('article', 'held-out'),
    nonarticle: of('nonarticle'),
    'nonarticle (own)': of('nonarticle', 'own'),
    'nonarticle (held-out)': of('nonarticle', 'held-out'),
    'off-catalogue': of('off-catalogue'),
    huge: pages.filter((p) => p.kind === 'huge'),
  };
  return Object.fromEntries(
    Object.entries(groups)
      .filter(([, list]) => list.length)
      .map(([name, list]) => [name, groupFigures(list)]),
  );
}

function figuresOf(pages, groups, bundles, summarizer) {
  const ordinary = pages.filter((p) => p.kind !== 'huge');
  const articles = ordinary.filter((p) => p.kind === 'article');
  const nonArticles = ordinary.filter((p) => p.kind === 'nonarticle');
  const huge = pages.find((p) => p.kind === 'huge');
  const kb = (b) => (b ? round(b / 1000, 2) : null);
  const a = groups.article ?? {};
  const n = groups.nonarticle ?? {};
  const heldOut = groups['article (held-out)'];
  const f = {
    // The figures.
    added_script_ms_article_median: a.addedScriptMs ?? null,
    added_main_thread_ms_article_median: a.addedTaskMs ?? null,
    added_script_ms_nonarticle_median: n.addedScriptMs ?? null,
    added_main_thread_ms_nonarticle_median: n.addedTaskMs ?? null,
    panel_after_dcl_ms_median: a.panelAfterDclMs ?? null,
    ext_longest_task_ms_ordinary: round(max([a.longestTaskMs, n.longestTaskMs])),
    ext_longest_task_worst_run_ms_ordinary: round(max([a.longestTaskWorstMs, n.longestTaskWorstMs])),
    // The same in thread CPU time from the trace (a busy machine inflates the wall-clock figures).
    added_cpu_ms_article_median: a.addedCpuMs ?? null,
    added_script_cpu_ms_article_median: a.addedScriptCpuMs ?? null,
    added_script_cpu_ms_nonarticle_median: n.addedScriptCpuMs ?? null,
    ext_cpu_ms_article_median: a.extCpuMs ?? null,
    ext_cpu_ms_nonarticle_median: n.extCpuMs ?? null,
    ext_longest_task_cpu_ms_ordinary: round(max([a.longestTaskCpuMs, n.longestTaskCpuMs])),
    ...Object.fromEntries(KINDS.map((k) => [`added_${k}_cpu_ms_article_median`, a[`addedCpu_${k}`] ?? null])),
    ...Object.fromEntries(KINDS.map((k) => [`added_${k}_trace_ms_article_median`, a[`added_${k}`] ?? null])),
    ...Object.fromEntries(KINDS.map((k) => [`ext_${k}_trace_ms_article_median`, a[`ext_${k}`] ?? null])),
    ...(heldOut
      ? {
          heldout_added_script_ms_article_median: heldOut.addedScriptMs,
          heldout_added_main_thread_ms_article_median: heldOut.addedTaskMs,
          heldout_panel_after_dcl_ms_median: heldOut.panelAfterDclMs,
        }
      : {}),
    // The bench's earlier figures, kept beside them.
    ext_main_thread_ms_article_median: a.extMs ?? null,
    ext_main_thread_ms_nonarticle_median: n.extMs ?? null,
    added_layout_style_ms_article_median: round(
      median(articles.map((p) => p.added.layoutMs + p.added.styleMs)),
    ),
    panel_after_nav_ms_median: round(median(articles.map((p) => p.panel.afterNavMs))),
    articles_without_panel: articles.filter((p) => p.panel.runsWithPanel * 2 <= p.runs).length,
    dcl_delay_ms_median: round(median(ordinary.map((p) => p.with.dclMs - p.without.dclMs))),
    added_longtasks_ordinary: round(ordinary.reduce((sum, p) => sum + (p.added.longtasks ?? 0), 0)),
    heap_added_kb_article_median: round(median(articles.map((p) => p.added.heapBytes / 1000))),
    heap_added_kb_nonarticle_median: round(median(nonArticles.map((p) => p.added.heapBytes / 1000))),
    ext_early_js_ms_median: round(
      median(ordinary.filter((p) => p.kind !== 'off-catalogue').map((p) => scriptMs(p, 'early.js'))),
      2,
    ),
    ext_ready_js_ms_nonarticle_median: round(median(nonArticles.map((p) => scriptMs(p, 'ready.js'))), 2),
    ext_ready_js_ms_article_median: round(median(articles.map((p) => scriptMs(p, 'ready.js'))), 2),
    ext_article_js_ms_article_median: round(median(articles.map((p) => scriptMs(p, 'article.js'))), 2),
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
      huge_page_ext_longest_task_ms: huge.ext.longestTaskMs,
      huge_page_ext_longest_task_cpu_ms: huge.ext.longestTaskCpuMs,
      huge_page_added_cpu_ms: huge.added.cpuMs,
      huge_page_ext_longest_task_worst_run_ms: huge.ext.longestTaskWorstMs,
      huge_page_panel_after_dcl_ms: huge.panel.afterDclMs,
      huge_page_added_script_ms: huge.added.scriptMs,
      huge_page_added_main_thread_ms: huge.added.taskMs,
      ...Object.fromEntries(KINDS.map((k) => [`huge_page_added_${k}_trace_ms`, huge.added[`${k}TraceMs`]])),
      huge_page_ext_main_thread_ms: huge.ext.mainThreadMs,
      huge_page_ext_total_ms: huge.ext.phasesTotalMs,
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

/** The Node-side benchmarks (key=value lines): the summarizer, and the scanners on hostile 100k inputs. */
function runSummarizerBench() {
  return { ...runScriptBench('scripts/bench-summarizer.ts'), ...runScriptBench('scripts/bench-redos.ts') };
}

function runScriptBench(script) {
  const result = spawnSync('npx', ['vite-node', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120000,
  });
  if (result.status !== 0) {
    console.error(`${script} failed: ${result.stderr?.slice(0, 500)}`);
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

/** Column heads of the added figures: CDP script and task time, then trace self time by kind. */
const ADDED_COLUMNS = ['script+', 'task+', 'tr:js+', 'style+', 'layout+', 'paint+'];

function printReport(pages, groups, figures, bundles, meta) {
  const rows = pages.map((p) => [
    p.name.slice(0, 40),
    p.source === 'own' ? p.kind : `${p.kind}*`,
    cell(p.added.scriptMs),
    cell(p.added.taskMs),
    cell(p.added.scriptTraceMs),
    cell(p.added.styleTraceMs),
    cell(p.added.layoutTraceMs),
    cell(p.added.paintTraceMs),
    cell(p.floorAdded?.taskMs),
    cell(p.ext.mainThreadMs),
    `${cell(p.ext.longestTaskMs, 0)}/${cell(p.ext.longestTaskWorstMs, 0)}`,
    p.panel.runsWithPanel ? `${cell(p.panel.afterDclMs, 0)}` : '–',
    cell(p.added.heapBytes / 1000, 0),
    `${cell(p.with.dclMs, 0)}/${cell(p.without.dclMs, 0)}`,
    cell(p.with.windowMs, 0),
    cell(p.ext.dclToDetectMs, 0),
    cell(p.ext.detectMs),
    cell(p.ext.hideMs),
    cell(p.ext.injectGapMs),
    cell(p.ext.extractMs),
    cell(p.ext.summarizeMs),
    cell(p.ext.mountMs),
  ]);
  console.log(
    `\nPer page (medians of ${meta.runs} runs; ms unless said; added = median with − median without; * = held-out page)\n`,
  );
  console.log(
    table(
      [
        'page',
        'kind',
        ...ADDED_COLUMNS,
        'floor',
        'ext',
        'extTask',
        'panel@DCL',
        'heapKB+',
        'DCL w/wo',
        'window',
        'DCL→det',
        'detect',
        'hide',
        'inject',
        'extract',
        'summ',
        'mount',
      ],
      rows,
    ),
  );
  console.log(
    [
      '',
      'script+ / task+ = added CDP ScriptDuration / TaskDuration (the renderer main thread, navigation → window);',
      'tr:js+, style+, layout+, paint+ = added main-thread self time of that kind in the trace (GC, parsing and',
      "the rest are in the JSON); ext = the extension's own main-thread time in the trace (its scripts' events",
      "and what they force, plus marked phases within one task); extTask = the extension's work in its busiest",
      'task, median/worst run; floor = what a stub extension with empty content scripts adds (--floor);',
      'cpu+ / cpu js+ / ext cpu / extTask cpu (group table) = the same in thread CPU time from the trace.',
      'window = ms after navigation when both sides were measured; inject = hide:end → extract:start (article.js',
      'injected by the background and evaluated); DCL→det = detect:start − DOMContentLoaded.',
    ].join('\n'),
  );

  console.log(`\nThe issue's figures by group (medians over pages; longest task = worst page)\n`);
  printGroups(groups);

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

function printGroups(groups) {
  console.log(
    table(
      [
        'group',
        'pages',
        ...ADDED_COLUMNS,
        'parse+',
        'gc+',
        'other+',
        'ext',
        'ext js/style/layout',
        'panel@DCL',
        'extTask',
        'cpu+',
        'cpu js+',
        'ext cpu',
        'extTask cpu',
      ],
      Object.entries(groups).map(([name, g]) => [
        name,
        g.pages,
        cell(g.addedScriptMs),
        cell(g.addedTaskMs),
        cell(g.added_script),
        cell(g.added_style),
        cell(g.added_layout),
        cell(g.added_paint),
        cell(g.added_parse),
        cell(g.added_gc),
        cell(g.added_other),
        cell(g.extMs),
        `${cell(g.ext_script)}/${cell(g.ext_style)}/${cell(g.ext_layout)}`,
        cell(g.panelAfterDclMs, 0),
        `${cell(g.longestTaskMs, 0)}/${cell(g.longestTaskWorstMs, 0)}`,
        cell(g.addedCpuMs),
        cell(g.addedScriptCpuMs),
        cell(g.extCpuMs),
        cell(g.longestTaskCpuMs),
      ]),
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
  const pages = loadPages(options.only, options.pages, options.pagesLimit);
  if (!pages.length) throw new Error(`No page matches --only ${options.only?.join(',')}`);
  const huge = pages.find((p) => p.kind === 'huge');
  if (huge)
    console.error(
      `huge page: ${(huge.html.length / 1e6).toFixed(2)} MB, ${countElements(huge.html)} elements`,
    );

  if (options.base && !existsSync(join(options.base, 'manifest.json')))
    throw new Error(`--base ${options.base}: no built extension (manifest.json) there`);
  const [withExt, withoutExt, floorExt, baseExt] = await Promise.all([
    launch(BUILD_DIR, pages),
    launch(null, pages),
    options.floor ? launch(makeStubExtension(), pages) : null,
    options.base ? launch(options.base, pages) : null,
  ]);
  const results = new Map(pages.map((p) => [p.name, { with: [], without: [], floor: [], base: [] }]));
  /** Per page: the window (ms after navigation) of its last load with the extension. */
  const windows = new Map();
  try {
    // Warm-up (not counted): first navigation starts the renderer, the service worker, compiles scripts.
    const warm = pages.find((p) => p.name === 'demo') ?? pages[0];
    const held = await measure(withExt, warm, { extension: true, windowMs: null });
    await measure(withoutExt, warm, { extension: false, windowMs: held.endAt });
    if (floorExt) await measure(floorExt, warm, { extension: false, windowMs: held.endAt });

    for (let run = 0; run < options.runs; run++) {
      for (const page of pages) {
        const r = results.get(page.name);
        // Alternating order, so that a drift in the machine's load does not favour one side.
        if (run % 2 === 0 || !windows.has(page.name)) {
          const w = await measure(withExt, page, { extension: true, windowMs: null });
          windows.set(page.name, w.endAt);
          r.with.push(w);
          r.without.push(await measure(withoutExt, page, { extension: false, windowMs: w.endAt }));
        } else {
          const windowMs = windows.get(page.name);
          r.without.push(await measure(withoutExt, page, { extension: false, windowMs }));
          const w = await measure(withExt, page, { extension: true, windowMs });
          windows.set(page.name, w.endAt);
          r.with.push(w);
        }
        if (floorExt) {
          r.floor.push(await measure(floorExt, page, { extension: false, windowMs: windows.get(page.name) }));
        }
        if (baseExt) {
          r.base.push(await measure(baseExt, page, { extension: true, windowMs: windows.get(page.name) }));
        }
      }
      console.error(`run ${run + 1}/${options.runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await Promise.all([withExt.close(), withoutExt.close(), floorExt?.close(), baseExt?.close()]);
  }

  const summaries = pages.map((p) => {
    const r = results.get(p.name);
    return summarizePage(p, r.with, r.without, r.floor);
  });
  const groups = pageGroups(summaries);
  const baseSummaries = baseExt
    ? pages.map((p) => summarizePage(p, results.get(p.name).base, results.get(p.name).without, []))
    : null;
  const bundles = bundleSizes(BUILD_DIR);
  const summarizer = options.summarizer ? runSummarizerBench() : {};
  const figures = figuresOf(summaries, groups, bundles, summarizer);
  const meta = {
    date: new Date().toISOString(),
    commit: gitDescribe(),
    runs: options.runs,
    only: options.only,
    floor: options.floor,
    // Folder names only: where the held-out pages live differs from machine to machine.
    heldOut: options.pages.map((dir) => basename(resolve(dir))),
    pagesLimit: options.pagesLimit,
    build: relative(ROOT, BUILD_DIR) || '.',
    // HEAD can move while a build stays: when the measured build was made.
    builtAt: new Date(statSync(join(BUILD_DIR, 'manifest.json')).mtimeMs).toISOString(),
    chromium: chromiumVersion(),
    node: process.version,
    cpus: cpus().length,
    seconds: Math.round((Date.now() - started) / 1000),
  };

  printReport(summaries, groups, figures, bundles, meta);
  if (baseSummaries) {
    const baseBundles = bundleSizes(options.base);
    const baseGroups = pageGroups(baseSummaries);
    console.log(`\nThe base build (${options.base}), same run\n`);
    printGroups(baseGroups);
    printDelta(
      figures,
      {
        figures: figuresOf(baseSummaries, baseGroups, baseBundles, summarizer),
        meta: { date: 'same run', commit: 'base build' },
      },
      'the base build',
    );
  }

  mkdirSync(RESULTS_DIR, { recursive: true });
  const latestPath = join(RESULTS_DIR, 'latest.json');
  const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);
  const record = { meta, budgets: BUDGETS, figures, groups, bundles, pages: summaries };
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
    return execFileSync(chromiumPath() ?? 'chromium', ['--version'], {
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
