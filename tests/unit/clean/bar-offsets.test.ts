import { describe, expect, it } from 'vitest';
import {
  createBarOffsets,
  matchOffsets,
  offsetFixCss,
  readOffsets,
  type Bar,
  type Offset,
  type OffsetProperty,
} from '../../../src/clean/bar-offsets';

const offset = (
  target: string,
  edge: 'top' | 'bottom',
  px: number,
  property: OffsetProperty = edge,
): Offset<string> => ({
  target,
  edge,
  property,
  px,
});

describe('matchOffsets', () => {
  const appBar: Bar = { edge: 'top', height: 64 };

  it('resets a sticky header top that made room for a hidden top bar', () => {
    expect(matchOffsets([appBar], [offset('header', 'top', 64)])).toEqual([
      { target: 'header', property: 'top', px: 0 },
    ]);
  });

  it('matches the height the bar declares when its content made it taller (wrapped on a phone)', () => {
    const wrapped: Bar = { edge: 'top', height: 107, declared: [52, 64] };
    expect(matchOffsets([wrapped], [offset('header', 'top', 52)])).toEqual([
      { target: 'header', property: 'top', px: 0 },
    ]);
  });

  it('keeps spacing beyond the bar, and leaves offsets much larger than the bar alone', () => {
    const fixes = matchOffsets([appBar], [offset('header', 'top', 70), offset('aside', 'top', 140)]);
    expect(fixes).toEqual([{ target: 'header', property: 'top', px: 6 }]);
  });

  it('leaves offsets much smaller than the bar, and offsets on the other edge', () => {
    expect(
      matchOffsets([appBar], [offset('nav', 'top', 20), offset('body', 'bottom', 64, 'padding-bottom')]),
    ).toEqual([]);
  });

  it('matches the room reserved for two bars stacked on one edge', () => {
    const bars: Bar[] = [
      { edge: 'bottom', height: 56 },
      { edge: 'bottom', height: 40 },
    ];
    expect(matchOffsets(bars, [offset('body', 'bottom', 96, 'padding-bottom')])).toEqual([
      { target: 'body', property: 'padding-bottom', px: 0 },
    ]);
  });

  it('does nothing without bars or with zero offsets', () => {
    expect(matchOffsets([], [offset('header', 'top', 52)])).toEqual([]);
    expect(matchOffsets([appBar], [offset('header', 'top', 0)])).toEqual([]);
  });
});

describe('offsetFixCss', () => {
  it('writes one !important rule per fix, keyed by the mark, or by name for html and body', () => {
    expect(
      offsetFixCss([
        { target: '1', property: 'top', px: 0 },
        { target: 'body', property: 'padding-bottom', px: 8 },
      ]),
    ).toBe('[data-unshill-offset="1"] { top: 0px !important; }\nbody { padding-bottom: 8px !important; }');
  });
});

describe('readOffsets', () => {
  it('reads pinned elements and body padding on the asked edges, skipping hidden subtrees', () => {
    // The window's own document: a parsed one has no view to compute styles with.
    const doc = document;
    doc.head.innerHTML = `<style>
        body { padding-top: 52px; }
        .bar { position: sticky; top: 0; }
        header { position: sticky; top: 52px; }
        .inside { position: fixed; top: 30px; }
      </style>`;
    doc.body.innerHTML = '<div class="bar"><span class="inside"></span></div><header>Site</header>';
    const bar = doc.querySelector('.bar')!;
    const found = readOffsets(doc, new Set(['top'] as const), (el) => el === bar);
    expect(found.map((o) => [o.target.localName, o.property, o.px])).toEqual([
      ['body', 'padding-top', 52],
      ['header', 'top', 52],
    ]);
  });
});

describe('createBarOffsets', () => {
  const hideBar = (css: string): Element => {
    const style = document.createElement('style');
    style.textContent = `.bar { position: fixed; top: 0; } ${css}`;
    document.head.replaceChildren(style);
    document.body.innerHTML = '<div class="bar">Get the app</div><header>Site</header><p>Story</p>';
    return document.querySelector('.bar')!;
  };

  it('shows the hidden bars to measure them only when the page reserved room on their edge', () => {
    const bar = hideBar('');
    const offsets = createBarOffsets(document);
    let shown = 0;
    const changed = offsets.refresh([bar], (read) => {
      shown++;
      read();
    });
    // No padding, no sticky element below the bar: no relayout with the bar shown, no rule.
    expect(shown).toBe(0);
    expect(changed).toBe(false);
    expect(offsets.css()).toBe('');
  });

  it('measures them when something was moved out of their way', () => {
    const bar = hideBar('header { position: sticky; top: 52px; }');
    const offsets = createBarOffsets(document);
    let shown = 0;
    offsets.refresh([bar], (read) => {
      shown++;
      read();
    });
    expect(shown).toBe(1);
  });

  it('keeps its fix when another bar is hidden later (the page offsets read without the fix)', () => {
    const bar = hideBar('header { position: sticky; top: 52px; } .late { position: fixed; bottom: 0; }');
    // jsdom lays nothing out: the bars' heights are given.
    Object.defineProperty(bar, 'getBoundingClientRect', { value: () => ({ width: 1280, height: 52 }) });
    const offsets = createBarOffsets(document);
    const sheet = document.createElement('style');
    document.head.append(sheet);
    // The sheet off, as hide.ts does with its media (which jsdom does not apply).
    const whileShown = (read: () => void): void => {
      const rules = sheet.textContent;
      sheet.textContent = '';
      read();
      sheet.textContent = rules;
    };
    expect(offsets.refresh([bar], whileShown)).toBe(true);
    sheet.textContent = offsets.css();
    const late = document.createElement('div');
    late.className = 'late';
    document.body.append(late);
    offsets.refresh([bar, late], whileShown);
    expect(offsets.css()).toContain('top: 0px');
    expect(document.querySelector('header')?.hasAttribute('data-unshill-offset')).toBe(true);
  });
});
