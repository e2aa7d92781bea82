/**
 * The summary panel: <unshill-panel> with an open shadow root, placed in the page's flow just
 * before the article body, so it never covers the article at any width. Built once, updated in place
 * (focus stays where the reader left it). On a phone it is one line (panel-compact.ts); when the
 * publisher's own key-points box is on screen the panel does not repeat its points.
 */
import { t } from '../i18n/i18n';
import { h, styleElement } from './dom';
import { createCompactBar } from './panel-compact';
import { createGuard, HOST_LOCK_CSS } from './guard';
import { PANEL_CSS } from './panel-styles';
import { markOwn } from '../world/own-nodes';

export type KeyPointSource = 'publisher' | 'local' | 'chrome';

export interface PanelModel {
  keyPoints: string[];
  source: KeyPointSource;
  readingMinutes: number | null;
  hiddenCount: number;
  revealed: boolean;
  collapsed: boolean;
  /** null: the toggle is not offered (the article is already in the reader's language). */
  translation: { pressed: boolean; busy: boolean } | null;
  status: { text: string; kind: 'info' | 'error' } | null;
  disclosures: { kind: 'sponsored' | 'referral' | 'republished'; label: string; evidence: string }[];
  /** Lang/dir of the key points' text (they follow the article, or its translation). */
  lang: string | null;
  /** Cleanup on this site (null: not a catalogue site, no switch). */
  siteEnabled: boolean | null;
  /** Phone width: one line, the body one tap away (`compactOpen`). */
  compact: boolean;
  compactOpen: boolean;
  /** The publisher's own box shows these points on the page: the list stays in the DOM, not on screen. */
  pointsInBox: boolean;
}

export interface PanelHandlers {
  onReveal(): void;
  onCollapse(): void;
  onTranslate(): void;
  onOpenReader(): void;
  onKeyPoint(index: number): void;
  onToggleSite(): void;
  /** "Pick an element to hide": starts the element picker (src/picker). */
  onPick?(): void;
  /**
   * The pointer or the focus reached a button whose work is loaded on demand (reader view, translation,
   * "Show hidden"): the time to hover and press is enough to load it, so the press does not wait.
   */
  onIntent?(): void;
  onCompactToggle(): void;
}

export interface MountedPanel {
  host: HTMLElement;
  update(model: PanelModel): void;
  remove(): void;
}

const SOURCE_LABEL = {
  publisher: 'sourcePublisher',
  local: 'sourceLocal',
  chrome: 'sourceChrome',
} as const;

