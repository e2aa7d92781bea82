import type { Site } from './types';

/** 'https://*.bitget.com/*' → 'bitget.com': the hosts a site covers (a cosmetic rule's domain covers subdomains). */
export function hostsOf(site: Pick<Site, 'matches'>): string[] {
  const hosts = site.matches.map((pattern) => pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, ''));
  return [...new Set(hosts.map((host) => host.replace(/^\*\./, '')))];
}
