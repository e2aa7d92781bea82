/**
 * The reader view's "Listen" control: play / pause / resume, speed, stop, and a status that says when no
 * voice speaks the article's language. The paragraph being read is marked and kept in view. Logic lives in
 * read-aloud.ts; this wires it to buttons that answer only the reader's own input.
 */
import { t, uiLanguage } from '../i18n/i18n';
import { h, onTrusted } from './dom';
import { baseLanguage, createReadAloud, nextSpeed, type ReadAloud, type ReadAloudState } from './read-aloud';

export const READING_ATTR = 'data-reading';

/** Blocks read one by one: leaves of the text structure (a list item, not the list holding it). */
const READ_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, td';

/** The elements to read under `roots`, in document order, without empty ones or ones inside another. */
export function readableBlocks(roots: readonly Element[]): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  for (const root of roots) {
    const found = root.matches(READ_BLOCKS) ? [root] : [...root.querySelectorAll(READ_BLOCKS)];
    for (const el of found) {
      if (!(el instanceof HTMLElement) || !el.textContent?.trim()) continue;
      if (el.parentElement?.closest(READ_BLOCKS) && root.contains(el.parentElement.closest(READ_BLOCKS)))
        continue;
      blocks.push(el);
    }
  }
  return blocks;
}

/** "French" for 'fr', in the UI's language; the code itself when the browser cannot name it. */
function languageLabel(lang: string): string {
  const base = baseLanguage(lang);
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(base) ?? base;
  } catch {
    return base;
  }
}

function speedLabel(speed: number): string {
  return `${speed}×`;
}

export interface ListenControl {
  element: HTMLElement;
  /** Stops reading (reader closed, or its text changed under it). */
  stop(): void;
}

export interface ListenOptions {
  /** The elements to read (title and body), looked up when reading starts. */
  roots(): Element[];
  /** The language of the text as it is now (the article's, or the translation's). */
  lang(): string;
}

export function createListenControl(doc: Document, options: ListenOptions): ListenControl {
  const view = doc.defaultView;
  const play = h(doc, 'button', { type: 'button', 'data-testid': 'listen-toggle', 'aria-pressed': 'false' });
  const speed = h(doc, 'button', { type: 'button', 'data-testid': 'listen-speed' });
  const stop = h(doc, 'button', { type: 'button', 'data-testid': 'listen-stop' }, t('listenStop'));
  const status = h(doc, 'span', { class: 'label', role: 'status', 'data-testid': 'listen-status' });
  const element = h(
    doc,
    'div',
    { class: 'group listen', 'data-testid': 'listen' },
    play,
    speed,
    stop,
    status,
  );

  let blocks: HTMLElement[] = [];
  let current: HTMLElement | null = null;
  const mark = (index: number | null): void => {
    current?.removeAttribute(READING_ATTR);
    current = index === null ? null : (blocks[index] ?? null);
    if (!current) return;
    current.setAttribute(READING_ATTR, '');
    const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    current.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  };

  const show = (state: ReadAloudState): void => {
    element.dataset.state = state;
    const label =
      state === 'playing' ? t('listenPause') : state === 'paused' ? t('listenResume') : t('listen');
    play.textContent = `${state === 'playing' ? '❚❚' : '▶'} ${label}`;
    play.setAttribute('aria-label', label);
    play.setAttribute('aria-pressed', String(state === 'playing' || state === 'paused'));
    play.disabled = state === 'loading' || state === 'unsupported';
    stop.hidden = state !== 'playing' && state !== 'paused';
    status.textContent =
      state === 'no-voice'
        ? t('listenNoVoice', languageLabel(options.lang()))
        : state === 'unsupported'
          ? t('listenUnsupported')
          : '';
  };
  const showSpeed = (value: number): void => {
    speed.textContent = speedLabel(value);
    speed.setAttribute('aria-label', t('listenSpeed', speedLabel(value)));
  };

  const reader: ReadAloud = createReadAloud({
    synth: () => (view && 'speechSynthesis' in view ? view.speechSynthesis : null),
    makeUtterance: (text) => new (view as Window & typeof globalThis).SpeechSynthesisUtterance(text),
    paragraphs: () => {
      blocks = readableBlocks(options.roots());
      return blocks.map((b) => b.textContent ?? '');
    },
    lang: options.lang,
    onState: show,
    onParagraph: mark,
  });

  onTrusted(play, 'click', () => {
    const state = reader.state();
    if (state === 'playing') reader.pause();
    else if (state === 'paused') reader.resume();
    else void reader.play();
  });
  onTrusted(speed, 'click', () => {
    reader.setSpeed(nextSpeed(reader.speed()));
    showSpeed(reader.speed());
  });
  onTrusted(stop, 'click', () => reader.stop());
  show('idle');
  showSpeed(reader.speed());

  return { element, stop: () => reader.stop() };
}
