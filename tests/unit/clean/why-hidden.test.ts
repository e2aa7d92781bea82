// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appendRule, siteRuleLine } from '../../../src/clean/add-rule';
import { compileSources, exceptionSelectors, explainHidden, isExempt } from '../../../src/clean/why-hidden';

const doc = new DOMParser().parseFromString(
  `<body><div class="site-ad">a</div><div class="list-ad">b</div><div class="mine">c</div>
   <div class="teaser">Sponsored: buy</div><aside id="rail"><div class="x">d</div></aside></body>`,
  'text/html',
);
const el = (s: string): Element => doc.querySelector(s) as Element;

describe('explainHidden', () => {
  const sources = compileSources(
    [
      { source: { kind: 'site', name: 'Example' }, lines: ['##.site-ad', '##.teaser:has-text(Sponsored)'] },
      { source: { kind: 'list', name: 'EasyList' }, lines: ['example.com##.list-ad', 'other.org##.mine'] },
      { source: { kind: 'custom' }, lines: ['example.com##.mine', 'example.com#@#.site-ad'] },
    ],
    'www.example.com',
  );

  it('names the rule and where it comes from: catalogue, list, custom, procedural too', () => {
    expect(explainHidden(el('.list-ad'), 'site-rule', sources)).toEqual({
      source: { kind: 'list', name: 'EasyList' },
      rule: '##.list-ad',
      selector: '.list-ad',
    });
    expect(explainHidden(el('.mine'), 'site-rule', sources).source).toEqual({ kind: 'custom' });
    expect(explainHidden(el('.teaser'), 'site-rule', sources).rule).toBe('##.teaser:has-text(Sponsored)');
  });

  it("a rule cancelled by the reader's exception is not the reason; a heuristic mark is named", () => {
    expect(explainHidden(el('.site-ad'), 'site-rule', sources).source.kind).toBe('heuristic');
    expect(explainHidden(el('#rail'), 'related-articles rail', sources)).toEqual({
      source: { kind: 'heuristic', name: 'related-articles rail' },
      rule: null,
      selector: null,
    });
  });
});

describe('exceptions the heuristics honour', () => {
  it('exempts what a site#@# selector for this host matches, and its descendants', () => {
    const selectors = exceptionSelectors(['example.com#@##rail', 'other.org#@#.mine', '##.x'], 'example.com');
    expect(selectors).toEqual(['#rail']);
    expect(isExempt(el('#rail .x'), selectors)).toBe(true);
    expect(isExempt(el('.mine'), selectors)).toBe(false);
  });
});

describe('rules written for the reader', () => {
  it('scopes a rule to the site and checks it with the one parser', () => {
    expect(siteRuleLine('www.example.com', '##div.promo')).toEqual({
      ok: true,
      line: 'www.example.com##div.promo',
    });
    expect(siteRuleLine('www.example.com', '#@##rail')).toEqual({
      ok: true,
      line: 'www.example.com#@##rail',
    });
    expect(siteRuleLine('www.example.com', '##div[').ok).toBe(false);
    expect(siteRuleLine('www.example.com', '##.a\nevil.com##body').ok).toBe(false);
    expect(siteRuleLine('', '##.a').ok).toBe(false);
    expect(siteRuleLine('www.example.com', '||ads.example^').ok).toBe(false);
  });

  it('appends once, keeping what the reader wrote', () => {
    expect(appendRule('', 'a.com##.x')).toBe('a.com##.x\n');
    expect(appendRule('! mine\nb.com##.y', 'a.com##.x')).toBe('! mine\nb.com##.y\na.com##.x\n');
    expect(appendRule('a.com##.x\n', 'a.com##.x')).toBe('a.com##.x\n');
  });
});
