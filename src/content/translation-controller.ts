/**
 * The translation toggle of one article: picks the engine (publisher's edition › Chrome on-device ›
 * the reader's own server), translates the title, key points and body progressively (visible blocks
 * first), and restores the original exactly when toggled off or when anything fails.
 */
import { findPromotions } from '../clean/heuristics';
import { extractArticle } from '../extract/article';
import { sanitizeToFragment } from '../extract/sanitize';
import { t } from '../i18n/i18n';
import type { Settings } from '../settings/defaults';
import {
  createChromeTranslatorEngine,
  chromeTranslatorApi,
  type ChromeTranslatorEngine,
} from '../translate/chrome-translator';
import { abortedError, isAbortError } from '../translate/errors';
import { languageName } from '../translate/languages';
import { findPublisherEdition } from '../translate/publisher-edition';
import { createTranslationCache, pickEngine, translateProgressively } from '../translate/run-translation';
import type { TranslationEngine } from '../translate/types';
import { createBlockTranslation, type BlockTranslation } from './block-translation';
import { computeKeyPointsAsync } from './key-points';
import { summarizeInBackground } from './summarize-remote';
import { createRemoteEngine } from './remote-engine';
import { sendToBackground } from '../messaging/send';
import type { TranslationOffer } from './translation-offer';

interface Swap {
  element: Element;
  original: DocumentFragment;
  lang: string | null;
}

/** The element of `other` that plays the part `element` plays in its own page (same tag, id or classes). */
function matchingElement(other: Document, element: Element): Element | null {
  const tag = element.tagName.toLowerCase();
  const selectors = [
    element.id ? `${tag}#${CSS.escape(element.id)}` : '',
    element.classList.length
      ? `${tag}${[...element.classList].map((c) => `.${CSS.escape(c)}`).join('')}`
      : '',
  ].filter(Boolean);
  for (const selector of selectors) {
    const found = other.querySelectorAll(selector);
    if (found.length === 1) return found[0] ?? null;
  }
  return null;
}

