// The publisher's own translation, announced by `<link rel="alternate" hreflang="…">`
// (https://developers.google.com/search/docs/specialty/international/localized-versions).
// A human translation beats any machine: it is the first choice of "auto". Fetching and extracting
// that page is the caller's job; this only picks the URL.

import { registrableHost } from '../util/host';
import { normalizeLang } from './languages';

function samePage(a: URL, b: URL): boolean {
  const strip = (u: URL) => `${u.origin}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  return strip(a) === strip(b);
}

/**
 * URL of the publisher's edition in `target`, or null. Preference: exact tag ('zh-CN' for 'zh-CN'), then a
 * bare base tag ('es' for 'es-MX'), then a regional variant of the base ('es-LA' for 'es'). Only pages of
 * the same site (registrable host) over http(s), never the current page, never x-default.
 */
export function findPublisherEdition(doc: Document, pageUrl: string, target: string): string | null {
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
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    if (registrableHost(url.hostname) !== registrableHost(page.hostname)) continue;
    if (samePage(url, page)) continue;
    const rank = tag === targetTag ? 0 : tag === targetBase ? 1 : 2;
    if (!best || rank < best.rank) best = { url: url.href, rank };
  }
  return best?.url ?? null;
}
