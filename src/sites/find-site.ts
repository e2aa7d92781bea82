/**
 * Chrome match patterns, evaluated in the page: the early content script runs this at document_start,
 * so it stays tiny and dependency-free.
 * Syntax: https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
import type { Site } from './types';
import { SITES } from './index';

const SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file'];
// Chrome's `*` scheme means http or https only (and the WebSocket schemes, which pages never are).
const WILDCARD_SCHEMES = ['http', 'https', 'ws', 'wss'];
const PATTERN_SHAPE = /^(\*|[a-z]+):\/\/([^/]*)(\/.*)$/;
const HOST_SHAPE = /^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)(:(\*|\d{1,5}))?$/;

interface MatchPattern {
  schemes: string[];
  /** `*` for any host; otherwise the host, and whether its subdomains match too (`*.` prefix). */
  host: string;
  subdomains: boolean;
  /** undefined = any port. */
  port: string | undefined;
  path: RegExp;
}

const compiled = new Map<string, MatchPattern | null>();

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** Parses a match pattern; undefined when Chrome would reject it. `<all_urls>` included. */
export function parseMatchPattern(pattern: string): MatchPattern | undefined {
  if (compiled.has(pattern)) return compiled.get(pattern) ?? undefined;
  let result: MatchPattern | null = null;
  if (pattern === '<all_urls>') {
    result = { schemes: SCHEMES, host: '*', subdomains: false, port: undefined, path: /^/ };
  } else {
    const parts = PATTERN_SHAPE.exec(pattern);
    const [, scheme = '', hostPart = '', path = ''] = parts ?? [];
    const hostParts = HOST_SHAPE.exec(hostPart);
    const schemeOk = scheme === '*' || SCHEMES.includes(scheme);
    // `file:` has no host; every other scheme needs one.
    const hostOk = scheme === 'file' ? hostPart === '' : hostParts !== null;
    if (parts && schemeOk && hostOk) {
      const host = hostParts?.[1] ?? '';
      const port = hostParts?.[5];
      result = {
        schemes: scheme === '*' ? WILDCARD_SCHEMES : [scheme],
        host: host.startsWith('*.') ? host.slice(2) : host,
        subdomains: host.startsWith('*.'),
        port: port === '*' ? undefined : port,
        path: globToRegExp(path),
      };
    }
  }
  compiled.set(pattern, result);
  return result ?? undefined;
}

function hostMatches(pattern: MatchPattern, hostname: string): boolean {
  if (pattern.host === '*') return true;
  if (hostname === pattern.host) return true;
  return pattern.subdomains && hostname.endsWith(`.${pattern.host}`);
}

function defaultPort(scheme: string): string {
  return scheme === 'http' || scheme === 'ws' ? '80' : scheme === 'https' || scheme === 'wss' ? '443' : '';
}

/** True when `url` is matched by `pattern` (Chrome semantics; the path glob sees path and query, not the hash). */
export function matchesPattern(pattern: string, url: string | URL): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const scheme = target.protocol.slice(0, -1);
  if (!parsed.schemes.includes(scheme)) return false;
  if (scheme !== 'file' && !hostMatches(parsed, target.hostname)) return false;
  if (parsed.port !== undefined && (target.port || defaultPort(scheme)) !== parsed.port) return false;
  return parsed.path.test(target.pathname + target.search);
}

/** The catalogue entry whose match patterns cover `url`, if any (first match wins; tests keep them disjoint). */
export function findSite(url: string | URL, sites: readonly Site[] = SITES): Site | undefined {
  let target: URL;
  try {
    target = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  const host = target.hostname;
  // Runs at document_start on every catalogue page: a string test of each pattern's host first, so only
  // the one or two patterns of this host are looked at; those of the catalogue's shape (every page of a
  // host) need no parser and no regular expression either.
  return sites.find((site) =>
    site.matches.some(
      (pattern) =>
        mayCoverHost(pattern, host) && (coversWholeHost(pattern, target) ?? matchesPattern(pattern, target)),
    ),
  );
}

/**
 * For a pattern of every page of one host (`https://www.bitget.com/*`, `*://*.beincrypto.com/*`) whose
 * host `mayCoverHost` already matched: whether the scheme matches too. Undefined for any other shape.
 */
function coversWholeHost(pattern: string, target: URL): boolean | undefined {
  const start = pattern.indexOf('://');
  if (start <= 0 || !pattern.endsWith('/*') || pattern.indexOf('/', start + 3) !== pattern.length - 2)
    return undefined;
  const host = pattern.slice(start + 3, -2);
  const name = host.startsWith('*.') ? host.slice(2) : host;
  if (!isPlainHostName(name)) return undefined;
  const scheme = pattern.slice(0, start);
  const actual = target.protocol.slice(0, -1);
  if (scheme === '*') return WILDCARD_SCHEMES.includes(actual);
  return SCHEMES.includes(scheme) && scheme !== 'file' ? scheme === actual : undefined;
}

/** Lowercase letters, digits, dots and hyphens, in labels (what HOST_SHAPE accepts, without a port). */
function isPlainHostName(name: string): boolean {
  if (!name || name.startsWith('.') || name.endsWith('.') || name.includes('..')) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
    if (!ok) return false;
  }
  return true;
}

/** False when `pattern` cannot cover `hostname` (a port or an odd pattern leaves it to the full parser). */
function mayCoverHost(pattern: string, hostname: string): boolean {
  const start = pattern.indexOf('://');
  if (start < 0) return true;
  const end = pattern.indexOf('/', start + 3);
  const host = pattern.slice(start + 3, end < 0 ? undefined : end);
  if (host === '*' || host.includes(':')) return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/** 'https://*.bitget.com/*' → 'bitget.com': the hosts a site covers (a cosmetic rule's domain covers subdomains). */
export function hostsOf(site: Pick<Site, 'matches'>): string[] {
  const hosts = site.matches.map((pattern) => pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, ''));
  return [...new Set(hosts.map((host) => host.replace(/^\*\./, '')))];
}