export interface TranslationView {
  /** Elements whose content is translated in place: title, then body blocks. */
  blocks: Element[];
  /** The items of the publisher's key-points box on the page, if any (swapped for an edition's). */
  keyPointItems?: Element[];
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

export interface TranslationController extends TranslationOffer {
  toggle(keyPoints: string[]): Promise<void>;
  dispose(): void;
}

const BATCH_SIZE = 5;
const CONCURRENCY = 2;
const TIMEOUT_MS = 20000;
/** A model download with no progress event for this long is stuck (offline, or blocked). */
const DOWNLOAD_STALL_MS = 8000;

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

/**
 * The reader's own server as an engine. With the service on "auto", the background asks the server what it
 * is (/languages: LibreTranslate, /listPairs: Apertium APy); when neither answers, the engine is unavailable
 * with that reason, which the status line shows.
 */
export async function remoteServerEngine(
  settings: Pick<Settings, 'translationService' | 'serverUrl' | 'apiKey'>,
): Promise<TranslationEngine | null> {
  if (!settings.serverUrl) return null;
  const service = settings.translationService;
  // The engine kind only: the background reads the address and key from storage (review F4).
  if (service === 'libretranslate' || service === 'apertium') return createRemoteEngine(service);
  const probe = await sendToBackground({ type: 'translate:probe' }).catch((error: unknown) => ({
    ok: false as const,
    error: error instanceof Error ? error.message : String(error),
  }));
  if (probe.ok) return createRemoteEngine(probe.engine);
  return unavailableEngine('libretranslate', probe.error);
}

/** An engine that only says why it cannot translate (pickEngine puts the reason in the status line). */
function unavailableEngine(id: TranslationEngine['id'], reason: string): TranslationEngine {
  return {
    id,
    label: id,
    availability: () => Promise.resolve({ state: 'unavailable', reason }),
    translate: () => Promise.reject(new Error(reason)),
  };
}

/** The toggle's engines for an article whose `offer` (translation-offer.ts) was decided already. */
export function createTranslationController(
  doc: Document,
  view: TranslationView,
  offer: TranslationOffer,
  settings: Settings,
  onUpdate: (update: TranslationUpdate) => void,
): TranslationController {
  const { source, target, offered } = offer;
  const cache = createTranslationCache();
  let active: { restore(): void } | null = null;
  let run: AbortController | null = null;
  const restoreActive = (): void => {
    active?.restore();
    active = null;
  };

  const update = (u: Partial<TranslationUpdate>): void =>
    onUpdate({ pressed: false, busy: false, status: null, keyPoints: null, lang: null, ...u });

  const serverEngine = (): Promise<TranslationEngine | null> => remoteServerEngine(settings);

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
    const editionPoints = await computeKeyPointsAsync(edition, null, article, summarizeInBackground);
    const root = view.root;
    // Same site, same template: the edition's own copy of the article root holds just the body.
    const twin = matchingElement(edition, root);
    for (const { element } of twin ? findPromotions(edition, twin) : []) element.remove();
    const body =
      twin && (twin.textContent ?? '').trim().length > 200
        ? sanitizeToFragment(twin.innerHTML, doc)
        : article.content;
    const swaps: Swap[] = [];
    const swap = (element: Element, replacement: Node | string): void => {
      const original = doc.createDocumentFragment();
      original.append(...element.childNodes);
      swaps.push({ element, original, lang: element.getAttribute('lang') });
      element.replaceChildren(replacement);
      element.setAttribute('lang', target);
    };
    const holder = doc.createElement('div');
    holder.setAttribute('data-unshill-edition', '');
    holder.append(body);
    swap(root, holder);
    if (view.title && article.title) swap(view.title, article.title);
    // The page's own key-points box, when the edition has the same number of points.
    const livePoints = view.keyPointItems ?? [];
    if (editionPoints.source === 'publisher' && livePoints.length === editionPoints.points.length) {
      livePoints.forEach((item, i) => swap(item, editionPoints.points[i] ?? ''));
    }
    active = {
      restore() {
        for (const { element, original, lang } of swaps.reverse()) {
          element.replaceChildren(original);
          if (lang === null) element.removeAttribute('lang');
          else element.setAttribute('lang', lang);
        }
      },
    };
    const points = editionPoints.points;
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

  /** Chrome's model download: fails clearly when it makes no progress (offline), however long it is. */
  async function downloadModel(
    engine: ChromeTranslatorEngine,
    lastProgress: () => number,
    signal: AbortSignal,
  ): Promise<void> {
    const stalled = new AbortController();
    const onAbort = (): void => stalled.abort();
    signal.addEventListener('abort', onAbort);
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress() > DOWNLOAD_STALL_MS) stalled.abort();
    }, 500);
    try {
      await Promise.race([
        engine.prepare(source ?? '', target, stalled.signal),
        new Promise((_, reject) =>
          stalled.signal.addEventListener('abort', () =>
            reject(
              signal.aborted
                ? abortedError()
                : new Error(`Chrome could not download the ${source} → ${target} language model (offline?)`),
            ),
          ),
        ),
      ]);
    } finally {
      clearInterval(watchdog);
      signal.removeEventListener('abort', onAbort);
    }
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
    let lastProgress = Date.now();
    const chrome = chromeApi
      ? createChromeTranslatorEngine({
          api: chromeApi,
          onDownloadProgress: (fraction) => {
            lastProgress = Date.now();
            update({
              pressed: true,
              busy: true,
              status: { text: t('downloadingModel', String(Math.round(fraction * 100))), kind: 'info' },
            });
          },
        })
      : null;
    try {
      update({ pressed: true, busy: true, status: { text: t('translating'), kind: 'info' } });
      const pick = await pickEngine(settings.translationService, {
        source: source ?? '',
        target,
        publisherEditionUrl: findPublisherEdition(doc, location.href, target),
        chrome,
        server: await serverEngine(),
        signal: controller.signal,
      });
      if (pick.kind === 'none') {
        update({ status: { text: pick.message, kind: 'error' } });
      } else if (pick.kind === 'publisher') {
        await showEdition(pick.url, controller.signal);
      } else {
        if (pick.engine === chrome && chrome && pick.availability.state !== 'available') {
          await downloadModel(chrome, () => lastProgress, controller.signal);
        }
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
