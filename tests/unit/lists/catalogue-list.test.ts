// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCosmeticRules, ruleAppliesTo } from '../../../src/clean/cosmetic';
import { catalogueAsList } from '../../../src/lists/catalogue-list';
import { parseFilterList } from '../../../src/lists/parse-list';
import { SITES } from '../../../src/sites';
import { hostsOf } from '../../../src/sites/find-site';

const FILE = join(__dirname, '../../../assets/filters/unshill.txt');

describe('assets/filters/unshill.txt', () => {
  it('is what `npm run build:list` writes from the catalogue today (run it after changing src/sites/)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(catalogueAsList(SITES));
  });

  it('has the header uBlock Origin and AdGuard read', () => {
    const text = readFileSync(FILE, 'utf8');
    for (const field of ['Title', 'License', 'Expires'])
      expect(text).toMatch(new RegExp(`^! ${field}: \\S`, 'm'));
    const parsed = parseFilterList(text);
    expect(parsed.ok && parsed.list.expiresMs).toBe(4 * 24 * 3_600_000);
  });

  it('parses without an error, and every site rule applies on its own hosts only', () => {
    const { rules, errors } = parseCosmeticRules(readFileSync(FILE, 'utf8'));
    expect(errors).toEqual([]);
    expect(rules.length).toBe(SITES.reduce((n, site) => n + site.rules.length, 0));
    for (const site of SITES) {
      const host = hostsOf(site)[0] ?? '';
      const own = rules.filter((rule) => ruleAppliesTo(rule, host));
      expect(own.length, site.id).toBeGreaterThanOrEqual(site.rules.filter((r) => r.startsWith('#')).length);
    }
    expect(rules.every((rule) => rule.domains.length > 0)).toBe(true);
  });
});
