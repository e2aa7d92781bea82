import { describe, expect, it } from 'vitest';
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