export function createPanel(doc: Document, handlers: PanelHandlers): MountedPanel {
  const host = doc.createElement('unshill-panel');
  markOwn(host);
  // Open, as CONTRACT.md requires (the review suggested `closed`): the guard below keeps page scripts out.
  const shadow = host.attachShadow({ mode: 'open' });
  const guard = createGuard(host);

  const action = (testid: string, onClick: () => void): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', class: 'action', 'data-testid': testid });
    guard.listen(b, 'click', onClick);
    return b;
  };

  const heading = h(doc, 'h2', { id: 'unshill-heading' }, t('keyPointsHeading'));
  const source = h(doc, 'span', { class: 'source', 'data-testid': 'key-points-source' });
  const inBox = h(doc, 'span', { class: 'in-box', 'data-testid': 'key-points-in-box' }, t('keyPointsInBox'));
  const readingTime = h(doc, 'span', { class: 'reading-time', 'data-testid': 'reading-time' });
  const collapse = action('collapse-toggle', handlers.onCollapse);
  collapse.setAttribute('aria-controls', 'unshill-body');
  const points = h(doc, 'ul', { class: 'points', 'data-testid': 'key-points' });
  const count = h(doc, 'span', { class: 'count', 'data-testid': 'hidden-count', 'aria-live': 'polite' });
  const reveal = action('reveal-toggle', handlers.onReveal);
  const translate = action('translate-toggle', handlers.onTranslate);
  const reader = action('open-reader', handlers.onOpenReader);
  reader.textContent = t('openReader');
  for (const button of [reveal, translate, reader]) {
    for (const type of ['pointerenter', 'focus']) button.addEventListener(type, () => handlers.onIntent?.());
  }
  // Turning the site off shows every promotion on every visit: the reader confirms it, in the panel.
  const siteToggle = action('site-toggle', () => {
    if (siteEnabled) setConfirming(true);
    else handlers.onToggleSite();
  });
  const confirmOff = action('site-off-confirm', () => {
    setConfirming(false);
    handlers.onToggleSite();
  });
  confirmOff.textContent = t('siteOffConfirm');
  const cancelOff = action('site-off-cancel', () => {
    setConfirming(false);
    siteToggle.focus();
  });
  cancelOff.textContent = t('siteOffCancel');
  const confirmBox = h(
    doc,
    'div',
    {
      class: 'confirm',
      role: 'group',
      'data-testid': 'site-off-question',
      'aria-labelledby': 'unshill-confirm',
    },
    h(doc, 'p', { id: 'unshill-confirm' }, t('siteOffQuestion')),
    confirmOff,
    cancelOff,
  );
  confirmBox.hidden = true;
  let siteEnabled = false;
  const setConfirming = (on: boolean): void => {
    confirmBox.hidden = !on;
    siteToggle.setAttribute('aria-expanded', String(on));
    if (on) cancelOff.focus();
  };
  const pick = action('pick-element', () => handlers.onPick?.());
  pick.textContent = t('pickElement');
  pick.hidden = !handlers.onPick;
  const status = h(doc, 'p', { class: 'status', 'data-testid': 'translation-status', role: 'status' });
  const disclosures = h(doc, 'div', { class: 'disclosures', 'data-testid': 'disclosures' });
  const body = h(
    doc,
    'div',
    { class: 'body', id: 'unshill-body' },
    points,
    disclosures,
    // Two short rows rather than one that wraps (tests/e2e/phone.spec.ts checks each is one line at 1280 px):
    // the page's cleanup, then what to do with the article; the status gets its own line. The question
    // before turning the site off takes a line of its own under the first row.
    h(doc, 'div', { class: 'controls' }, count, reveal, siteToggle, pick, confirmBox),
    h(doc, 'div', { class: 'controls' }, translate, reader),
    status,
  );
  const compactBar = createCompactBar(doc, 'unshill-body', handlers.onCompactToggle);
  const panel = h(
    doc,
    'section',
    { class: 'panel', role: 'region', 'aria-label': t('panelLabel') },
    compactBar.element,
    h(doc, 'header', {}, heading, source, inBox, readingTime, h(doc, 'span', { class: 'spacer' }), collapse),
    body,
  );
  shadow.append(styleElement(doc, HOST_LOCK_CSS + PANEL_CSS), panel);

  let renderedPoints = '';
  function update(model: PanelModel): void {
    const pointCount = model.keyPoints.length;
    // A short brief gives fewer than the usual three points: say so, rather than look broken.
    source.textContent =
      model.source === 'local' && pointCount > 0 && pointCount < 3
        ? `${t(SOURCE_LABEL.local)} · ${t('shortArticle', String(pointCount))}`
        : t(SOURCE_LABEL[model.source]);
    readingTime.textContent = model.readingMinutes ? t('readingTime', String(model.readingMinutes)) : '';
    panel.dataset.collapsed = String(model.collapsed);
    panel.dataset.layout = model.compact ? 'compact' : 'full';
    panel.dataset.open = String(model.compactOpen);
    panel.dataset.points = model.pointsInBox ? 'box' : 'panel';
    compactBar.update({
      pointCount: model.keyPoints.length,
      hiddenCount: model.hiddenCount,
      open: model.compactOpen,
    });
    collapse.textContent = model.collapsed ? t('expandPanel') : t('collapsePanel');
    collapse.setAttribute('aria-expanded', String(!model.collapsed));

    const key = JSON.stringify([model.keyPoints, model.lang]);
    if (key !== renderedPoints) {
      renderedPoints = key;
      points.replaceChildren(
        ...model.keyPoints.map((text, index) => {
          const button = h(doc, 'button', { type: 'button', class: 'point' }, text);
          guard.listen(button, 'click', () => handlers.onKeyPoint(index));
          return h(doc, 'li', {}, button);
        }),
      );
      if (model.lang) points.setAttribute('lang', model.lang);
    }

    count.textContent = model.hiddenCount ? t('hiddenCount', String(model.hiddenCount)) : t('hiddenNone');
    reveal.hidden = model.hiddenCount === 0;
    reveal.textContent = model.revealed ? t('revealHide') : t('revealShow');
    reveal.setAttribute('aria-pressed', String(model.revealed));

    translate.hidden = model.translation === null;
    translate.setAttribute('aria-pressed', String(model.translation?.pressed ?? false));
    translate.textContent = model.translation?.pressed ? t('translateShowOriginal') : t('translateButton');
    translate.disabled = model.translation?.busy ?? false;

    siteToggle.hidden = model.siteEnabled === null;
    siteEnabled = model.siteEnabled === true;
    if (!siteEnabled) confirmBox.hidden = true;
    siteToggle.textContent = model.siteEnabled === false ? t('siteOn') : t('siteOff');
    siteToggle.setAttribute('aria-pressed', String(model.siteEnabled === false));

    status.textContent = model.status?.text ?? '';
    status.dataset.kind = model.status?.kind ?? 'info';

    disclosures.replaceChildren(
      ...model.disclosures.map((d) =>
        h(
          doc,
          'span',
          { class: 'badge', 'data-disclosure': d.kind, title: d.evidence, tabindex: '0' },
          d.label,
        ),
      ),
    );
  }

  return { host, update, remove: () => host.remove() };
}
