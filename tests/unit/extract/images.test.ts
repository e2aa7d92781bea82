import { describe, expect, it } from 'vitest';
import { resolveLazyImages, resolveLinks } from '../../../src/extract/images';

function fragment(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return div;
}

describe('resolveLazyImages', () => {
  const base = 'https://www.bitget.com/news/detail/12560603991422';

  it('promotes lazy sources over placeholders and makes them absolute', () => {
    const root = fragment(`
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/doge-chart.png" alt="chart">
      <img src="/static/spacer.gif" data-lazy-src="https://cdn.bitget.com/news/whales.webp">
      <img data-original="img/addresses.jpg">
      <picture><source data-srcset="/img/a-640.webp 640w, /img/a-1280.webp 1280w"><img src="/img/a.jpg"></picture>`);
    resolveLazyImages(root, base);
    const imgs = [...root.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(imgs).toEqual([
      'https://www.bitget.com/img/doge-chart.png',
      'https://cdn.bitget.com/news/whales.webp',
      'https://www.bitget.com/news/detail/img/addresses.jpg',
      'https://www.bitget.com/img/a.jpg',
    ]);
    expect(root.querySelector('source')?.getAttribute('srcset')).toBe(
      'https://www.bitget.com/img/a-640.webp 640w, https://www.bitget.com/img/a-1280.webp 1280w',
    );
  });

  it('keeps a real src when a lazy attribute is also present', () => {
    const root = fragment('<img src="/real.png" data-src="/other.png">');
    resolveLazyImages(root, base);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://www.bitget.com/real.png');
  });

  it('makes relative links absolute and keeps in-page anchors', () => {
    const root = fragment('<a href="/fr/news/detail/1">fr</a><a href="#section">jump</a>');
    resolveLinks(root, base);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.bitget.com/fr/news/detail/1', '#section']);
  });
});
