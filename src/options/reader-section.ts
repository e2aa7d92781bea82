/** Reader view typography defaults: size, width, font, theme. */
import { t } from '../i18n/i18n';
import {
  READER_FONTS,
  READER_LIMITS,
  READER_THEMES,
  type ReaderFont,
  type ReaderSettings,
  type ReaderTheme,
} from '../settings/defaults';
import { debounce, type OptionsContext } from './context';
import { el, section, selectField, uid } from './dom';

const FONT_LABELS: Record<ReaderFont, () => string> = {
  serif: () => t('readerSerif'),
  sans: () => t('readerSans'),
};
const THEME_LABELS: Record<ReaderTheme, () => string> = {
  auto: () => t('themeAuto'),
  light: () => t('themeLight'),
  dark: () => t('themeDark'),
  sepia: () => t('themeSepia'),
};

export function renderReaderSection(ctx: OptionsContext): HTMLElement {
  const { doc } = ctx;
  const saveReader = (patch: Partial<ReaderSettings>): void => {
    void ctx.save('reader', { ...ctx.settings.reader, ...patch });
  };
  const size = rangeField(
    ctx,
    t('readerTextSize'),
    READER_LIMITS.fontSize,
    ctx.settings.reader.fontSize,
    (v) => saveReader({ fontSize: v }),
  );
  const width = rangeField(
    ctx,
    t('readerWidth'),
    READER_LIMITS.lineWidth,
    ctx.settings.reader.lineWidth,
    (v) => saveReader({ lineWidth: v }),
  );
  const font = selectField(
    doc,
    t('readerFont'),
    READER_FONTS.map((id) => [id, FONT_LABELS[id]()] as const),
    ctx.settings.reader.font,
    (value) => saveReader({ font: value as ReaderFont }),
  );
  const theme = selectField(
    doc,
    t('readerTheme'),
    READER_THEMES.map((id) => [id, THEME_LABELS[id]()] as const),
    ctx.settings.reader.theme,
    (value) => saveReader({ theme: value as ReaderTheme }),
  );
  ctx.onSettings(({ reader }) => {
    size.set(reader.fontSize);
    width.set(reader.lineWidth);
    font.select.value = reader.font;
    theme.select.value = reader.theme;
  });
  return section(doc, t('sectionReader'), size.row, width.row, font.row, theme.row);
}

/** A slider with its value shown in px; saves after the drag pauses, not on every step (sync write quota). */
function rangeField(
  ctx: OptionsContext,
  label: string,
  limits: { min: number; max: number; step: number },
  value: number,
  onChange: (value: number) => void,
): { row: HTMLElement; set(value: number): void } {
  const { doc } = ctx;
  const id = uid('range');
  const input = el(doc, 'input', { type: 'range', id, min: limits.min, max: limits.max, step: limits.step });
  const output = el(doc, 'output', { for: id });
  const show = (v: number): void => {
    input.value = String(v);
    const text = t('pixels', String(v));
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  show(value);
  const save = debounce(() => onChange(Number(input.value)), 300);
  input.addEventListener('input', () => {
    show(Number(input.value));
    save.schedule();
  });
  input.addEventListener('change', () => save.flush());
  const row = el(doc, 'div', { class: 'field range' }, el(doc, 'label', { for: id }, label), input, output);
  return { row, set: show };
}
