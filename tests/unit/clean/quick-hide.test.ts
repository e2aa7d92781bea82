import { describe, expect, it } from 'vitest';
import {
  buildHideStylesheet,
  compileRules,
  isCatalogueSelector,
  parseCosmeticRules,
  quickHideSelectors,
} from '../../../src/clean/cosmetic';
import { SITES } from '../../../src/sites/index';

describe('quickHideSelectors (document_start fast path)', () => {
  it('keeps plain selectors for the host and applies exceptions and domain lists', () => {
    const lines = [
      '! a comment',
      '##.micro-cookie-dialog',
      'ru.beincrypto.com##.telegram-banner',
      'example.com,~news.example.com##.app-bar',
      '#@#.micro-cookie-dialog',
      '##.promo:has-text(/APR/i)',
      '##+js(set-constant, x, 1)',
      '||ads.example.com^',
    ];
    expect(quickHideSelectors(lines, 'ru.beincrypto.com')).toEqual(['.telegram-banner']);
    expect(quickHideSelectors(lines, 'www.example.com')).toEqual(['.app-bar']);
    expect(quickHideSelectors(lines, 'news.example.com')).toEqual([]);
  });

  it('agrees with the full parser on the plain rules of every catalogue site', () => {
    for (const site of SITES) {
      const host = new URL(site.matches[0]!.replace('*.', 'www.').replace(/\*$/, '')).hostname;
      const full = compileRules(parseCosmeticRules(site.rules).rules, host).selectors;
      expect(new Set(quickHideSelectors(site.rules, host)), site.id).toEqual(new Set(full));
      // The early script skips the CSS engine for the catalogue (its rules are validated here): same result.
      expect(quickHideSelectors(site.rules, host, isCatalogueSelector), site.id).toEqual(
        quickHideSelectors(site.rules, host),
      );
    }
  });

  it('still refuses, for the catalogue, a selector that would leave its rule', () => {
    expect(
      quickHideSelectors(
        ['##*{color:red}x) or (color:red', '##a/*', '##.fine'],
        'example.com',
        isCatalogueSelector,
      ),
    ).toEqual(['.fine']);
  });
});

describe('custom rules inject nothing but selectors (security review F1)', () => {
  it('refuses selectors that would close the rule, open a comment or pass CSS.supports by a trick', () => {
    expect(quickHideSelectors(['##*{color:red}x) or (color:red', '##a/*'], 'example.com')).toEqual([]);
    expect(
      quickHideSelectors(
        [
          '##*{background-image:url(https://pwned.invalid/x)}x) or (color:red',
          '##[title="unclosed',
          '##a\\',
          '##b; color: red',
          '##.fine',
          '##[title="a}b"]',
        ],
        'example.com',
      ),
    ).toEqual(['.fine', '[title="a}b"]']);
  });

  it('the full parser reports the same selectors as bad', () => {
    const { rules, errors } = parseCosmeticRules(['##*{color:red}x) or (color:red', '##a/*', '##.ok']);
    expect(rules.map((rule) => rule.selector)).toEqual(['.ok']);
    expect(errors.map((error) => [error.line, error.reason])).toEqual([
      [1, 'bad selector "*{color:red}x) or (color:red"'],
      [2, 'bad selector "a/*"'],
    ]);
  });

  it('a stylesheet built from accepted selectors is one hide rule per chunk and nothing else', () => {
    const selectors = quickHideSelectors(['##.a', '##[data-x="}{"]', '##a/*', '##.b'], 'example.com');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(buildHideStylesheet(selectors, 1));
    expect(sheet.cssRules).toHaveLength(3);
    for (const rule of Array.from(sheet.cssRules)) {
      expect((rule as CSSStyleRule).style.cssText).toBe('display: none !important;');
    }
  });
});
