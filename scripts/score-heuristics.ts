/**
 * Scores article detection and the generic promotion heuristics on the corpus, in jsdom.
 *   npx vite-node scripts/score-heuristics.ts [--dir tests/fixtures/pages] [--verbose]
 *
 * Mirrors the early content script: at DOMContentLoaded (before the page's own listeners) it runs
 * detectArticle, findArticleRoot and findPromotions; a MutationObserver then feeds added nodes to
 * findPromotionsIn (late modals, client-rendered bodies). Page scripts run (jsdom, no network).
 * Only the heuristics are scored here: catalogue rules are not applied.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../src/detect/detect-article';
import { findArticleRoot } from '../src/detect/article-root';
import { findPromotions, findPromotionsIn, type PromoMatch } from '../src/clean/heuristics';

interface Truth {
  url: string;
  is_news_article: boolean;
  auto_expected?: boolean;
  promo_selectors?: string[];
  keep_selectors?: string[];
  article_text_must_include?: string[];
  late?: boolean;
}

interface Row {
  name: string;
  detected: boolean;
  expected: boolean;
  promo: number | null;
  keep: number;
  text: number | null;
  ms: number;
  missed: string[];
  badKeep: string[];
  badText: string[];
  matches: PromoMatch[];
  reasons: string[];
}

const args = process.argv.slice(2);
const dirs = args.includes('--dir')
  ? [args[args.indexOf('--dir') + 1] ?? '']
  : ['tests/fixtures/pages', 'tests/fixtures/heuristics'];
const verbose = args.includes('--verbose');

export async function scorePage(html: string, truth: Truth, name: string): Promise<Row> {
  const matches: PromoMatch[] = [];
  let detection: ReturnType<typeof detectArticle> | null = null;
  let ms = 0;
  const vc = new VirtualConsole(); // page scripts call scrollTo etc.; jsdom's complaints are noise here
  await new Promise<void>((resolve) => {
    const dom = new JSDOM(html, {
      url: truth.url,
      runScripts: 'dangerously',
      pretendToBeVisual: true,
      virtualConsole: vc,
      beforeParse(window) {
        window.document.addEventListener('DOMContentLoaded', () => {
          const doc = window.document;
          const pass = () => {
            const t0 = performance.now();
            const d = detectArticle(doc, new URL(truth.url));
            const r = findArticleRoot(doc);
            const m = d.isArticle ? findPromotions(doc, r) : [];
            return { d, r, m, ms: performance.now() - t0 };
          };
          pass(); // warm-up: the first call pays for regex compilation and JIT
          const second = pass();
          detection = second.d;
          let root = second.r;
          matches.push(...second.m);
          ms = second.ms;
          if (!detection.isArticle) return;
          new window.MutationObserver((records) => {
            const added = records.flatMap((r) => [...r.addedNodes]);
            if (!root?.isConnected) root = findArticleRoot(doc);
            matches.push(...findPromotionsIn(added, root));
          }).observe(doc, { childList: true, subtree: true });
        });
        window.addEventListener('load', () => setTimeout(resolve, truth.late ? 900 : 50));
      },
    });
    void dom;
  });
  const doc = matches[0]?.element.ownerDocument;
  const hidden = (el: Element) => matches.some((m) => m.element === el || m.element.contains(el));
  const row: Row = {
    name,
    detected: (detection as ReturnType<typeof detectArticle> | null)?.isArticle ?? false,
    expected: truth.is_news_article && truth.auto_expected !== false,
    promo: null,
    keep: 1,
    text: null,
    ms,
    missed: [],
    badKeep: [],
    badText: [],
    matches,
    reasons: (detection as ReturnType<typeof detectArticle> | null)?.reasons ?? [],
  };
  if (!doc) return row;
  const promoEls = (truth.promo_selectors ?? []).flatMap((s) =>
    [...doc.querySelectorAll(s)].map((el) => ({ s, el })),
  );
  if (promoEls.length) {
    row.promo = promoEls.filter((p) => hidden(p.el)).length / promoEls.length;
    row.missed = [...new Set(promoEls.filter((p) => !hidden(p.el)).map((p) => p.s))];
  }
  const keepEls = (truth.keep_selectors ?? []).flatMap((s) =>
    [...doc.querySelectorAll(s)].map((el) => ({ s, el })),
  );
  row.badKeep = keepEls.filter((k) => hidden(k.el)).map((k) => k.s);
  row.keep = keepEls.length ? 1 - row.badKeep.length / keepEls.length : 1;
  const include = truth.article_text_must_include ?? [];
  if (include.length) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const hiddenText = matches.map((m) => norm(m.element.textContent ?? '')).join('\n');
    row.badText = include.filter((s) => hiddenText.includes(norm(s)));
    row.text = 1 - row.badText.length / include.length;
  }
  return row;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(dir)
        .filter((f) => f.endsWith('.truth.json'))
        .sort();
    } catch {
      continue;
    }
    for (const f of files) {
      const name = f.replace(/\.truth\.json$/, '');
      const truth = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth;
      rows.push(await scorePage(readFileSync(join(dir, `${name}.html`), 'utf8'), truth, name));
    }
  }
  const pct = (x: number | null) => (x === null ? '   -' : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log('page'.padEnd(42), 'detect  promo  keep  text    ms  hidden');
  for (const r of rows) {
    const ok = r.detected === r.expected ? ' ok ' : 'FAIL';
    console.log(
      r.name.padEnd(42),
      ok,
      ' ',
      pct(r.promo),
      pct(r.keep),
      pct(r.text),
      r.ms.toFixed(1).padStart(6),
      String(r.matches.length).padStart(4),
    );
    if (r.missed.length) console.log('   missed:', r.missed.join('  '));
    if (r.badKeep.length) console.log('   KEEP HIDDEN:', r.badKeep.join('  '));
    if (r.badText.length) console.log('   TEXT HIDDEN:', r.badText.join(' | ').slice(0, 200));
    if (r.detected !== r.expected || verbose) console.log('   detection:', r.reasons.join('; '));
    if (verbose)
      for (const m of r.matches)
        console.log(
          `   - <${m.element.tagName.toLowerCase()} class="${m.element.getAttribute('class') ?? ''}"> ${m.reason}`,
        );
  }
  const news = rows.filter((r) => r.expected);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);
  const detection = mean(rows.map((r) => (r.detected === r.expected ? 1 : 0)));
  const promo = mean(news.flatMap((r) => (r.promo === null ? [] : [r.promo])));
  const keep = mean(rows.map((r) => r.keep));
  const text = mean(news.flatMap((r) => (r.text === null ? [] : [r.text])));
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `\nSUMMARY pages=${rows.length} detection=${detection.toFixed(3)} promo=${promo.toFixed(3)} keep=${keep.toFixed(3)} text=${text.toFixed(3)} median_ms=${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(1)} (jsdom)`,
  );
}

void main();
