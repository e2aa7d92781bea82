// What runs inside the benchmarked pages (main world), and how one navigation is measured.

/**
 * Init script for every page of both browsers (so its own cost is the same with and without the
 * extension): buffered long tasks, and the moment `<unshill-panel>` enters the DOM. Checks only the
 * added nodes of each record, never queries the whole document: on the 60,000-element page a
 * querySelector per callback would itself be the benchmark.
 */
export function installProbe() {
  const probe = { longtasks: [], panelAt: null };
  Object.defineProperty(window, '__unshillBench', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longtasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the figures say 0 long tasks on both sides.
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName === 'UNSHILL-PANEL') {
          probe.panelAt = performance.now();
          observer.disconnect();
          return;
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * In the page, with the extension: resolves when the extension is done with the page, i.e. the panel is
 * in (article), detection said "not an article", or the extension never started (not a catalogue page).
 * Returns how long after `load` that was. Capped, so a page whose panel never comes does not hang the run.
 */
export function waitForExtension(capMs) {
  const start = performance.now();
  const has = (name) => performance.getEntriesByName(name, 'mark').length > 0;
  return new Promise((resolve) => {
    const check = () => {
      const elapsed = performance.now() - start;
      const done =
        window.__unshillBench.panelAt !== null ||
        has('unshill:mount:end') ||
        (has('unshill:detect:end') && !has('unshill:hide:start') && elapsed > 50) ||
        (!has('unshill:start') && elapsed > 50);
      if (done || elapsed > capMs) resolve({ waitedMs: elapsed, capped: !done });
      else setTimeout(check, 20);
    };
    check();
  });
}

/** In the page: everything the benchmark reads after the page settled. */
export function collectFromPage() {
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = (type) =>
    performance
      .getEntriesByType(type)
      .filter((e) => e.name.startsWith('unshill:'))
      .map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration }));
  return {
    dcl: nav ? nav.domContentLoadedEventStart : null,
    load: nav ? nav.loadEventStart : null,
    panelAt: window.__unshillBench.panelAt,
    longtasks: window.__unshillBench.longtasks,
    marks: entries('mark'),
    measures: entries('measure'),
    elements: document.getElementsByTagName('*').length,
  };
}

/** The extension's own phase timings (ms) from its marks and measures in one run. */
export function extensionTimings(sample) {
  const mark = (name) => sample.marks.find((m) => m.name === name)?.startTime ?? null;
  const measure = (name) => sample.measures.find((m) => m.name === name)?.duration ?? null;
  const span = (a, b) => (mark(a) !== null && mark(b) !== null ? mark(b) - mark(a) : null);
  const mountEnd = mark('unshill:mount:end');
  return {
    detect: span('unshill:detect:start', 'unshill:detect:end'),
    hide: span('unshill:hide:start', 'unshill:hide:end'),
    extract: measure('unshill:extract') ?? span('unshill:extract:start', 'unshill:extract:end'),
    summarize: measure('unshill:summarize') ?? span('unshill:extract:end', 'unshill:summarize:end'),
    mount: measure('unshill:mount') ?? span('unshill:summarize:end', 'unshill:mount:end'),
    total: measure('unshill:total'),
    dclToMount: mountEnd !== null && sample.dcl !== null ? mountEnd - sample.dcl : null,
    // DOMContentLoaded → detection starts: ready.js first awaits the settings read (extension storage).
    dclToDetect:
      mark('unshill:detect:start') !== null && sample.dcl !== null
        ? mark('unshill:detect:start') - sample.dcl
        : null,
    // Time between hide:end and extract:start: article.js being injected and evaluated (no marks inside).
    injectGap: span('unshill:hide:end', 'unshill:extract:start'),
  };
}

/** The time intervals the extension says it was working in (from its start/end marks). */
export function extensionIntervals(sample) {
  const mark = (name) => sample.marks.find((m) => m.name === name)?.startTime ?? null;
  const pairs = [
    ['unshill:detect:start', 'unshill:detect:end'],
    ['unshill:hide:start', 'unshill:hide:end'],
    ['unshill:extract:start', 'unshill:mount:end'],
  ];
  const out = [];
  for (const [a, b] of pairs) {
    const start = mark(a);
    const end = mark(b);
    if (start !== null && end !== null) out.push([start, end]);
  }
  return out;
}

/**
 * Long tasks the extension is responsible for, each with `share`: how much of it the marked work covers.
 *  - `marked`: overlaps the extension's marked phases (detect, hide, extract → mount);
 *  - `inject`: lies within hide:end → extract:start, where the background injects article.js and the page
 *    evaluates it (no marks inside; on ordinary pages the page itself has no long task there).
 * A long task with only page parsing or the page's own scripts is neither. Unmarked work elsewhere
 * (late-promo MutationObserver callbacks, early.js) is not caught here; the added task time catches it.
 */
export function extensionLongTasks(sample) {
  const intervals = extensionIntervals(sample);
  const mark = (name) => sample.marks.find((m) => m.name === name)?.startTime ?? null;
  const gapStart = mark('unshill:hide:end');
  const gapEnd = mark('unshill:extract:start');
  const out = [];
  for (const [start, duration] of sample.longtasks) {
    const end = start + duration;
    let share = 0;
    for (const [a, b] of intervals) share += Math.max(0, Math.min(end, b) - Math.max(start, a));
    if (share > 0) out.push({ start, duration, share, kind: 'marked' });
    else if (gapStart !== null && gapEnd !== null && start >= gapStart && end <= gapEnd) {
      out.push({ start, duration, share: 0, kind: 'inject' });
    }
  }
  return out;
}

/** Trace categories: enough for script evaluation/compile/callback events and the user-timing marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

/**
 * The extension's main-thread time in one traced navigation, in ms: the union of (a) trace events on the
 * page's main thread that run the extension's own scripts (evaluating early/ready/article.js, compiling
 * them, callbacks into them; their URLs are chrome-extension://…) and (b) its marked phases, which run in
 * microtasks the trace does not attribute to a script. Unlike with − without task time it does not drown
 * in the page's own run-to-run noise; it misses only style/layout the extension causes after its phases.
 */
export function traceAttribution(events) {
  const marks = events.filter(
    (e) => typeof e.cat === 'string' && e.cat.includes('blink.user_timing') && e.name.startsWith('unshill:'),
  );
  const anchor =
    marks.find((e) => e.name === 'unshill:start') ??
    events.find((e) => e.ph === 'X' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  if (!anchor) return { extMs: 0, parts: {} };
  const onThread = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid);
  const intervals = [];
  const parts = {};
  for (const e of onThread) {
    const url = String(e.args?.data?.url ?? '');
    if (e.ph !== 'X' || !url.startsWith('chrome-extension://')) continue;
    intervals.push([e.ts, e.ts + (e.dur ?? 0)]);
    const key = `${e.name} ${url.split('/').pop()}`;
    parts[key] = (parts[key] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const at = (name) => marks.find((e) => e.name === name && e.pid === anchor.pid)?.ts ?? null;
  for (const [a, b] of [
    ['unshill:detect:start', 'unshill:detect:end'],
    ['unshill:hide:start', 'unshill:hide:end'],
    ['unshill:extract:start', 'unshill:mount:end'],
  ]) {
    if (at(a) !== null && at(b) !== null) intervals.push([at(a), at(b)]);
  }
  return { extMs: unionLength(intervals) / 1000, parts };
}

function unionLength(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}
