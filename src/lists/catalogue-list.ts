/**
 * The site catalogue as a filter list anyone can subscribe to in uBlock Origin or AdGuard
 * (assets/filters/unshill.txt, written by `npm run build:list`): each site's rules with its hosts as the
 * domain part. Procedural rules keep the `:has-text()` spelling that uBO and AdGuard both read.
 * The header names no homepage: the project has no public address yet, and an invented one would send
 * subscribers nowhere.
 */
import { hostsOf } from '../sites/find-site';
import type { Site } from '../sites/types';

export const LIST_HEADER = {
  title: 'Unshill: crypto news promotions',
  license: 'MIT',
  expires: '4 days',
};

/** A rule of a site file as a list line: `##.x` → `a.com,b.com##.x`; a rule with its own domain stays as is. */
function scoped(rule: string, hosts: readonly string[]): string {
  return /^#/.test(rule) ? `${hosts.join(',')}${rule}` : rule;
}

export function catalogueAsList(sites: readonly Site[]): string {
  const lines = [
    '[Adblock Plus 2.0]',
    `! Title: ${LIST_HEADER.title}`,
    `! License: ${LIST_HEADER.license}`,
    `! Expires: ${LIST_HEADER.expires}`,
    '! Generated from src/sites/ by `npm run build:list`: edit the site files, not this file.',
  ];
  for (const site of [...sites].sort((a, b) => a.id.localeCompare(b.id))) {
    if (site.rules.length === 0) continue;
    const hosts = hostsOf(site);
    lines.push('', `! ${site.name}`, ...site.rules.map((rule) => scoped(rule, hosts)));
  }
  return `${lines.join('\n')}\n`;
}
