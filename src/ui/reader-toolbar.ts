/**
 * The reader view's toolbar: text size, line width, font, theme (the reader's typography settings), the
 * translation toggle, the Listen control and Close. Buttons answer the reader's own input only.
 */
import { t } from '../i18n/i18n';
import { READER_LIMITS, type ReaderSettings } from '../settings/defaults';
import { h, onTrusted } from './dom';

/** One click of Narrower/Wider: a visible change, in the settings' own steps. */
export const LINE_WIDTH_STEP = 3 * READER_LIMITS.lineWidth.step;

const FONTS = {
  serif: 'Charter, "Bitstream Charter", "Noto Serif", Georgia, Cambria, serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
};

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, value));
}

/** Pure: the typography after a change, kept within the settings' bounds. */
export function nextPrefs(prefs: ReaderSettings, change: Partial<ReaderSettings>): ReaderSettings {
  const next = { ...prefs, ...change };
  next.fontSize = clamp(next.fontSize, READER_LIMITS.fontSize);
  next.lineWidth = clamp(next.lineWidth, READER_LIMITS.lineWidth);
  return next;
}

/** Shows the typography on the reader's backdrop (CSS variables read by reader-styles.ts). */
export function applyTypography(backdrop: HTMLElement, prefs: ReaderSettings): void {
  backdrop.dataset.theme = prefs.theme;
  backdrop.style.setProperty('--size', `${prefs.fontSize}px`);
  backdrop.style.setProperty('--width', `${prefs.lineWidth}px`);
  backdrop.style.setProperty('--font', FONTS[prefs.font]);
}

export interface ReaderToolbar {
  element: HTMLElement;
  /** Reflects the typography on the pressed states and the theme select. */
  show(prefs: ReaderSettings): void;
  translateButton: HTMLButtonElement;
  translationStatus: HTMLElement;
}

export interface ToolbarHandlers {
  /** A typography change asked for (relative to what is shown). */
  onPrefs(change: (prefs: ReaderSettings) => Partial<ReaderSettings>): void;
  onTranslate(): void;
  onClose(): void;
}

export function buildToolbar(
  doc: Document,
  handlers: ToolbarHandlers,
  listen: HTMLElement | null,
): ReaderToolbar {
  const button = (label: string, text: string, onClick: () => void, extra: Record<string, string> = {}) => {
    const b = h(doc, 'button', { type: 'button', 'aria-label': label, title: label, ...extra }, text);
    onTrusted(b, 'click', onClick);
    return b;
  };
  const change = (f: (prefs: ReaderSettings) => Partial<ReaderSettings>) => () => handlers.onPrefs(f);
  const serifButton = button(
    t('readerSerif'),
    t('readerSerif'),
    change(() => ({ font: 'serif' })),
  );
  const sansButton = button(
    t('readerSans'),
    t('readerSans'),
    change(() => ({ font: 'sans' })),
  );
  const themeSelect = h(doc, 'select', { 'aria-label': t('readerTheme') });
  for (const [value, key] of [
    ['auto', 'themeAuto'],
    ['light', 'themeLight'],
    ['dark', 'themeDark'],
    ['sepia', 'themeSepia'],
  ] as const) {
    themeSelect.append(h(doc, 'option', { value }, t(key)));
  }
  onTrusted(themeSelect, 'change', () =>
    handlers.onPrefs(() => ({ theme: themeSelect.value as ReaderSettings['theme'] })),
  );
  const translateButton = button(t('translateButton'), t('translateButton'), handlers.onTranslate, {
    'data-testid': 'reader-translate-toggle',
    'aria-pressed': 'false',
  });
  translateButton.hidden = true;
  const translationStatus = h(doc, 'span', {
    class: 'label',
    role: 'status',
    'data-testid': 'reader-translation-status',
  });
  const { fontSize } = READER_LIMITS;
  const element = h(
    doc,
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': t('openReader') },
    h(
      doc,
      'div',
      { class: 'group' },
      h(doc, 'span', { class: 'label' }, t('readerTextSize')),
      button(
        t('readerSmaller'),
        'A−',
        change((p) => ({ fontSize: p.fontSize - fontSize.step })),
      ),
      button(
        t('readerLarger'),
        'A+',
        change((p) => ({ fontSize: p.fontSize + fontSize.step })),
      ),
    ),
    h(
      doc,
      'div',
      { class: 'group' },
      h(doc, 'span', { class: 'label' }, t('readerWidth')),
      button(
        t('readerNarrower'),
        '⇤⇥',
        change((p) => ({ lineWidth: p.lineWidth - LINE_WIDTH_STEP })),
      ),
      button(
        t('readerWider'),
        '⇠⇢',
        change((p) => ({ lineWidth: p.lineWidth + LINE_WIDTH_STEP })),
      ),
    ),
    h(doc, 'div', { class: 'group', role: 'group', 'aria-label': t('readerFont') }, serifButton, sansButton),
    h(doc, 'div', { class: 'group' }, themeSelect),
    listen,
    h(doc, 'div', { class: 'group' }, translationStatus, translateButton),
    button(t('readerClose'), `✕ ${t('readerClose')}`, handlers.onClose, { class: 'close' }),
  );
  return {
    element,
    translateButton,
    translationStatus,
    show(prefs) {
      serifButton.setAttribute('aria-pressed', String(prefs.font === 'serif'));
      sansButton.setAttribute('aria-pressed', String(prefs.font === 'sans'));
      themeSelect.value = prefs.theme;
    },
  };
}
