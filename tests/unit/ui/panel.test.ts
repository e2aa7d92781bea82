import { describe, expect, it, vi } from 'vitest';
import { boxElements, createPublisherBox, ABSORBED_ATTR } from '../../../src/content/publisher-box';
import { createPanel, type PanelModel } from '../../../src/ui/panel';
import { compactSummary } from '../../../src/ui/panel-compact';

const model = (change: Partial<PanelModel> = {}): PanelModel => ({
  keyPoints: ['First point.', 'Second point.'],
  source: 'publisher',
  readingMinutes: 3,
  hiddenCount: 8,
  revealed: false,
  collapsed: false,
  translation: null,
  status: null,
  disclosures: [],
  lang: 'en',
  siteEnabled: true,
  compact: false,
  compactOpen: false,
  pointsInBox: false,
  ...change,
});

function mount(change: Partial<PanelModel> = {}) {
  const onCompactToggle = vi.fn();
  const panel = createPanel(document, {
    onReveal: () => {},
    onCollapse: () => {},
    onTranslate: () => {},
    onOpenReader: () => {},
    onKeyPoint: () => {},
    onToggleSite: () => {},
    onCompactToggle,
  });
  panel.update(model(change));
  const shadow = panel.host.shadowRoot!;
  return { panel, shadow, section: shadow.querySelector('section')!, onCompactToggle };
}

describe('the panel', () => {
  it('announces the intent to press a button whose work loads on demand, not the others', () => {
    const onIntent = vi.fn();
    const panel = createPanel(document, {
      onReveal: () => {},
      onCollapse: () => {},
      onTranslate: () => {},
      onOpenReader: () => {},
      onKeyPoint: () => {},
      onToggleSite: () => {},
      onCompactToggle: () => {},
      onIntent,
    });
    panel.update(model({ translation: { pressed: false, busy: false } }));
    const button = (testid: string): HTMLElement =>
      panel.host.shadowRoot!.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!;
    button('collapse-toggle').dispatchEvent(new Event('pointerenter'));
    button('site-toggle').dispatchEvent(new Event('focus'));
    expect(onIntent).not.toHaveBeenCalled();
    button('open-reader').dispatchEvent(new Event('pointerenter'));
    button('translate-toggle').dispatchEvent(new Event('focus'));
    button('reveal-toggle').dispatchEvent(new Event('pointerenter'));
    expect(onIntent).toHaveBeenCalledTimes(3);
  });
});

describe('the panel on a phone', () => {
  it('is one line with the counts and a button that says whether the body is open', () => {
    const { shadow, section } = mount({ compact: true });
    expect(section.dataset.layout).toBe('compact');
    expect(shadow.querySelector('[data-testid="compact-summary"]')?.textContent).toBe(
      '2 key points · 8 hidden',
    );
    const toggle = shadow.querySelector('[data-testid="compact-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('unshill-body');
    expect(shadow.getElementById('unshill-body')).not.toBeNull();
  });

  it('keeps the key points in the list whatever is on screen (the contract reads them)', () => {
    const { shadow, section } = mount({ pointsInBox: true });
    expect(section.dataset.points).toBe('box');
    expect([...shadow.querySelectorAll('[data-testid="key-points"] li')].map((li) => li.textContent)).toEqual(
      ['First point.', 'Second point.'],
    );
  });

  it('ignores clicks the page dispatches on the compact button', () => {
    const { shadow, onCompactToggle } = mount({ compact: true });
    (shadow.querySelector('[data-testid="compact-toggle"]') as HTMLButtonElement).click();
    expect(onCompactToggle).not.toHaveBeenCalled();
  });

  it('compactSummary counts', () => {
    expect(compactSummary({ pointCount: 3, hiddenCount: 0 })).toBe('3 key points · 0 hidden');
  });
});

describe('the publisher box', () => {
  it('folds away only blocks that are the box, not wrappers of the article or the headline', () => {
    document.body.innerHTML = `<main><h1>Title</h1><div class="box"><p>In this article</p><ul><li>Alpha point.</li></ul></div>
      <div class="root"><p>Body text</p></div></main>`;
    const box = document.querySelector('.box')!;
    const main = document.querySelector('main')!;
    const root = document.querySelector('.root')!;
    expect(boxElements([box, main], ['Alpha point.'], root)).toEqual([box]);
    expect(boxElements([box], ['x'.repeat(1)], root)).toEqual([box]);
    box.append('y'.repeat(400));
    expect(boxElements([box], ['Alpha point.'], root)).toEqual([]);
  });

  it('absorbs with a mark and a rule, and puts everything back on remove', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div class="box"><ul><li>Alpha.</li></ul></div>';
    const box = document.querySelector('.box')!;
    const publisher = createPublisherBox(document, [box]);
    publisher.setAbsorbed(true);
    expect(box.hasAttribute(ABSORBED_ATTR)).toBe(true);
    expect(document.head.querySelector('style')?.textContent).toContain(ABSORBED_ATTR);
    publisher.setAbsorbed(false);
    expect(box.hasAttribute(ABSORBED_ATTR)).toBe(false);
    publisher.setAbsorbed(true);
    publisher.remove();
    expect(box.hasAttribute(ABSORBED_ATTR)).toBe(false);
    expect(document.head.querySelector('style')).toBeNull();
  });
});
