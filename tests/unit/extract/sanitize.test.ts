import { describe, expect, it, vi } from 'vitest';
import { sanitizeToFragment } from '../../../src/extract/sanitize';

function sanitized(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(sanitizeToFragment(html, document));
  return div;
}

describe('sanitizeToFragment (the only HTML sink)', () => {
  it('drops scripts, handlers, frames, forms and javascript: links', () => {
    const out = sanitized(`
      <p onclick="window.__pwned=1">Bitcoin <a href="javascript:alert(1)">rallied</a> today.</p>
      <img src="https://cdn.example.com/a.png" onerror="window.__pwned=1">
      <svg onload="window.__pwned=1"><circle r="4"/></svg>
      <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>
      <script>window.__pwned = 1</script>
      <form action="https://evil.example"><input name="seed"></form>
      <template><img src=x onerror="window.__pwned=1"></template>
      <noscript><img src=x onerror="window.__pwned=1"></noscript>
      <meta http-equiv="refresh" content="0;url=https://evil.example">`);
    expect(out.querySelectorAll('script, iframe, form, input, svg, template, noscript, meta')).toHaveLength(
      0,
    );
    const attributes = [...out.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(out.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(out.textContent).toContain('Bitcoin rallied today.');
  });

  it('survives mutation-XSS vectors from the DOMPurify test suite', () => {
    const vectors = [
      '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
      '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    ];
    for (const vector of vectors) {
      const out = sanitized(vector);
      const handlers = [...out.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      );
      expect(handlers, vector).toHaveLength(0);
    }
  });

  it('keeps article structure and makes links open safely in a new tab', () => {
    const out = sanitized(`
      <h2>Flows</h2><ul><li>ETF inflows</li></ul><blockquote>Quote</blockquote>
      <pre><code>const x = 1;</code></pre>
      <table><tr><th>Day</th><td>+120</td></tr></table>
      <figure><img src="https://cdn.example.com/c.png" alt="chart"><figcaption>Chart</figcaption></figure>
      <p><a href="https://example.com/story" target="_self">source</a></p>`);
    expect(out.querySelector('h2')?.textContent).toBe('Flows');
    expect(out.querySelectorAll('ul li, blockquote, pre code, table td, figure figcaption')).toHaveLength(5);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example.com/c.png');
    const link = out.querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('harmless attributes survive; URLs are checked only where they are URLs (security review F9)', () => {
  it('keeps lang, dir, width, height, datetime, colspan, rowspan and start', () => {
    const out = sanitized(`
      <p lang="ar" dir="rtl">بيتكوين</p>
      <img src="https://cdn.example.com/a.png" width="640" height="360" alt="chart">
      <time datetime="2025-03-01T10:00:00Z">1 March</time>
      <table><tr><th colspan="2" scope="col">Price</th></tr><tr><td rowspan="3">BTC</td></tr></table>
      <ol start="4" reversed><li>four</li></ol>`);
    const p = out.querySelector('p')!;
    expect([p.getAttribute('lang'), p.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const img = out.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['640', '360']);
    expect(out.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-01T10:00:00Z');
    expect(out.querySelector('th')!.getAttribute('colspan')).toBe('2');
    expect(out.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(out.querySelector('td')!.getAttribute('rowspan')).toBe('3');
    expect(out.querySelector('ol')!.getAttribute('start')).toBe('4');
  });

  it('still checks the URL attributes', () => {
    const out = sanitized(
      '<a href="javascript:alert(1)" lang="en">x</a><blockquote cite="javascript:x">q</blockquote>',
    );
    expect(out.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(out.querySelector('a')!.getAttribute('lang')).toBe('en');
    expect(out.querySelector('blockquote')!.hasAttribute('cite')).toBe(false);
  });

  it('never asks the page for a Trusted Types policy (F8: the page would see a violation naming us)', () => {
    const createPolicy = vi.fn(() => {
      throw new TypeError('Policy creation blocked by CSP');
    });
    const win = window as unknown as { trustedTypes?: unknown };
    const saved = win.trustedTypes;
    win.trustedTypes = { createPolicy };
    try {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument!;
      (frame.contentWindow as unknown as { trustedTypes: unknown }).trustedTypes = { createPolicy };
      const div = doc.createElement('div');
      div.append(sanitizeToFragment('<p lang="fr">Bonjour</p>', doc));
      expect(div.innerHTML).toBe('<p lang="fr">Bonjour</p>');
      expect(createPolicy).not.toHaveBeenCalled();
      frame.remove();
    } finally {
      win.trustedTypes = saved;
    }
  });
});
