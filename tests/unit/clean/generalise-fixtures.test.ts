/**
 * The heuristics alone on tests/fixtures/generalise (layouts unlike the dev corpus: hashed classes,
 * utility classes, no classes, div soup, right-to-left; pt, it, tr, ja, ko, vi, id, ar, en), as the
 * DOM-ready script sees them. jsdom has no layout engine, so boxes come from the computed style the
 * page's own CSS declares (position and edges) and the sizes in its markup: the same decisions the
 * browser makes on these pages, where the figure is measured by score.mjs --heuristics-only.
 * One test computes everything (no order coupling) and reports per page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { findPromotions } from '../../../src/clean/heuristics';
import { readLayout, type Layout } from '../../../src/clean/structure';
import { findArticleRoot } from '../../../src/detect/article-root';

const DIR = 'tests/fixtures/generalise';
const VIEWPORT = { width: 1280, height: 800 };

interface Truth {
  url: string;
  promo_selectors: string[];
  keep_selectors: string[];
  article_text_must_include: string[];
}

/** readLayout, with sizes a layout engine would give fixed layers pinned to the viewport's edges. */
function declaredLayout(elements: readonly Element[]): Layout {
  const layout = readLayout(elements);
  for (const [el, box] of layout.boxes) {
    if (box.position !== 'fixed') continue;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    const zero = (v: string | undefined) => v === '0px' || v === '0';
    const covers = zero(style?.getPropertyValue('inset'));
    const spans = covers || (zero(style?.left) && zero(style?.right));
    if (spans) box.width = VIEWPORT.width;
    box.height = covers ? VIEWPORT.height : box.height || 60;
    if (zero(style?.bottom)) box.y = VIEWPORT.height - box.height;
  }
  return { ...layout, viewport: VIEWPORT };
}

it('hides >= 95% of the promotions and none of the article on the generalisation fixtures', () => {
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => f.replace(/\.truth\.json$/, ''));
  expect(names.length).toBeGreaterThanOrEqual(12);
  const report: string[] = [];
  let promoSum = 0;
  for (const name of names) {
    const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')) as Truth;
    const doc = new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), { url: truth.url }).window
      .document;
    const matches = findPromotions(doc, findArticleRoot(doc), { readLayout: declaredLayout });
    const hidden = (el: Element) => matches.some((m) => m.element === el || m.element.contains(el));
    const promos = truth.promo_selectors.map((s) => [s, [...doc.querySelectorAll(s)]] as const);
    const missed = promos.filter(([, els]) => els.some((el) => !hidden(el))).map(([s]) => s);
    promoSum += (promos.length - missed.length) / promos.length;
    const keptHidden = truth.keep_selectors.filter((s) => [...doc.querySelectorAll(s)].some(hidden));
    const hiddenText = matches.map((m) => m.element.textContent ?? '').join('\n');
    const textHidden = truth.article_text_must_include.filter((t) => hiddenText.includes(t));
    report.push(`${name}: missed [${missed.join(', ')}] kept-hidden [${keptHidden.join(', ')}]`);
    expect(keptHidden, `${name}: kept elements hidden`).toEqual([]);
    expect(textHidden, `${name}: article text hidden`).toEqual([]);
  }
  const promoHidden = promoSum / names.length;
  console.log(
    `generalise fixtures, heuristics alone: promoHidden=${promoHidden.toFixed(3)}\n${report.join('\n')}`,
  );
  expect(promoHidden).toBeGreaterThanOrEqual(0.95);
});

it('the code never reads the fixtures truth-only attributes', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const f of files) expect(readFileSync(join('src', f), 'utf8').includes('data-fx'), f).toBe(false);
});
