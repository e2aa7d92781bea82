#!/usr/bin/env node
// Writes tests/fixtures/generalise/NAME.html + NAME.truth.json (dev-corpus truth format): article pages
// whose layouts are unlike the dev corpus (hashed CSS-module classes, utility classes, no classes at
// all, div soup without article/main, right-to-left) in pt, it, tr, ja, ko, vi, id, ar and en, with
// promotions of the kinds issue 11 lists and editorial look-alikes that must stay.
//
//   node scripts/generalise-fixtures/make.mjs
//
// `data-fx` attributes exist for the truth files' selectors only; src/ never reads them (a unit test
// checks). Hosts are catalogue sites without hide rules, so rules on and off see the same page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLES } from './articles.mjs';
import { PAGES } from './pages.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/generalise');
mkdirSync(out, { recursive: true });

/** Class names by layout: what a role is called on the page (or nothing). */
const LAYOUTS = {
  // CSS modules / emotion: a hash per role.
  hashed: (role) => `css-${hash(role)}`,
  // styled-components in div soup.
  soup: (role) => `sc-${hash(role + 'sc')} ${hash(role).slice(0, 6)}`,
  // Tailwind-style utilities.
  tailwind: (role) => TAILWIND[role] ?? 'block',
  // No classes at all.
  bare: () => '',
};

const TAILWIND = {
  page: 'mx-auto max-w-6xl px-4',
  header: 'flex items-center justify-between py-3 border-b',
  menu: 'flex gap-4 text-sm',
  layout: 'grid grid-cols-12 gap-8',
  body: 'col-span-8 text-lg leading-8',
  side: 'col-span-4 space-y-6',
  box: 'my-6 rounded-lg border border-gray-200 bg-gray-50 p-4',
  button: 'inline-flex rounded bg-blue-600 px-3 py-1 text-white',
  bar: 'fixed inset-x-0 bottom-0 z-50 flex items-center justify-between bg-black p-3 text-white',
  topbar: 'fixed inset-x-0 top-0 z-40 bg-yellow-300 p-2 text-center',
  overlay: 'fixed inset-0 z-[1000] bg-black/70 flex items-center justify-center',
  rail: 'mt-10 grid grid-cols-3 gap-4',
  teaser: 'block text-base',
  quote: 'my-6 border-l-4 border-gray-300 bg-gray-50 p-4 text-xl italic',
  figure: 'my-6',
  caption: 'text-sm text-gray-500',
  author: 'mt-8 flex gap-4 rounded-lg border p-4',
  footer: 'mt-16 border-t py-8 text-sm',
  slot: 'mx-auto my-6',
};

