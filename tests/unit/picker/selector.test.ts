// @vitest-environment jsdom
import { markOwn } from '../../../src/world/own-nodes';
import { describe, expect, it } from 'vitest';
import { buildSelector, isGeneratedName, matchesExactly, matchesOf } from '../../../src/picker/selector';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

function pick(doc: Document, query: string): Element {
  const el = doc.querySelector(query);
  if (!el) throw new Error(`fixture lacks ${query}`);
  return el;
}

describe('isGeneratedName', () => {
  it.each([
    'css-1x2y3z',
    'sc-abc123',
    'bdVaJa',
    'kJhgfD',
    'Header_title__3xYz1',
    'card__x9Qz2',
    '_3xYz1',
    'jsx-123456',
    'promo-3fa9b2',
  ])('calls %s generated', (name) => expect(isGeneratedName(name)).toBe(true));
  it.each([
    'promo-banner',
    'sidebar',
    'ad-slot',
    'h1',
    'col-md-6',
    'text-2xl',
    'newsletter',
    'PromoBox',
    'w100',
    'mt-4',
  ])('keeps %s', (name) => expect(isGeneratedName(name)).toBe(false));
});

describe('buildSelector', () => {
  it('prefers a stable id', () => {
    const doc = page(
      '<div id="promo-top" class="banner"><a href="/x">Trade</a></div><div class="banner"></div>',
    );
    expect(buildSelector(pick(doc, '#promo-top'))).toBe('#promo-top');
  });

  it('skips generated ids and takes a data- attribute', () => {
    const doc = page(
      '<div id=":r1:" data-component="exchange-cta">A</div><div data-component="teaser">B</div>',
    );
    expect(buildSelector(pick(doc, '[data-component="exchange-cta"]'))).toBe(
      'div[data-component="exchange-cta"]',
    );
  });

  it('uses meaningful classes and never hashed ones or nth-child', () => {
    const doc = page(`
      <aside class="Sidebar_root__a8Kx2"><div class="css-1x2y3z promo-card Promo_card__9fQ2a">A</div></aside>
      <div class="css-1x2y3z story">B</div>`);
    const selector = buildSelector(pick(doc, '.promo-card'));
    expect(selector).toBe('div.promo-card');
    expect(selector).not.toMatch(/css-|__|nth-child/);
  });

  it('narrows an ambiguous class with a robust ancestor', () => {
    const doc = page(`
      <main><div class="card">story</div></main>
      <aside id="rail"><div class="inner"><div class="card">promo</div></div></aside>`);
    const target = pick(doc, '#rail .card');
    const selector = buildSelector(target) ?? '';
    expect(matchesExactly(doc, selector, [target])).toBe(true);
    expect(selector).not.toMatch(/nth-child/);
  });

  it('on a CSS-modules page with nothing stable, names the element through a stable ancestor or not at all', () => {
    const doc = page(`
      <div id="sponsor-box"><div class="Box_wrap__h4sh1"><div class="Box_inner__k2j3x">Buy now</div></div></div>
      <div class="Box_wrap__h4sh1"><div class="Box_inner__k2j3x">Story</div></div>`);
    const target = pick(doc, '#sponsor-box .Box_inner__k2j3x');
    const selector = buildSelector(target);
    expect(selector).not.toBeNull();
    expect(selector).not.toMatch(/__/);
    expect(matchesExactly(doc, selector ?? '', [target])).toBe(true);
  });

  it('returns a selector matching several alike elements when none is unique', () => {
    const doc = page('<div class="ad-unit">1</div><div class="ad-unit">2</div>');
    expect(buildSelector(pick(doc, '.ad-unit'))).toBe('div.ad-unit');
    expect(matchesOf(doc, 'div.ad-unit')).toHaveLength(2);
  });

  it("ignores the extension's own nodes when counting", () => {
    const doc = page('<div class="promo">A</div><unshill-picker><div class="promo"></div></unshill-picker>');
    markOwn(doc.querySelector('unshill-picker')!);
    expect(buildSelector(pick(doc, 'div.promo'))).toBe('div.promo');
  });

  it('gives up (null) rather than guessing on an anonymous element among twins', () => {
    const doc = page('<div><span>a</span><span>b</span></div>');
    expect(buildSelector(pick(doc, 'span'))).toBeNull();
  });
});
