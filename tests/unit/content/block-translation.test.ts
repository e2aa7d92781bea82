import { describe, expect, it } from 'vitest';
import { createBlockTranslation } from '../../../src/content/block-translation';

function article(): HTMLElement {
  const doc = new DOMParser().parseFromString(
    `<article lang="fr"><h1>Le Dogecoin grimpe</h1>
      <p>Le <a href="https://www.bitget.com/fr/x">DOGE</a> a <em>bondi</em> de 20 %.</p>
      <ul><li>Adresses actives en hausse</li></ul></article>`,
    'text/html',
  );
  document.body.replaceChildren(document.importNode(doc.body.firstElementChild!, true));
  return document.body.firstElementChild as HTMLElement;
}

describe('createBlockTranslation', () => {
  it('replaces blocks with sanitized translations and restores the original nodes exactly', () => {
    const root = article();
    const before = root.outerHTML;
    const blocks = [...root.querySelectorAll('h1, p, li')];
    const originalLink = root.querySelector('a');
    const translation = createBlockTranslation(blocks, 'es', 'replace');
    expect(translation.sources[1]).toContain('<a href="https://www.bitget.com/fr/x"');
    translation.show(0, 'El Dogecoin sube');
    translation.show(
      1,
      'El <a href="https://www.bitget.com/fr/x">DOGE</a> <em>saltó</em> un 20 %.<img src=x onerror="window.__pwned=1">',
    );
    expect(root.querySelector('h1')?.textContent).toBe('El Dogecoin sube');
    expect(root.querySelector('p')?.getAttribute('lang')).toBe('es');
    expect(root.querySelector('p [onerror]')).toBeNull();
    expect(root.querySelector('p a')?.getAttribute('rel')).toBe('noopener noreferrer');
    translation.restore();
    expect(root.outerHTML).toBe(before);
    // The very same nodes are back, not copies (listeners the page attached keep working).
    expect(root.querySelector('a')).toBe(originalLink);
  });

  it('side by side adds a translated copy after each block and removes only that', () => {
    const root = article();
    const before = root.outerHTML;
    const blocks = [...root.querySelectorAll('p, li')];
    const translation = createBlockTranslation(blocks, 'es', 'side-by-side');
    translation.show(0, 'El DOGE saltó un 20 %.');
    translation.show(1, 'Direcciones activas en alza');
    const added = root.querySelectorAll('[data-unshill-translation]');
    expect(added).toHaveLength(2);
    expect(added[0]?.previousElementSibling?.tagName).toBe('P');
    expect(added[0]?.getAttribute('lang')).toBe('es');
    expect(root.querySelector('p')?.textContent).toContain('bondi');
    translation.restore();
    expect(root.outerHTML).toBe(before);
  });
});
