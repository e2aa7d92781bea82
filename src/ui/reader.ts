/**
 * The reader view: <unshill-reader> with an open shadow root over the page. It renders only
 * sanitized fragments and textContent; closing removes it and restores the page exactly.
 *
 *   mountReader ─► buildReaderArticle (reader-article.ts) ─► buildToolbar + Listen (reader-toolbar.ts,
 *               listen-control.ts) ─► lockPage + guardKeys (reader-page.ts) ─► close undoes them in reverse
 */
import type { ExtractedArticle } from '../extract/article';
import { t } from '../i18n/i18n';
import type { ReaderSettings } from '../settings/defaults';
import { h, styleElement } from './dom';
import { HOST_LOCK_CSS } from './guard';
import { createListenControl } from './listen-control';
import { buildReaderArticle, keyPointItems } from './reader-article';
import { guardKeys, lockPage } from './reader-page';
import { READER_CSS } from './reader-styles';
import { markOwn } from '../world/own-nodes';
import { applyTypography, buildToolbar, nextPrefs } from './reader-toolbar';

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
  /** The language the article is shown in now (the translation's when pressed); read aloud follows it. */
  lang?: string | null;
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

export function mountReader(doc: Document, model: ReaderModel, onClose: () => void): MountedReader {
  const host = doc.createElement('unshill-reader');
  markOwn(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const { article } = model;
  const articleLang = article?.lang ?? doc.documentElement.lang ?? '';
  let shownLang = articleLang;
  let prefs: ReaderPrefs = { ...model.prefs };

  const parts = buildReaderArticle(doc, article, model.keyPoints, articleLang);
  const listen = article
    ? createListenControl(doc, {
        roots: () => [parts.title, parts.body].filter((el): el is HTMLElement => !!el),
        lang: () => shownLang,
      })
    : null;
  let onTranslate: (() => void) | null = null;
  const toolbar = buildToolbar(
    doc,
    {
      onPrefs(change) {
        prefs = nextPrefs(prefs, change(prefs));
        showPrefs();
        model.onPrefsChange({ ...prefs });
      },
      onTranslate: () => onTranslate?.(),
      onClose: () => close(),
    },
    listen?.element ?? null,
  );
  const backdrop = h(
    doc,
    'div',
    {
      class: 'backdrop',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': article?.title || t('openReader'),
    },
    toolbar.element,
    parts.main,
  );
  const showPrefs = (): void => {
    applyTypography(backdrop, prefs);
    toolbar.show(prefs);
  };
  // Page CSS cannot restyle the host (see guard.ts); the shadow root stays open, as CONTRACT.md requires.
  shadow.append(styleElement(doc, HOST_LOCK_CSS + READER_CSS), backdrop);
  showPrefs();

  const unlockPage = lockPage(doc);
  const releaseKeys = guardKeys(doc, shadow, () => close());
  doc.documentElement.append(host);
  parts.main.focus({ preventScroll: true });

  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    listen?.stop();
    releaseKeys();
    host.remove();
    unlockPage();
    onClose();
  }

  return {
    host,
    body: parts.body,
    title: parts.title,
    close,
    offerTranslation(toggle) {
      onTranslate = toggle;
      toolbar.translateButton.hidden = false;
    },
    setTranslation(state) {
      const { translateButton, translationStatus } = toolbar;
      translateButton.setAttribute('aria-pressed', String(state.pressed));
      translateButton.textContent = state.pressed ? t('translateShowOriginal') : t('translateButton');
      translateButton.disabled = state.busy;
      translationStatus.textContent = state.status?.text ?? '';
      parts.pointsList?.replaceChildren(...keyPointItems(doc, state.keyPoints ?? model.keyPoints));
      const lang = (state.pressed && state.lang) || articleLang;
      // The text changed language under the voice: stop rather than read it with the wrong one.
      if (lang !== shownLang) listen?.stop();
      shownLang = lang;
    },
  };
}
