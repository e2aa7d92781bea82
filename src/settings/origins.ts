/** Web addresses the reader types: extra sites and translation servers. */

/**
 * 'news.example.com', 'https://news.example.com/path?q' → 'https://news.example.com'.
 * Null for anything that is not an http(s) address with a host.
 */
export function normalizeOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  const url = parseHttpUrl(withScheme);
  return url ? url.origin : null;
}

/**
 * A translation server address: http(s), no credentials, no query or fragment; trailing slash removed.
 * 'localhost:5000' → 'http://localhost:5000' (a loopback server is almost never behind TLS).
 */
export function normalizeServerUrl(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : `${isLoopbackHost(text.split(/[:/]/)[0] ?? '') ? 'http' : 'https'}://${text}`;
  const url = parseHttpUrl(withScheme);
  if (!url || url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '');
}

/**
 * True for the loopback addresses the manifest's host permissions already cover
 * (`http://127.0.0.1/*`, `http://localhost/*`, any port); every other server needs an optional permission.
 */
export function isLoopbackUrl(url: string): boolean {
  const parsed = parseHttpUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'http:' &&
    (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1')
  );
}

/** The match pattern `permissions.request({ origins })` takes for a URL's origin. */
export function originPattern(url: string): string {
  const parsed = parseHttpUrl(url);
  if (!parsed) throw new Error(`Not an http(s) address: ${url}`);
  // Match patterns carry no port: the permission covers every port of the host.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '[::1]' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url;
  } catch {
    return null;
  }
}

/** Every http(s) site: the optional host permission that any-site mode asks for. */
export const ALL_SITES_PATTERNS: readonly string[] = ['https://*/*', 'http://*/*'];
