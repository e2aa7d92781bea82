/**
 * The translation toggle of one article: picks the engine (publisher's edition › Chrome on-device ›
 * the reader's own server), translates the title, key points and body progressively (visible blocks
 * first), and restores the original exactly when toggled off or when anything fails.
 */
import { browser } from 'wxt/browser';
import { extractArticle } from '../extract/article';
import { t, uiLanguage } from '../i18n/i18n';
import type { Settings } from '../settings/defaults';
import { resolveTranslateTo } from '../settings/settings';
import { createChromeTranslatorEngine, chromeTranslatorApi } from '../translate/chrome-translator';
import { isAbortError } from '../translate/errors';
import {
  declaredPageLanguage,
  languageName,
  normalizeLang,
  resolveSourceLanguage,
} from '../translate/languages';
import { findPublisherEdition } from '../translate/publisher-edition';
import { createTranslationCache, pickEngine, translateProgressively } from '../translate/run-translation';
import type { TranslationEngine } from '../translate/types';
import { createBlockTranslation, type BlockTranslation } from './block-translation';
import { computeKeyPoints } from './key-points';
import { createRemoteEngine } from './remote-engine';

export interface TranslationView {
  /** Elements whose content is translated in place: title, then body blocks. */
  blocks: Element[];
  /** Where the publisher's edition replaces the body. */
  root: Element | null;
  title: Element | null;
}

export interface TranslationUpdate {
  pressed: boolean;
  busy: boolean;
  status: { text: string; kind: 'info' | 'error' } | null;
  /** Key points to show while translated (the edition's own, or translated ones); null = the original's. */
  keyPoints: string[] | null;
  lang: string | null;
}

export interface TranslationController {
  readonly source: string | null;
  readonly target: string;
  /** Whether the toggle is offered (the article is not already in the reader's language). */
  readonly offered: boolean;
  toggle(keyPoints: string[]): Promise<void>;
  dispose(): void;
}

const BATCH_SIZE = 5;
const CONCURRENCY = 2;
const TIMEOUT_MS = 20000;

/** Indices of the blocks on screen now, so they are translated first. */
function visibleFirst(elements: readonly Element[]): number[] {
  const height = window.innerHeight;
  const visible: number[] = [];
  elements.forEach((el, i) => {
    const rect = el.getBoundingClientRect();
    if (rect.bottom > 0 && rect.top < height) visible.push(i);
  });
  return visible;
}

async function detectLanguage(text: string): Promise<{ language: string; percentage: number }[] | null> {
  try {
    const result = await browser.i18n.detectLanguage(text.slice(0, 2000));
    return result.languages;
  } catch {
    return null;
  }
}

