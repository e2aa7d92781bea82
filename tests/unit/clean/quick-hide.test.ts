import { describe, expect, it } from 'vitest';
import { compileRules, parseCosmeticRules, quickHideSelectors } from '../../../src/clean/cosmetic';
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
    }
  });
});
