/**
 * The README's supported-sites table (between <!-- sites:start --> and <!-- sites:end -->) mirrors the catalogue.
 * After changing a site: UPDATE_README=1 npx vitest run tests/unit/sites/readme-table.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SITES } from '../../../src/sites/index';
import type { Site } from '../../../src/sites/types';

const README = join(__dirname, '../../../README.md');
const START = '<!-- sites:start -->';
const END = '<!-- sites:end -->';

function hostsColumn(site: Site): string {
  return site.matches
    .map((pattern) => `\`${pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '')}\``)
    .join(', ');
}

export function formatSitesTable(sites: readonly Site[]): string {
  const rows = [...sites]
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
    .map((site) => `| ${site.name} | ${hostsColumn(site)} | ${site.rules.length} |`);
  return ['| Site | Hosts | Hide rules |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Table cells, whitespace-insensitive: Prettier may pad the columns. */
function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim())
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

it('README lists the catalogue: names, hosts, number of hide rules', () => {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  expect(start, 'README markers').toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const expected = formatSitesTable(SITES);
  const current = readme.slice(start + START.length, end).trim();
  if (process.env.UPDATE_README && JSON.stringify(cells(current)) !== JSON.stringify(cells(expected))) {
    writeFileSync(README, `${readme.slice(0, start + START.length)}\n${expected}\n${readme.slice(end)}`);
    return;
  }
  expect(cells(current), 'run: UPDATE_README=1 npx vitest run tests/unit/sites/readme-table.test.ts').toEqual(
    cells(expected),
  );
});
