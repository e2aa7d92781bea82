/**
 * The translation toggle of one article: picks the engine (publisher's edition › Chrome on-device ›
 * the reader's own server), translates the title, key points and body progressively (visible blocks
 * first), and restores the original exactly when toggled off or when anything fails.
 *
 *   offer (translation-offer.ts, decided by the panel) ─► source, target, offered
 *   toggle on    ─► start ─► pickEngine ─► follow: an error line
 *                                               | showPublisherEdition (translation-edition.ts)
 *                                               | [downloadModel] translateBlocksInPlace
 *   toggle off, dispose, any failure ─► the run aborted, every swap restored
 */
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
import {
  createTranslationCache,
  pickEngine,
  translateProgressively,
  type EnginePick,
} from '../translate/run-translation';
import type { TranslationEngine } from '../translate/types';
import { createBlockTranslation, type BlockTranslation } from './block-translation';
import { showPublisherEdition } from './translation-edition';
import { createRemoteEngine } from './remote-engine';
import { sendToBackground } from '../messaging/send';
import type { TranslationOffer } from './translation-offer';

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

/** Chrome's on-device translator when the browser has one, reporting its model download as it goes. */
function chromeEngine(onDownloadProgress: (fraction: number) => void): ChromeTranslatorEngine | null {
  const api = chromeTranslatorApi();
  return api ? createChromeTranslatorEngine({ api, onDownloadProgress }) : null;
}

/** Chrome's model download: fails clearly when it makes no progress (offline), however long it is. */
async function downloadModel(
  engine: ChromeTranslatorEngine,
  pair: { source: string; target: string },
  lastProgress: () => number,
  signal: AbortSignal,
): Promise<void> {
  // Toggled off while the engine was picked: the 'abort' event is gone, and would never reach `stalled`.
  if (signal.aborted) throw abortedError();
  const stalled = new AbortController();
  const onAbort = (): void => stalled.abort();
  signal.addEventListener('abort', onAbort);
  const watchdog = setInterval(() => {
    if (Date.now() - lastProgress() > DOWNLOAD_STALL_MS) stalled.abort();
  }, 500);
  try {
    await Promise.race([
      engine.prepare(pair.source, pair.target, stalled.signal),
      new Promise((_, reject) =>
        stalled.signal.addEventListener('abort', () =>
          reject(
            signal.aborted
              ? abortedError()
              : new Error(
                  `Chrome could not download the ${pair.source} → ${pair.target} language model (offline?)`,
                ),
          ),
        ),
      ),
    ]);
  } finally {
    clearInterval(watchdog);
    signal.removeEventListener('abort', onAbort);
  }
}

interface InPlaceRun {
  engine: TranslationEngine;
  source: string;
  target: string;
  display: Settings['translationDisplay'];
  cache: ReturnType<typeof createTranslationCache>;
  signal: AbortSignal;
}

/**
 * Translates the view's blocks in place (visible ones first) and the key points alongside; `onStart` gets
 * the running translation at once, so a toggle-off mid-way restores what was already swapped.
 */
async function translateBlocksInPlace(
  view: TranslationView,
  keyPoints: readonly string[],
  run: InPlaceRun,
  onStart: (blocks: BlockTranslation) => void,
): Promise<string[]> {
  const blocks = createBlockTranslation(view.blocks, run.target, run.display);
  onStart(blocks);
  const translatedPoints = [...keyPoints];
  // Key points are text: escaped, so the engine gets them as HTML like the blocks.
  const pointsHtml = keyPoints.map((p) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  await translateProgressively([...blocks.sources, ...pointsHtml], run.engine, run.source, run.target, {
    concurrency: CONCURRENCY,
    batchSize: BATCH_SIZE,
    timeoutMs: TIMEOUT_MS,
    order: visibleFirst(view.blocks),
    cache: run.cache,
    signal: run.signal,
    onBlock(index, html) {
      if (index < blocks.sources.length) blocks.show(index, html);
      else
        translatedPoints[index - blocks.sources.length] =
          new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
    },
  });
  return translatedPoints;
}

/**
 * The toggle: on, it picks an engine and shows the publisher's edition or translates in place; off (or on
 * any failure) it restores the page exactly. `onUpdate` gets the panel's state after every step.
 */
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

  const update = (u: Partial<TranslationUpdate>): void =>
    onUpdate({ pressed: false, busy: false, status: null, keyPoints: null, lang: null, ...u });
  const restoreActive = (): void => {
    active?.restore();
    active = null;
  };

  function stop(): void {
    run?.abort();
    run = null;
    restoreActive();
    update({});
  }

  async function showEdition(url: string, signal: AbortSignal): Promise<void> {
    const shown = await showPublisherEdition(doc, view, url, target, signal);
    active = shown;
    update({
      pressed: true,
      status: { text: t('publisherEdition', languageName(target)), kind: 'info' },
      keyPoints: shown.keyPoints,
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
    update({ pressed: true, busy: true, status: { text: t('translating'), kind: 'info' } });
    const translatedPoints = await translateBlocksInPlace(
      view,
      keyPoints,
      { engine, source: source ?? '', target, display, cache, signal },
      (blocks) => (active = blocks),
    );
    update({
      pressed: true,
      status: { text: t('translatedBy', label), kind: 'info' },
      keyPoints: display === 'replace' ? translatedPoints : null,
      lang: display === 'replace' ? target : null,
    });
  }

  /** Carries out what pickEngine chose: an error line, the publisher's edition, or an engine in place. */
  async function follow(
    pick: EnginePick,
    chrome: ChromeTranslatorEngine | null,
    lastProgress: () => number,
    keyPoints: string[],
    signal: AbortSignal,
  ): Promise<void> {
    if (pick.kind === 'none') return update({ status: { text: pick.message, kind: 'error' } });
    if (pick.kind === 'publisher') return showEdition(pick.url, signal);
    if (pick.engine === chrome && chrome && pick.availability.state !== 'available') {
      await downloadModel(chrome, { source: source ?? '', target }, lastProgress, signal);
    }
    await translateInPlace(pick.engine, pick.label, keyPoints, signal);
  }

  async function start(keyPoints: string[]): Promise<void> {
    const controller = new AbortController();
    run = controller;
    let lastProgress = Date.now();
    const chrome = chromeEngine((fraction) => {
      lastProgress = Date.now();
      const percent = String(Math.round(fraction * 100));
      update({ pressed: true, busy: true, status: { text: t('downloadingModel', percent), kind: 'info' } });
    });
    try {
      update({ pressed: true, busy: true, status: { text: t('translating'), kind: 'info' } });
      const pick = await pickEngine(settings.translationService, {
        source: source ?? '',
        target,
        publisherEditionUrl: findPublisherEdition(doc, doc.URL, target),
        chrome,
        server: await remoteServerEngine(settings),
        signal: controller.signal,
      });
      await follow(pick, chrome, () => lastProgress, keyPoints, controller.signal);
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
    toggle: (keyPoints) => (active || run ? Promise.resolve(stop()) : start(keyPoints)),
    dispose() {
      run?.abort();
      restoreActive();
    },
  };
}
