/**
 * "Show hidden" with reasons: an outline around every revealed element and a small label saying why it was
 * hidden, with "Not a promotion". Drawn over the page from one closed shadow root (the page's elements are
 * not touched, and its scripts cannot read the rules or press the buttons: untrusted clicks are ignored).
 */
import { t } from '../i18n/i18n';
import type { Explanation, HideSource } from '../clean/why-hidden';
import { h, styleElement } from './dom';
import { markOwn } from '../world/own-nodes';

export interface WhyEntry {
  element: Element;
  explanation: Explanation;
}

export interface WhyLabels {
  /** Label texts and the centre of each "Not a promotion" button (viewport px), for the extension's own checks. */
  describe(): { text: string; kind: HideSource['kind']; button: { x: number; y: number } }[];
  remove(entries?: readonly WhyEntry[]): void;
  redraw(): void;
}

const CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; }
.outline { position: absolute; box-sizing: border-box; pointer-events: none; border: 2px dashed #b35900; border-radius: 2px; }
.label { position: absolute; display: flex; align-items: center; gap: 6px; width: max-content; max-width: 420px; box-sizing: border-box;
  padding: 2px 4px 2px 8px; background: #fff4e5; color: #3d2100; border: 1px solid #b35900; border-radius: 4px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
.text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
button { flex: none; font: inherit; cursor: pointer; border: 1px solid #b35900; border-radius: 4px; background: #ffffff;
  color: #3d2100; padding: 0 6px; }
button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .label { background: #2b1d0e; color: #ffd8a8; border-color: #ffa657; }
  .outline { border-color: #ffa657; }
  button { background: #1c2128; color: #ffd8a8; border-color: #ffa657; }
}
`;

export function sourceLabel(source: HideSource): string {
  switch (source.kind) {
    case 'site':
      return t('whySite', source.name);
    case 'list':
      return t('whyList', source.name);
    case 'custom':
      return t('whyCustom');
    case 'heuristic':
      return t('whyHeuristic', source.name);
  }
}

export function mountWhyLabels(
  doc: Document,
  entries: readonly WhyEntry[],
  onNotPromotion: (entry: WhyEntry) => Promise<boolean>,
): WhyLabels {
  const host = doc.createElement('unshill-why');
  markOwn(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.append(styleElement(doc, CSS));
  const view = doc.defaultView ?? window;
  const drawn = new Map<
    WhyEntry,
    { outline: HTMLElement; label: HTMLElement; button: HTMLButtonElement; text: string }
  >();

  for (const entry of entries) {
    const { explanation } = entry;
    const text = explanation.rule
      ? `${sourceLabel(explanation.source)} · ${explanation.rule}`
      : sourceLabel(explanation.source);
    const button = h(doc, 'button', { type: 'button' }, t('notPromotion'));
    const label = h(
      doc,
      'div',
      { class: 'label', role: 'note' },
      h(
        doc,
        'span',
        { class: 'text', title: text },
        sourceLabel(explanation.source),
        explanation.rule ? ' · ' : '',
        explanation.rule ? h(doc, 'span', { class: 'rule' }, explanation.rule) : null,
      ),
      button,
    );
    button.setAttribute('aria-label', `${t('notPromotion')}: ${text}`);
    button.addEventListener('click', (event) => {
      if (!event.isTrusted || button.disabled) return;
      button.disabled = true;
      void onNotPromotion(entry).then((ok) => {
        if (ok) button.textContent = t('notPromotionDone');
        else button.disabled = false;
      });
    });
    const outline = h(doc, 'div', { class: 'outline' });
    shadow.append(outline, label);
    drawn.set(entry, { outline, label, button, text });
  }

  const redraw = (): void => {
    const width = doc.documentElement.clientWidth;
    for (const [entry, { outline, label }] of drawn) {
      const rect = entry.element.getBoundingClientRect();
      // A fixed bar or dialog stays where it is when the page scrolls: so do its outline and label.
      const fixed = view.getComputedStyle(entry.element).position === 'fixed';
      const left = rect.left + (fixed ? 0 : view.scrollX);
      const top = rect.top + (fixed ? 0 : view.scrollY);
      const position = fixed ? 'position:fixed;' : '';
      outline.style.cssText = `${position}left:${left}px;top:${top}px;width:${rect.width}px;height:${rect.height}px`;
      // Above the element when there is room, so the label does not cover what it explains; inside the window.
      const labelLeft = Math.max(0, Math.min(left, width - label.offsetWidth - 4));
      label.style.cssText = `${position}left:${labelLeft}px;top:${Math.max(0, top - 24)}px`;
    }
  };
  (doc.body ?? doc.documentElement).append(host);
  redraw();
  view.addEventListener('resize', redraw, { passive: true });

  return {
    describe: () =>
      [...drawn.entries()].map(([entry, { button, text }]) => {
        const rect = button.getBoundingClientRect();
        return {
          text,
          kind: entry.explanation.source.kind,
          button: { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 },
        };
      }),
    remove(some) {
      if (some) {
        for (const entry of some) {
          const parts = drawn.get(entry);
          parts?.outline.remove();
          // The label stays a moment with "Shown from now on" so the reader sees the click worked.
          if (parts) setTimeout(() => parts.label.remove(), 2000);
          drawn.delete(entry);
        }
        return;
      }
      view.removeEventListener('resize', redraw);
      host.remove();
    },
    redraw,
  };
}
