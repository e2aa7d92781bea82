// The publisher's own translation, announced by `<link rel="alternate" hreflang="…">`
// (https://developers.google.com/search/docs/specialty/international/localized-versions).
// A human translation beats any machine: it is the first choice of "auto". Fetching and extracting
// that page is the caller's job; this only picks the URL.

import { registrableHost } from '../util/host';
import { normalizeLang } from './languages';

/** 'a///' → 'a', in one pass (`/\/+$/` is quadratic on a path of many slashes followed by a letter). */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47 /* / */) end--;
  return path.slice(0, end);
}

/** Longer page or edition addresses are not real editions (and would only cost time). */
const MAX_URL_LENGTH = 8192;

function samePage(a: URL, b: URL): boolean {
  const strip = (u: URL) => `${u.origin}${trimTrailingSlashes(u.pathname)}${u.search}`;
  return strip(a) === strip(b);
}

/**
 * URL of the publisher's edition in `target`, or null. Preference: exact tag ('zh-CN' for 'zh-CN'), then a
 * bare base tag ('es' for 'es-MX'), then a regional variant of the base ('es-LA' for 'es'). Only pages of
 * the same site (registrable host) over the page's own scheme (an https page never fetches over http),
 * never the current page, never x-default.
 */
export function findPublisherEdition(doc: Document, pageUrl: string, target: string): string | null {
  if (pageUrl.length > MAX_URL_LENGTH) return null;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  const targetTag = target.trim().toLowerCase().replace(/_/g, '-');
  const targetBase = normalizeLang(target);
  if (!targetBase) return null;
  let best: { url: string; rank: number } | null = null;
  for (const link of doc.querySelectorAll('link[hreflang][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate')) continue;
    const tag = (link.getAttribute('hreflang') ?? '').trim().toLowerCase().replace(/_/g, '-');
    if (!tag || tag === 'x-default' || normalizeLang(tag) !== targetBase) continue;
    const href = link.getAttribute('href') ?? '';
    if (href.length > MAX_URL_LENGTH) continue;
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      continue;
    }
    if (url.protocol !== page.protocol || (url.protocol !== 'https:' && url.protocol !== 'http:')) continue;
    if (registrableHost(url.hostname) !== registrableHost(page.hostname)) continue;
    if (samePage(url, page)) continue;
    const rank = tag === targetTag ? 0 : tag === targetBase ? 1 : 2;
    if (!best || rank < best.rank) best = { url: url.href, rank };
  }
  return best?.url ?? null;
}
