// Small helpers for the benchmark: statistics, bundle sizes, table printing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Median of the numbers in `values` (nulls and NaN dropped); null when there are none. */
export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function max(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? Math.max(...xs) : null;
}

export function round(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "12.3" / "–" for a table cell. */
export function cell(value, digits = 1) {
  const r = round(value, digits);
  return r === null ? '–' : r.toFixed(digits);
}

/** Plain fixed-width table: header row, a rule, then rows; numbers right-aligned. */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Raw and gzip sizes (bytes) of each entrypoint of a Chrome build. Scripts are looked for where WXT puts
 * them (root for unlisted scripts, content-scripts/ for declared ones); an HTML page (options, welcome…)
 * counts every script and modulepreload chunk it loads, shared chunks included, since the page loads them.
 */
export function bundleSizes(buildDir) {
  const find = (candidates) => candidates.map((p) => join(buildDir, p)).find((p) => existsSync(p)) ?? null;
  const entries = {
    early: [find(['early.js', 'content-scripts/early.js'])],
    ready: [find(['ready.js', 'content-scripts/ready.js'])],
    article: [find(['article.js', 'content-scripts/article.js'])],
    // Loaded on demand only (reader view, translation, why hidden): not on the panel's path.
    extras: [find(['extras.js'])],
    background: [find(['background.js'])],
  };
  for (const html of readdirSync(buildDir).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(buildDir, html), 'utf8');
    const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.js)"/g)].map(
      (m) => m[1],
    );
    entries[html.replace(/\.html$/, '')] = refs.map((ref) => join(buildDir, ref));
  }
  const out = {};
  for (const [name, paths] of Object.entries(entries)) {
    const present = paths.filter((p) => p && existsSync(p));
    if (!present.length) {
      out[name] = null;
      continue;
    }
    let raw = 0;
    let gzip = 0;
    for (const path of present) {
      const bytes = readFileSync(path);
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    out[name] = { file: present.map((p) => p.slice(buildDir.length + 1)).join(' + '), raw, gzip };
  }
  return out;
}