/** The CSS each layout ships inline (no external stylesheet loads in the scorer). */
function css(layout) {
  const c = LAYOUTS[layout];
  const rule = (role, decl) => (layout === 'bare' ? '' : `.${c(role).split(' ')[0]}{${decl}}`);
  const shared = {
    box: 'margin:24px 0;padding:16px;border:1px solid #ddd;border-radius:8px;background:#f6f7f9',
    button: 'display:inline-block;padding:4px 12px;background:#1652f0;color:#fff;border-radius:4px',
    bar: 'position:fixed;left:0;right:0;bottom:0;z-index:50;padding:12px;background:#111;color:#fff',
    topbar: 'position:fixed;left:0;right:0;top:0;z-index:40;padding:8px;background:#ffd400;text-align:center',
    overlay:
      'position:fixed;inset:0;z-index:1000;background:rgba(0,0,0,.7);display:flex;align-items:center;justify-content:center',
    side: 'float:right;width:300px;margin-left:24px',
    quote: 'margin:24px 0;padding:16px;border-left:4px solid #ccc;background:#f6f6f6;font-size:22px',
    author: 'margin-top:32px;padding:16px;border:1px solid #ddd;border-radius:8px',
    stickyHeader: 'position:sticky;top:0;z-index:30;background:#fff;border-bottom:1px solid #eee',
    rail: 'margin-top:40px',
  };
  if (layout === 'tailwind') {
    return [
      '.fixed{position:fixed}.sticky{position:sticky}.inset-x-0{left:0;right:0}.inset-0{inset:0}.bottom-0{bottom:0}.top-0{top:0}',
      '.z-50{z-index:50}.z-40{z-index:40}.z-\\[1000\\]{z-index:1000}.bg-black{background:#000}.bg-black\\/70{background:rgba(0,0,0,.7)}',
      '.bg-gray-50{background:#f9fafb}.bg-yellow-300{background:#fde047}.bg-blue-600{background:#2563eb}.text-white{color:#fff}',
      '.border{border:1px solid #e5e7eb}.border-l-4{border-left:4px solid #d1d5db}.rounded-lg{border-radius:8px}.rounded{border-radius:4px}',
      '.p-4{padding:16px}.p-3{padding:12px}.p-2{padding:8px}.px-3{padding-left:12px;padding-right:12px}.my-6{margin:24px 0}',
      '.flex{display:flex}.inline-flex{display:inline-flex}.grid{display:grid}.grid-cols-12{grid-template-columns:repeat(12,1fr)}',
      '.col-span-8{grid-column:span 8}.col-span-4{grid-column:span 4}.grid-cols-3{grid-template-columns:repeat(3,1fr)}.gap-4{gap:16px}',
    ].join('\n');
  }
  if (layout === 'bare') {
    // No classes: structure and element selectors only.
    return [
      `aside{${shared.box}}`,
      `body>div>div>aside{${shared.side}}`,
      `blockquote{${shared.quote}}`,
      `a[role=button]{${shared.button}}`,
      `body>div[role=dialog]{${shared.overlay}}`,
      `body>div+div:last-of-type{${shared.bar}}`,
      `section{${shared.author}}`,
    ].join('\n');
  }
  return Object.entries(shared)
    .map(([role, decl]) => rule(role, decl))
    .join('\n');
}

function hash(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return h.toString(36).slice(0, 6);
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ` class="…" data-fx="…"` for a role on this layout. */
function at(layout, role, fx) {
  const cls = role ? LAYOUTS[layout](role) : '';
  return `${cls ? ` class="${cls}"` : ''}${fx ? ` data-fx="${fx}"` : ''}`;
}

for (const page of PAGES) {
  const article = ARTICLES[page.article][page.lang];
  const { layout } = page;
  const a = (role, fx) => at(layout, role, fx);
  const html = page.render({ a, article, esc, layout });
  const head = [
    '<!doctype html>',
    `<html lang="${page.lang}"${page.dir ? ` dir="${page.dir}"` : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(article.title)}</title>`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${esc(article.title)}">`,
    `<meta property="article:published_time" content="${page.published}">`,
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: page.published,
      inLanguage: page.lang,
    })}</script>`,
    `<style>body{font-family:sans-serif;margin:0}\n${css(layout)}</style>`,
    '</head>',
  ].join('\n');
  writeFileSync(join(out, `${page.name}.html`), `${head}\n${html}\n</html>\n`);
  const truth = {
    url: page.url,
    is_news_article: true,
    lang: page.lang,
    title: article.title,
    article_text_must_include: article.paragraphs,
    article_text_must_exclude: page.promoTexts ?? [],
    promo_selectors: Object.keys(page.promos),
    promo_categories: page.promos,
    keep_selectors: ['h1', '[data-fx="body"]', ...page.keep],
    publisher_key_points: article.keyPoints,
    auto_expected: true,
    reader_expected: true,
    source_article: ARTICLES[page.article].source,
    layout,
    structure_provenance: [
      `TEXT: corpus article ${ARTICLES[page.article].source}${page.lang === 'en' ? '' : `, translated to ${page.lang} for this fixture`}`,
      `INVENTED: the whole layout (${layout}), written for tests/fixtures/generalise; data-fx attributes are truth-only`,
    ],
  };
  writeFileSync(join(out, `${page.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
}
console.log(`wrote ${PAGES.length} pages to ${out}`);
