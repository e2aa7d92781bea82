import { beforeEach, describe, expect, it } from 'vitest';
import { createHideState, HIDDEN_ATTR } from '../../../src/clean/hide';
import { markOwn } from '../../../src/world/own-nodes';

function page(): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>
      <div class="app-bar">Download the app</div>
      <article><p>Bitcoin rose 3% on Tuesday.</p><p class="promo">Trade BTC with 0 fees <a href="/register">Sign up</a></p></article>
      <aside><div class="card">Welcome gift 6,200 USDT</div></aside>
    </body></html>`,
    'text/html',
  );
}

describe('createHideState', () => {
  let doc: Document;
  beforeEach(() => {
    doc = page();
  });

  it('hides with one stylesheet and counts outermost marked elements', () => {
    const state = createHideState(doc, ['.app-bar']);
    const style = doc.head.querySelector('style[data-unshill-added]');
    expect(style?.textContent).toContain('.app-bar');
    expect(style?.textContent).toContain(`[${HIDDEN_ATTR}]`);
    state.markSiteMatches();
    state.mark([doc.querySelector('aside')!, doc.querySelector('.card')!], 'signup bonus');
    state.mark([doc.querySelector('.promo')!], 'inline promotion');
    expect(state.count()).toBe(3); // .app-bar, aside (its .card is inside), .promo
    expect(doc.querySelector('.promo')?.getAttribute(HIDDEN_ATTR)).toBe('inline promotion');
  });

  it('reveals by disabling the sheet, and hides again', () => {
    const state = createHideState(doc, ['.app-bar']);
    state.setRevealed(true);
    const style = doc.head.querySelector('style[data-unshill-added]') as HTMLStyleElement;
    expect(style.media).toBe('not all');
    state.setRevealed(false);
    expect(style.media).toBe('');
  });

  it('puts its sheet back when the page removes it, and undoes everything on remove', () => {
    const before = doc.body.innerHTML;
    const state = createHideState(doc, ['.app-bar']);
    state.markSiteMatches();
    doc.head.querySelector('style[data-unshill-added]')!.remove();
    state.ensureAttached();
    expect(doc.head.querySelector('style[data-unshill-added]')).not.toBeNull();
    state.remove();
    expect(doc.head.querySelector('style[data-unshill-added]')).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('never marks the extension’s own nodes, and a page cannot pass its nodes off as ours', () => {
    const state = createHideState(doc, []);
    const own = markOwn(doc.createElement('unshill-panel'));
    own.append(doc.createElement('p'));
    doc.body.append(own);
    expect(state.mark([own, own.firstElementChild as Element], 'x')).toBe(0);
    // The label attribute is for people and tests; the page writing it changes nothing.
    doc.body.setAttribute('data-unshill-added', '');
    expect(state.mark([doc.querySelector('.card') as Element], 'x')).toBe(1);
  });

  it('keeps a promotion hidden when the page forces display with an inline !important, and gives it back on reveal', async () => {
    const state = createHideState(doc, []);
    const card = doc.querySelector('.card') as HTMLElement;
    state.mark([card], 'signup bonus');
    card.style.setProperty('display', 'block', 'important');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the style guard runs as a microtask
    expect(card.style.getPropertyValue('display')).toBe('none');
    state.setRevealed(true);
    expect(card.style.getPropertyValue('display')).toBe('block');
    expect(card.style.getPropertyPriority('display')).toBe('important');
    state.setRevealed(false);
    expect(card.style.getPropertyValue('display')).toBe('none');
    state.remove();
    expect(card.style.getPropertyValue('display')).toBe('block');
  });
});
