// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_EXPIRES_MS, MIN_EXPIRES_MS, parseExpires, parseFilterList } from '../../../src/lists/parse-list';

const LIST = [
  '[Adblock Plus 2.0]',
  '! Title: Test promotions',
  '! Expires: 2 days (update frequency)',
  '||ads.example.com^',
  '/banner/*$image,third-party',
  'example.com##.promo',
  '##.sponsored-card:has-text(/sponsored/i)',
  'example.com#@#.promo',
  '##.box:remove()',
  '##div[',
  'example.com#%#alert(1)',
  'this is not a rule',
].join('\n');

describe('parseFilterList', () => {
  it('keeps cosmetic rules, counts network rules, reports bad lines with their number and reason', () => {
    const result = parseFilterList(LIST);
    if (!result.ok) throw new Error(result.reason);
    const { list } = result;
    expect(list.title).toBe('Test promotions');
    expect(list.expiresMs).toBe(2 * 24 * 3_600_000);
    expect(list.lines).toEqual([
      'example.com##.promo',
      '##.sponsored-card:has-text(/sponsored/i)',
      'example.com#@#.promo',
    ]);
    expect(list.networkCount).toBe(2);
    expect(list.errors.map((e) => e.line)).toEqual([9, 10, 11, 12]);
    expect(list.errors[0]?.reason).toMatch(/remove/);
    expect(list.errors[2]?.reason).toMatch(/JavaScript/);
    expect(list.errors[3]?.reason).toBe('not a filter rule');
  });

  it.each([
    ['', /empty/],
    ['<!DOCTYPE html><html><body>Login to the Wi-Fi</body></html>', /web page/],
    ['{"error": "rate limited"}', /JSON/],
    ['\u0000\u0001PK\u0003\u0004binary', /binary/],
    ['Service temporarily unavailable\nPlease try again later', /no line/],
  ])('refuses what is not a filter list: %j', (text, reason) => {
    const result = parseFilterList(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('accepts a list with only network rules (nothing to hide, but a real list)', () => {
    const result = parseFilterList('! Title: Net\n||tracker.example^\n');
    expect(result.ok && result.list.networkCount).toBe(1);
  });
});

describe('parseExpires', () => {
  it.each([
    ['4 days (update frequency)', 4 * 86_400_000],
    ['12 hours', 12 * 3_600_000],
    ['1d', 86_400_000],
    ['6h', 6 * 3_600_000],
  ])('reads %j', (value, ms) => expect(parseExpires(value)).toBe(ms));

  it('clamps to between one hour and two weeks, and ignores what it cannot read', () => {
    expect(parseExpires('1 hours')).toBe(MIN_EXPIRES_MS);
    expect(parseExpires('0 hours')).toBe(MIN_EXPIRES_MS);
    expect(parseExpires('90 days')).toBe(MAX_EXPIRES_MS);
    expect(parseExpires('soon')).toBeNull();
  });
});
