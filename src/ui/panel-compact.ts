/**
 * The panel on a phone: the article comes first. Below COMPACT_MAX_WIDTH the panel is one line (how many key
 * points, how many promotions hidden, a button) and the points are one tap away; the reader's choice to keep
 * it open is remembered (settings: panelCompactOpen).
 */
import { t } from '../i18n/i18n';
import { h, onTrusted } from './dom';

/** Widest viewport that gets the one-line panel (phones in portrait and small landscape). */
export const COMPACT_MAX_WIDTH = 599;
export const COMPACT_MEDIA = `(max-width: ${COMPACT_MAX_WIDTH}px)`;

export interface CompactState {
  pointCount: number;
  hiddenCount: number;
  open: boolean;
}

/** Pure: the one line's text, e.g. "3 key points · 8 hidden". */
export function compactSummary(state: Pick<CompactState, 'pointCount' | 'hiddenCount'>): string {
  return t('compactSummary', [String(state.pointCount), String(state.hiddenCount)]);
}

export interface CompactBar {
  element: HTMLElement;
  toggle: HTMLButtonElement;
  update(state: CompactState): void;
}

/** The one line: summary text and the button that opens the panel's body (`controls` is its id). */
export function createCompactBar(doc: Document, controls: string, onToggle: () => void): CompactBar {
  const summary = h(doc, 'span', { class: 'compact-summary', 'data-testid': 'compact-summary' });
  const toggle = h(doc, 'button', {
    type: 'button',
    class: 'action compact-toggle',
    'data-testid': 'compact-toggle',
    'aria-controls': controls,
  });
  onTrusted(toggle, 'click', onToggle);
  const element = h(doc, 'div', { class: 'compact' }, summary, toggle);
  return {
    element,
    toggle,
    update(state) {
      summary.textContent = compactSummary(state);
      toggle.textContent = state.open ? t('compactHide') : t('compactShow');
      toggle.setAttribute('aria-label', `${t('compactToggleLabel')}: ${toggle.textContent}`);
      toggle.setAttribute('aria-expanded', String(state.open));
    },
  };
}
