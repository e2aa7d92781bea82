// Where a page's main-thread time goes, from a Chromium trace: self time by kind (script, style, layout,
// paint, …), the part the extension's own scripts account for, and the extension's longest task.

/** Trace categories: timeline events by kind, the top-level tasks, GC, and the extension's user-timing marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'v8', 'blink.user_timing'];

export const KINDS = ['script', 'style', 'layout', 'paint', 'parse', 'gc', 'other'];

const KIND_BY_NAME = new Map(
  Object.entries({
    script: [
      'FunctionCall',
      'EvaluateScript',
      'v8.compile',
      'v8.compileModule',
      'v8.evaluateModule',
      'v8.produceCache',
      'v8.consumeCache',
      'v8.run',
      'v8.callFunction',
      'V8.Execute',
      'TimerFire',
      'EventDispatch',
      'RunMicrotasks',
      'BlinkScheduler_PerformMicrotaskCheckpoint',
      'FireAnimationFrame',
      'FireIdleCallback',
      'XHRReadyStateChange',
      'XHRLoad',
    ],
    style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
    layout: ['Layout', 'UpdateLayout', 'IntersectionObserverController::computeIntersections'],
    paint: [
      'Paint',
      'PrePaint',
      'PaintImage',
      'PaintSetup',
      'UpdateLayer',
      'UpdateLayerTree',
      'Layerize',
      'CompositeLayers',
      'Commit',
      'Decode Image',
      'ImageDecodeTask',
    ],
    parse: ['ParseHTML'],
  }).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);

function kindOf(name) {
  const kind = KIND_BY_NAME.get(name);
  if (kind) return kind;
  if (/GC|Sweep|Mark(ing)?|Scavenge/.test(name)) return 'gc';
  return 'other';
}

const isExtensionUrl = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');
const eventUrl = (e) => e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.data?.scriptName ?? '';

/** Renderer main thread of the page at `pageUrl`: its HTML parse, else its marks, else the busiest one. */
function pageMainThread(events, pageUrl) {
  const base = pageUrl.split('#')[0];
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const parse = events.find((e) => e.name === 'ParseHTML' && String(eventUrl(e)).split('#')[0] === base);
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const mark = events.find((e) => typeof e.name === 'string' && e.name.startsWith('unshill:'));
  if (mark) {
    const thread = events.find((e) => e.pid === mark.pid && mainThreads.has(`${e.pid}:${e.tid}`));
    if (thread) return { pid: thread.pid, tid: thread.tid };
  }
  return null;
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

const MARKED_PHASES = [
  ['unshill:detect:start', 'unshill:detect:end'],
  ['unshill:hide:start', 'unshill:hide:end'],
  ['unshill:extract:start', 'unshill:extract:end'],
  ['unshill:extract:end', 'unshill:mount:end'],
];

/**
 * One traced navigation, in ms:
 *  - `byKind`: self time of every event on the page's renderer main thread, by kind (compare with and
 *    without the extension to get what it adds, including the style and layout its sheets cause later);
 *  - `ext`: the extension's own part: events of its scripts (chrome-extension:// URLs: evaluation,
 *    compilation, callbacks) with everything nested in them (forced style/layout), by kind; `ms` also
 *    counts its marked phases that start and end within one task (microtasks carry no script URL);
 *  - `ext.parts`: the same per event name and script file ("FunctionCall ready.js");
 *  - `ext.longestTaskMs` / `ext.longestTaskShareMs`: the task in which the extension did the most work,
 *    its whole duration and the extension's part of it (the figure the 50/100 ms budgets are about);
 *  - `cpuByKind`, `ext.cpuMs`, `ext.cpuByKind`, `ext.longestTaskCpuMs`: the same in thread CPU time
 *    (trace `tdur`), which a loaded machine inflates far less than wall-clock durations.
 */
export function traceBreakdown(events, pageUrl) {
  const zeros = () => Object.fromEntries(KINDS.map((k) => [k, 0]));
  const byKind = zeros();
  const extByKind = zeros();
  const cpuByKind = zeros();
  const extCpuByKind = zeros();
  const thread = pageMainThread(events, pageUrl);
  if (!thread) {
    const ext = { ms: 0, cpuMs: 0, byKind: extByKind, cpuByKind: extCpuByKind, parts: {} };
    return {
      total: 0,
      byKind,
      cpuByKind,
      ext: { ...ext, longestTaskMs: 0, longestTaskShareMs: 0, longestTaskCpuMs: 0 },
    };
  }
  const slices = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  const parts = {};
  const tasks = [];
  const nodes = [];
  const stack = [];
  for (const e of slices) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const end = parent ? Math.min(e.ts + e.dur, parent.end) : e.ts + e.dur;
    const ownExt = isExtensionUrl(eventUrl(e));
    // Thread CPU time (tdur): what the work cost, without the time the thread waited for a core.
    const cpu = typeof e.tdur === 'number' ? Math.min(e.tdur, e.dur) : e.dur;
    const node = {
      end,
      self: end - e.ts,
      cpuSelf: cpu,
      kind: kindOf(e.name),
      ext: ownExt || (parent?.ext ?? false),
      task: parent ? parent.task : { start: e.ts, end, cpu, ext: [], events: 0 },
    };
    if (parent) {
      parent.self -= end - e.ts;
      parent.cpuSelf -= cpu;
    } else tasks.push(node.task);
    if (ownExt && !parent?.ext) {
      node.task.ext.push([e.ts, end]);
      node.task.events = node.task.ext.length;
      const key = `${e.name} ${String(eventUrl(e)).split('/').pop()}`;
      parts[key] = (parts[key] ?? 0) + (end - e.ts) / 1000;
    }
    stack.push(node);
    nodes.push(node);
  }
  for (const node of nodes) {
    const cpuSelf = Math.max(0, node.cpuSelf);
    byKind[node.kind] += node.self / 1000;
    cpuByKind[node.kind] += cpuSelf / 1000;
    if (node.ext) {
      extByKind[node.kind] += node.self / 1000;
      extCpuByKind[node.kind] += cpuSelf / 1000;
    }
  }

  // Marked phases that start and end in one task are the extension's too (promise continuations run in
  // microtasks, which the trace does not tie to a script).
  const marks = new Map();
  for (const e of events) {
    if (
      e.pid === thread.pid &&
      typeof e.name === 'string' &&
      e.name.startsWith('unshill:') &&
      !marks.has(e.name)
    )
      marks.set(e.name, e.ts);
  }
  for (const [a, b] of MARKED_PHASES) {
    const start = marks.get(a);
    const stop = marks.get(b);
    if (start === undefined || stop === undefined || stop < start) continue;
    const task = tasks.find((t) => t.start <= start && stop <= t.end);
    if (task) task.ext.push([start, stop]);
  }

  let ms = 0;
  let cpuMs = 0;
  let longestTaskMs = 0;
  let longestTaskShareMs = 0;
  let longestTaskCpuMs = 0;
  for (const task of tasks) {
    if (!task.ext.length) continue;
    const share = unionLength(task.ext) / 1000;
    // The extension's CPU time in a task: its wall-clock share of it, at the task's CPU/wall ratio.
    const ratio = task.end > task.start ? Math.min(1, task.cpu / (task.end - task.start)) : 1;
    // Marked work outside the script events (microtasks) is script too.
    const marked = share - unionLength(task.ext.slice(0, task.events)) / 1000;
    extByKind.script += marked;
    extCpuByKind.script += marked * ratio;
    ms += share;
    cpuMs += share * ratio;
    if (share > longestTaskShareMs) {
      longestTaskShareMs = share;
      longestTaskMs = (task.end - task.start) / 1000;
    }
    longestTaskCpuMs = Math.max(longestTaskCpuMs, share * ratio);
  }
  const total = Object.values(byKind).reduce((sum, v) => sum + v, 0);
  return {
    total,
    byKind,
    cpuByKind,
    ext: {
      ms,
      cpuMs,
      byKind: extByKind,
      cpuByKind: extCpuByKind,
      parts,
      longestTaskMs,
      longestTaskShareMs,
      longestTaskCpuMs,
    },
  };
}
