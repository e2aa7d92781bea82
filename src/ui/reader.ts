/**
 * The reader view: <unshill-reader> with an open shadow root over the page. It renders only
 * sanitized fragments and textContent; closing removes it and restores the page exactly.
 */
import type { ExtractedArticle } from '../extract/article';
import { t } from '../i18n/i18n';
import { READER_LIMITS, type ReaderSettings } from '../settings/defaults';
import { h, styleElement } from './dom';
import { READER_CSS } from './reader-styles';
import { markOwn } from '../world/own-nodes';

/** The reader's typography: the settings' own type and bounds (src/settings/defaults.ts). */
export type ReaderPrefs = ReaderSettings;

export interface ReaderModel {
  article: ExtractedArticle | null;
  keyPoints: string[];
  prefs: ReaderPrefs;
  onPrefsChange(prefs: ReaderPrefs): void;
}

export interface ReaderTranslationState {
  pressed: boolean;
  busy: boolean;
  status: { text: string; kind: 'info' | 'error' } | null;
  keyPoints: string[] | null;
}

export interface MountedReader {
  host: HTMLElement;
  /** The reader's headline (translated along with the body). */
  title: HTMLElement | null;
  /** Offers the translation toggle in the toolbar; `onToggle` runs on each click. */
  offerTranslation(onToggle: () => void): void;
  setTranslation(state: ReaderTranslationState): void;
  /** The sanitized article body inside the shadow root (translation works on it). */
  body: HTMLElement | null;
  close(): void;
}

const FONTS = {
  serif: 'Charter, "Bitstream Charter", "Noto Serif", Georgia, Cambria, serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
};

function formatDate(value: string | null, lang: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

/** One click of Narrower/Wider: a visible change, in the settings' own steps. */
const LINE_WIDTH_STEP = 3 * READER_LIMITS.lineWidth.step;

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, value));
}

/** The focused element, looking inside open shadow roots (e.g. a button of our panel). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Key events the page must not see while the reader is open (its own shortcuts would fire). */
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