export async function createTranslationController(
  doc: Document,
  view: TranslationView,
  articleText: string,
  settings: Settings,
  onUpdate: (update: TranslationUpdate) => void,
): Promise<TranslationController> {
  const declared = declaredPageLanguage(doc);
  const source = resolveSourceLanguage(declared, await detectLanguage(articleText));
  const target = normalizeLang(resolveTranslateTo(settings, uiLanguage()));
  const offered = !!source && normalizeLang(source) !== target;
  const cache = createTranslationCache();
  let active: { restore(): void } | null = null;
  let run: AbortController | null = null;
  const restoreActive = (): void => {
    active?.restore();
    active = null;
  };

  const update = (u: Partial<TranslationUpdate>): void =>
    onUpdate({ pressed: false, busy: false, status: null, keyPoints: null, lang: null, ...u });

  function serverEngine(): TranslationEngine | null {
    const service = settings.translationService;
    const engine = service === 'libretranslate' || service === 'apertium' ? service : null;
    if (!settings.serverUrl) return null;
    // In auto mode the server kind is guessed from what the reader configured: Apertium APy answers /listPairs.
    return createRemoteEngine({
      engine: engine ?? (/libre/i.test(settings.serverUrl) ? 'libretranslate' : 'apertium'),
      server: settings.serverUrl,
      apiKey: settings.apiKey || undefined,
    });
  }

  async function showEdition(url: string, signal: AbortSignal): Promise<void> {
    const response = await fetch(url, { credentials: 'omit', signal });
    if (!response.ok) throw new Error(`the ${languageName(target)} edition answered HTTP ${response.status}`);
    const html = await response.text();
    const edition = new DOMParser().parseFromString(html, 'text/html');
    const base = edition.createElement('base');
    base.href = url;
    edition.head.prepend(base);
    const article = extractArticle(edition, { ownerDocument: doc });
    if (!article || !view.root) throw new Error(`no article found in the ${languageName(target)} edition`);
    const points = computeKeyPoints(edition, null, article).points;
    const root = view.root;
    const original = doc.createDocumentFragment();
    original.append(...root.childNodes);
    const holder = doc.createElement('div');
    holder.setAttribute('data-unshill-edition', '');
    holder.setAttribute('lang', target);
    holder.append(article.content);
    root.replaceChildren(holder);
    let titleOriginal: DocumentFragment | null = null;
    if (view.title && article.title) {
      titleOriginal = doc.createDocumentFragment();
      titleOriginal.append(...view.title.childNodes);
      view.title.textContent = article.title;
    }
    active = {
      restore() {
        root.replaceChildren(original);
        if (view.title && titleOriginal) view.title.replaceChildren(titleOriginal);
      },
    };
    update({
      pressed: true,
      status: { text: t('publisherEdition', languageName(target)), kind: 'info' },
      keyPoints: points,
      lang: target,
    });
  }

  async function translateInPlace(
    engine: TranslationEngine,
    label: string,
    keyPoints: string[],
    signal: AbortSignal,
  ): Promise<void> {
    const display = settings.translationDisplay;
    const blocks: BlockTranslation = createBlockTranslation(view.blocks, target, display);
    active = blocks;
    const translatedPoints = [...keyPoints];
    update({ pressed: true, busy: true, status: { text: t('translating'), kind: 'info' } });
    const all = [...blocks.sources, ...keyPoints.map((p) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;'))];
    await translateProgressively(all, engine, source ?? '', target, {
      concurrency: CONCURRENCY,
      batchSize: BATCH_SIZE,
      timeoutMs: TIMEOUT_MS,
      order: visibleFirst(view.blocks),
      cache,
      signal,
      onBlock(index, html) {
        if (index < blocks.sources.length) blocks.show(index, html);
        else
          translatedPoints[index - blocks.sources.length] =
            new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      },
    });
    update({
      pressed: true,
      status: { text: t('translatedBy', label), kind: 'info' },
      keyPoints: display === 'replace' ? translatedPoints : null,
      lang: display === 'replace' ? target : null,
    });
  }

  async function toggle(keyPoints: string[]): Promise<void> {
    if (active || run) {
      run?.abort();
      run = null;
      restoreActive();
      update({});
      return;
    }
    const controller = new AbortController();
    run = controller;
    const chromeApi = chromeTranslatorApi();
    const chrome = chromeApi
      ? createChromeTranslatorEngine({
          api: chromeApi,
          onDownloadProgress: (fraction) =>
            update({
              pressed: true,
              busy: true,
              status: { text: t('downloadingModel', String(Math.round(fraction * 100))), kind: 'info' },
            }),
        })
      : null;
    try {
      update({ pressed: true, busy: true, status: { text: t('translating'), kind: 'info' } });
      const pick = await pickEngine(settings.translationService, {
        source: source ?? '',
        target,
        publisherEditionUrl: findPublisherEdition(doc, location.href, target),
        chrome,
        server: serverEngine(),
        signal: controller.signal,
      });
      if (pick.kind === 'none') {
        update({ status: { text: pick.message, kind: 'error' } });
      } else if (pick.kind === 'publisher') {
        await showEdition(pick.url, controller.signal);
      } else {
        await translateInPlace(pick.engine, pick.label, keyPoints, controller.signal);
      }
    } catch (error) {
      restoreActive();
      if (!isAbortError(error)) {
        const message = error instanceof Error ? error.message : String(error);
        update({ status: { text: t('translationError', message), kind: 'error' } });
      }
    } finally {
      if (run === controller) run = null;
    }
  }

  return {
    source,
    target,
    offered,
    toggle,
    dispose() {
      run?.abort();
      restoreActive();
    },
  };
}
