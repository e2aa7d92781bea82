/**
 * Lints the catalogue data (refined-github's meta-test, Dark Reader's config lint): ids are file names,
 * every file is listed, patterns are valid and narrow, rules parse, examples belong to their own site only.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCosmeticRules, isValidSelector } from '../../../src/clean/cosmetic';
import { findSite, matchesPattern, parseMatchPattern } from '../../../src/sites/find-site';
import { SITES } from '../../../src/sites/index';
import { CATALOGUE_MATCHES } from '../../../src/sites/matches';
import type { SiteDefinition } from '../../../src/sites/types';

const SITES_DIR = join(__dirname, '../../../src/sites');
/** Files of src/sites/ that are code, not sites. */
const INFRASTRUCTURE = new Set(['types.ts', 'index.ts', 'matches.ts', 'find-site.ts']);
const siteFiles = readdirSync(SITES_DIR)
  .filter((file) => file.endsWith('.ts') && !INFRASTRUCTURE.has(file))
  .map((file) => basename(file, '.ts'))
  .sort();

// Vite resolves the glob in tests only; src/sites/index.ts lists the files by hand for the Node build.
const SITE_MODULES = import.meta.glob<{ default: SiteDefinition; examples: string[] }>(
  '../../../src/sites/*.ts',
  {
    eager: true,
  },
);
const examplesOf = (id: string): string[] => SITE_MODULES[`../../../src/sites/${id}.ts`]?.examples ?? [];

function hostsOf(patterns: readonly string[]): string[] {
  return patterns.map((pattern) => /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern);
}

describe('catalogue files', () => {
  it('lists every site file of src/sites under its file name, in order', () => {
    expect(SITES.map((site) => site.id)).toEqual(siteFiles);
    expect(siteFiles.length).toBeGreaterThanOrEqual(26);
  });

  it("exports each site file's definition under its file name, with its examples", () => {
    for (const id of siteFiles) {
      const module = SITE_MODULES[`../../../src/sites/${id}.ts`];
      expect(module, id).toBeDefined();
      expect(SITES.find((site) => site.id === id)).toMatchObject(module!.default);
      expect(Array.isArray(module!.examples), `${id}.ts exports examples`).toBe(true);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has unique ids and names', () => {
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((site) => site.name.toLowerCase())).size).toBe(SITES.length);
  });

  it('gives the manifest every pattern once (src/sites/matches.ts)', () => {
    const all = SITES.flatMap((site) => site.matches);
    expect([...CATALOGUE_MATCHES].sort()).toEqual([...new Set(all)].sort());
    expect(all.length).toBe(new Set(all).size);
  });
});

describe.each(SITES.map((site) => [site.id, site] as const))('site %s', (_id, site) => {
  it('has valid, https-only, narrow match patterns', () => {
    expect(site.matches.length).toBeGreaterThan(0);
    for (const pattern of site.matches) {
      expect(parseMatchPattern(pattern), pattern).toBeDefined();
      expect(pattern, 'https only').toMatch(/^https:\/\//);
      const host = hostsOf([pattern])[0] ?? '';
      // A wildcard host must stay inside one registrable domain (`*.beincrypto.com`, never `*` or `*.com`).
      expect(host, 'host wildcard').toMatch(/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/);
      expect(host.replace(/^\*\./, '').split('.').length, 'domain depth').toBeGreaterThanOrEqual(2);
    }
  });

  it('has rules that parse without errors, without duplicates, scoped to its own hosts', () => {
    const { rules, errors } = parseCosmeticRules(site.rules);
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(site.rules.length);
    expect(new Set(rules.map((rule) => rule.selector)).size).toBe(rules.length);
    for (const rule of rules) {
      for (const domain of [...rule.domains, ...rule.excludedDomains]) {
        const covered = site.matches.some((pattern) => matchesPattern(pattern, `https://${domain}/`));
        expect(covered, `${rule.text}: ${domain} is not a host of ${site.id}`).toBe(true);
      }
    }
  });

  it('has at least two example URLs, each found as this site and by no other pattern', () => {
    expect(examplesOf(site.id).length).toBeGreaterThanOrEqual(2);
    for (const url of examplesOf(site.id)) {
      expect(findSite(url)?.id, url).toBe(site.id);
      const others = SITES.filter(
        (other) => other !== site && other.matches.some((p) => matchesPattern(p, url)),
      );
      expect(
        others.map((other) => other.id),
        url,
      ).toEqual([]);
    }
  });
});

describe('catalogue coverage', () => {
  // One test over the sites that have a hint (most have none), instead of a run per site that returns early.
  it('has a valid articleRoot hint on every site that gives one', () => {
    const hinted = SITES.filter((site) => site.articleRoot !== undefined);
    expect(hinted.length).toBeGreaterThan(0);
    for (const site of hinted) expect(isValidSelector(site.articleRoot!), site.id).toBe(true);
  });

  it('gives at least one example with a language prefix for the sites that publish editions that way', () => {
    const localized = SITES.filter((site) =>
      examplesOf(site.id).some((url) => /^\/[a-z]{2}(-[a-zA-Z]{2})?\//.test(new URL(url).pathname)),
    ).map((site) => site.id);
    for (const id of ['bitget', 'binance', 'okx', 'bybit', 'kucoin', 'gate', 'mexc', 'htx', 'crypto-com']) {
      expect(localized).toContain(id);
    }
  });
});