export function mountReader(doc: Document, model: ReaderModel, onClose: () => void): MountedReader {
  const host = doc.createElement('unshill-reader');
  markOwn(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const prefs: ReaderPrefs = { ...model.prefs };
  const { article } = model;
  const lang = article?.lang ?? doc.documentElement.lang ?? '';

  const backdrop = h(doc, 'div', {
    class: 'backdrop',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': article?.title || t('openReader'),
  });
  const applyPrefs = (): void => {
    backdrop.dataset.theme = prefs.theme;
    backdrop.style.setProperty('--size', `${prefs.fontSize}px`);
    backdrop.style.setProperty('--width', `${prefs.lineWidth}px`);
    backdrop.style.setProperty('--font', FONTS[prefs.font]);
    serifButton.setAttribute('aria-pressed', String(prefs.font === 'serif'));
    sansButton.setAttribute('aria-pressed', String(prefs.font === 'sans'));
    themeSelect.value = prefs.theme;
  };
  const update = (change: Partial<ReaderPrefs>): void => {
    Object.assign(prefs, change);
    prefs.fontSize = clamp(prefs.fontSize, READER_LIMITS.fontSize);
    prefs.lineWidth = clamp(prefs.lineWidth, READER_LIMITS.lineWidth);
    applyPrefs();
    model.onPrefsChange({ ...prefs });
  };

  const button = (label: string, text: string, onClick: () => void, extra: Record<string, string> = {}) => {
    const b = h(doc, 'button', { type: 'button', 'aria-label': label, title: label, ...extra }, text);
    b.addEventListener('click', onClick);
    return b;
  };
  const serifButton = button(t('readerSerif'), t('readerSerif'), () => update({ font: 'serif' }));
  const sansButton = button(t('readerSans'), t('readerSans'), () => update({ font: 'sans' }));
  const themeSelect = h(doc, 'select', { 'aria-label': t('readerTheme') });
  for (const [value, key] of [
    ['auto', 'themeAuto'],
    ['light', 'themeLight'],
    ['dark', 'themeDark'],
    ['sepia', 'themeSepia'],
  ] as const) {
    themeSelect.append(h(doc, 'option', { value }, t(key)));
  }
  themeSelect.addEventListener('change', () => update({ theme: themeSelect.value as ReaderPrefs['theme'] }));
  const closeButton = button(t('readerClose'), `✕ ${t('readerClose')}`, () => close(), { class: 'close' });
  let onTranslate: (() => void) | null = null;
  const translateButton = button(t('translateButton'), t('translateButton'), () => onTranslate?.(), {
    'data-testid': 'reader-translate-toggle',
    'aria-pressed': 'false',
  });
  translateButton.hidden = true;
  const translationStatus = h(doc, 'span', {
    class: 'label',
    role: 'status',
    'data-testid': 'reader-translation-status',
  });

  const toolbar = h(
    doc,
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': t('openReader') },
    h(
      doc,
      'div',
      { class: 'group' },
      h(doc, 'span', { class: 'label' }, t('readerTextSize')),
      button(t('readerSmaller'), 'A−', () =>
        update({ fontSize: prefs.fontSize - READER_LIMITS.fontSize.step }),
      ),
      button(t('readerLarger'), 'A+', () =>
        update({ fontSize: prefs.fontSize + READER_LIMITS.fontSize.step }),
      ),
    ),
    h(
      doc,
      'div',
      { class: 'group' },
      h(doc, 'span', { class: 'label' }, t('readerWidth')),
      button(t('readerNarrower'), '⇤⇥', () => update({ lineWidth: prefs.lineWidth - LINE_WIDTH_STEP })),
      button(t('readerWider'), '⇠⇢', () => update({ lineWidth: prefs.lineWidth + LINE_WIDTH_STEP })),
    ),
    h(doc, 'div', { class: 'group', role: 'group', 'aria-label': t('readerFont') }, serifButton, sansButton),
    h(doc, 'div', { class: 'group' }, themeSelect),
    h(doc, 'div', { class: 'group' }, translationStatus, translateButton),
    closeButton,
  );

  let body: HTMLElement | null = null;
  let title: HTMLElement | null = null;
  let pointsList: HTMLElement | null = null;
  let main: HTMLElement;
  if (article) {
    body = h(doc, 'div', { class: 'body' });
    body.append(article.content.cloneNode(true));
    const date = formatDate(article.published, lang);
    main = h(
      doc,
      'article',
      { lang: lang || undefined, dir: article.dir ?? undefined, tabindex: '-1' },
      article.siteName ? h(doc, 'p', { class: 'site' }, article.siteName) : null,
      (title = h(doc, 'h1', { class: 'title' }, article.title)),
      h(
        doc,
        'p',
        { class: 'meta' },
        article.byline ? h(doc, 'span', { class: 'byline' }, article.byline) : null,
        date ? h(doc, 'time', { datetime: article.published ?? undefined }, date) : null,
        h(doc, 'span', { class: 'reading-time' }, t('readingTime', String(article.readingMinutes))),
      ),
      model.keyPoints.length
        ? h(
            doc,
            'section',
            { class: 'key-points', 'aria-label': t('keyPointsHeading') },
            h(doc, 'h2', {}, t('keyPointsHeading')),
            (pointsList = h(doc, 'ul', {}, ...model.keyPoints.map((point) => h(doc, 'li', {}, point)))),
          )
        : null,
      body,
    );
  } else {
    main = h(
      doc,
      'article',
      { class: 'empty', tabindex: '-1', role: 'alert' },
      h(doc, 'p', {}, t('readerNoArticle')),
    );
  }

  backdrop.append(toolbar, main);
  shadow.append(styleElement(doc, READER_CSS), backdrop);
  applyPrefs();

  // Remember what the page looked like, to put it back exactly.
  const root = doc.documentElement;
  const savedOverflow = root.style.getPropertyValue('overflow');
  const savedPriority = root.style.getPropertyPriority('overflow');
  const hadStyle = root.hasAttribute('style');
  const scroll = { x: doc.defaultView?.scrollX ?? 0, y: doc.defaultView?.scrollY ?? 0 };
  const previousFocus = deepActiveElement(doc);
  // The page behind the dialog is out of reach for Tab and assistive technology while it is open.
  const pageBody = doc.body;
  const bodyWasInert = pageBody?.inert ?? false;

  const swallowKeys = (event: KeyboardEvent): void => {
    if (event.type === 'keydown' && event.key === 'Escape') {
      event.preventDefault();
      close();
    }
    if (event.type === 'keydown' && event.key === 'Tab') trapFocus(event);
    // Default actions (scrolling, Tab, activating our buttons) still happen; page handlers never run.
    event.stopImmediatePropagation();
  };
  // A modal dialog: Tab and Shift+Tab cycle through the reader's own controls and links.
  const trapFocus = (event: KeyboardEvent): void => {
    const focusable = [
      ...shadow.querySelectorAll<HTMLElement>('button, select, a[href], [tabindex]:not([tabindex="-1"])'),
    ].filter((el) => !el.hidden && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const current = shadow.activeElement;
    const inside = !!current && focusable.includes(current as HTMLElement);
    if (!inside || (event.shiftKey ? current === first : current === last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };
  const win = doc.defaultView;
  for (const type of KEY_EVENTS) win?.addEventListener(type, swallowKeys, true);

  root.style.setProperty('overflow', 'hidden', 'important');
  root.append(host);
  if (pageBody) pageBody.inert = true;
  main.focus({ preventScroll: true });

  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    for (const type of KEY_EVENTS) win?.removeEventListener(type, swallowKeys, true);
    host.remove();
    if (pageBody) pageBody.inert = bodyWasInert;
    if (savedOverflow) root.style.setProperty('overflow', savedOverflow, savedPriority);
    else root.style.removeProperty('overflow');
    if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    win?.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus({ preventScroll: true });
    onClose();
  }

  return {
    host,
    body,
    title,
    close,
    offerTranslation(toggle) {
      onTranslate = toggle;
      translateButton.hidden = false;
    },
    setTranslation(state) {
      translateButton.setAttribute('aria-pressed', String(state.pressed));
      translateButton.textContent = state.pressed ? t('translateShowOriginal') : t('translateButton');
      translateButton.disabled = state.busy;
      translationStatus.textContent = state.status?.text ?? '';
      const points = state.keyPoints ?? model.keyPoints;
      pointsList?.replaceChildren(...points.map((point) => h(doc, 'li', {}, point)));
    },
  };
}
