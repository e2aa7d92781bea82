// Checks of the production build's output (`.output/chrome-mv3`, or $UNSHILL_OUT_DIR/chrome-mv3): no code
// built from strings, no broad host permission, a small document_start script, and extension pages whose
// Content Security Policy allows neither eval nor remote scripts. Runs after the build in `npm test`.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from './harness';

const BUILD = join(OUTPUT_DIR, 'chrome-mv3');
/**
 * The budget in src/content/early.ts: it runs before first paint on every catalogue page. It holds the
 * DOM-ready step too (ready.ts, about 8 KB), which as a document_end script of its own started 40 to 70 ms
 * after DOMContentLoaded.
 */
const EARLY_BUDGET_BYTES = 28 * 1024;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

interface Manifest {
  manifest_version: number;
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as Manifest;
const BROAD = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*/'];

describe(`the production build (${relative(process.cwd(), BUILD) || BUILD})`, () => {
  // Without a build every check below fails with this, never skips: a missing build is not a pass.
  beforeAll(() => {
    if (!existsSync(join(BUILD, 'manifest.json')))
      throw new Error(`No build at ${BUILD}: run \`npm run build\` first (npm test does).`);
  });

  it('has no eval( and no new Function / Function( in any JavaScript file', () => {
    const scripts = files(BUILD, '.js');
    expect(scripts.length).toBeGreaterThan(3);
    const hits: string[] = [];
    for (const path of scripts) {
      const code = readFileSync(path, 'utf8');
      // `eval(` as a call (not `.eval(` of some object, not a longer identifier such as `doEval(`).
      for (const match of code.matchAll(
        /(?<![\w$.])eval\s*\(|\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g,
      )) {
        hits.push(
          `${relative(BUILD, path)}: …${code.slice(Math.max(0, match.index - 40), match.index + 40)}…`,
        );
      }
      // Timers given a string compile it like eval.
      for (const match of code.matchAll(/\bset(?:Timeout|Interval)\s*\(\s*["'`]/g)) {
        hits.push(`${relative(BUILD, path)}: string timer …${code.slice(match.index, match.index + 60)}…`);
      }
    }
    // No allow-list needed today: DOMPurify, Readability and the polyfill bundle without any of these.
    expect(hits).toEqual([]);
  });

  it('asks for no host permission on every site, and runs content scripts on listed hosts only', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    for (const pattern of m.host_permissions ?? []) expect(BROAD).not.toContain(pattern);
    for (const script of m.content_scripts ?? []) {
      for (const pattern of script.matches) {
        expect(BROAD).not.toContain(pattern);
        // A host of its own: no wildcard in the registrable part (subdomain wildcards like *.site.com are fine).
        expect(pattern).toMatch(/^https?:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}\//i);
      }
    }
    // Nothing of the extension is exposed to every page.
    for (const entry of m.web_accessible_resources ?? []) {
      for (const pattern of entry.matches) expect(BROAD).not.toContain(pattern);
    }
  });

  it(`keeps early.js (document_start) under ${EARLY_BUDGET_BYTES / 1024} KB`, () => {
    const m = manifest();
    const early = (m.content_scripts ?? []).flatMap((s) => s.js ?? []).find((js) => /early/.test(js));
    expect(early).toBe('early.js');
    const size = statSync(join(BUILD, early!)).size;
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThanOrEqual(EARLY_BUDGET_BYTES);
  });

  it("gives extension pages a CSP without 'unsafe-eval' and without remote script sources", () => {
    const csp = manifest().content_security_policy;
    // No key: MV3's default, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';", which is strict.
    const policy =
      typeof csp === 'string' ? csp : (csp?.extension_pages ?? "script-src 'self'; object-src 'self';");
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).not.toBe('');
    expect(scriptSrc).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    for (const source of scriptSrc.split(/\s+/).filter(Boolean)) {
      expect(source, `remote script source ${source}`).toMatch(/^'(self|wasm-unsafe-eval|none)'$/);
    }
    // The pages themselves load only their own scripts.
    for (const page of files(BUILD, '.html')) {
      const html = readFileSync(page, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]*)"/g)) {
        expect(src, `${relative(BUILD, page)} loads ${src}`).toMatch(/^\/(?!\/)/);
      }
      expect(html, `${relative(BUILD, page)} has an inline script`).not.toMatch(
        /<script(?![^>]*\bsrc=)[^>]*>\s*\S/,
      );
    }
  });
});

it('the production build exists (`npm run build`)', () => {
  expect(existsSync(join(BUILD, 'manifest.json')), `no manifest at ${BUILD}`).toBe(true);
});
