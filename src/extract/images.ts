/** Lazy-loading attributes sites use instead of `src` / `srcset`, most specific first. */
const LAZY_SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazyload',
  'data-url',
  'data-hi-res-src',
];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** A `src` that is only a placeholder: tiny inline GIF/SVG or a known spacer. */
const PLACEHOLDER_SRC =
  /^data:|(?:^|\/)(?:blank|spacer|pixel|placeholder|lazy)[^/]*\.(?:gif|png|svg)(?:$|\?)/i;

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = url ? absolute(url, base) : null;
      return resolved ? [resolved, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * Makes the images of `root` loadable outside the page: lazy `data-*` sources become `src`/`srcset`,
 * and every image URL becomes absolute against `base`. Mutates `root` (call it on a clone).
 */
export function resolveLazyImages(root: ParentNode, base: string): void {
  for (const img of root.querySelectorAll('img, source')) {
    const lazySrc = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER_SRC.test(v));
    const src = img.getAttribute('src');
    if (lazySrc && (!src || PLACEHOLDER_SRC.test(src))) img.setAttribute('src', lazySrc);
    const lazySrcset = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
    if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset);

    const finalSrc = img.getAttribute('src');
    if (finalSrc) {
      const resolved = absolute(finalSrc, base);
      if (resolved) img.setAttribute('src', resolved);
      else img.removeAttribute('src');
    }
    const srcset = img.getAttribute('srcset');
    if (srcset) img.setAttribute('srcset', absoluteSrcset(srcset, base));
    img.removeAttribute('loading');
  }
}

/** Makes every link of `root` absolute against `base` (anchors only; other URLs are sanitized away). */
export function resolveLinks(root: ParentNode, base: string): void {
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const resolved = absolute(href, base);
    if (resolved) a.setAttribute('href', resolved);
    else a.removeAttribute('href');
  }
}
