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
 * Returns when that was (ms since navigation). Capped, so a page whose panel never comes does not hang the run.
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
      if (done || elapsed > capMs) resolve({ doneAt: performance.now(), capped: !done });
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
