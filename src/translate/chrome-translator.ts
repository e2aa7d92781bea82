// Chrome's on-device Translator API (Chrome 138+, https://developer.chrome.com/docs/ai/translator-api).
// Runs in the content script: the API lives on window, not in the service worker.
// - `Translator.availability({ sourceLanguage, targetLanguage })` → 'unavailable' | 'downloadable' |
//   'downloading' | 'available'.
// - `Translator.create(...)` needs transient user activation while the model is 'downloadable': the
//   reader's click on "Translate" is it, so `prepare()` must be called from that click handler before
//   any other await.
// - `translate(text)` takes plain text, so inline markup is kept by translating the text between tags.

import { abortedError, TranslationError } from './errors';
import { decodeEntities, escapeText, tokenizeInlineHtml, translateTextRuns } from './inline-html';
import { normalizeLang } from './languages';
import type { AvailabilityState, EngineAvailability, TranslatedBatch, TranslationEngine } from './types';

interface TranslatorOptions {
  sourceLanguage: string;
  targetLanguage: string;
}

interface DownloadProgressEvent extends Event {
  /** Fraction downloaded, 0 to 1. */
  readonly loaded: number;
}

interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEvent) => void): void;
}

export interface OnDeviceTranslator {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The `Translator` global, typed for what we use (lib.dom does not declare it yet). */
export interface TranslatorApi {
  availability(options: TranslatorOptions): Promise<string>;
  create(
    options: TranslatorOptions & { monitor?: (m: CreateMonitor) => void; signal?: AbortSignal },
  ): Promise<OnDeviceTranslator>;
}

export interface ChromeTranslatorOptions {
  /** Defaults to `globalThis.Translator`; null when the browser has none. */
  api?: TranslatorApi | null;
  /** Model download progress, 0 to 1, for the status line. */
  onDownloadProgress?: (fraction: number) => void;
}

export interface ChromeTranslatorEngine extends TranslationEngine {
  readonly id: 'chrome';
  /** Starts creating (and if needed downloading) the translator; call it first thing in the click handler. */
  prepare(source: string, target: string, signal?: AbortSignal): Promise<OnDeviceTranslator>;
}

const STATES: readonly AvailabilityState[] = ['available', 'downloadable', 'downloading', 'unavailable'];

export function chromeTranslatorApi(): TranslatorApi | null {
  const api = (globalThis as { Translator?: unknown }).Translator;
  return api && typeof (api as TranslatorApi).availability === 'function' ? (api as TranslatorApi) : null;
}

export function createChromeTranslatorEngine(options: ChromeTranslatorOptions = {}): ChromeTranslatorEngine {
  const api = options.api === undefined ? chromeTranslatorApi() : options.api;
  const label = 'Chrome on-device';
  const translators = new Map<string, Promise<OnDeviceTranslator>>();
  const langs = (source: string, target: string): TranslatorOptions => ({
    sourceLanguage: normalizeLang(source),
    targetLanguage: normalizeLang(target),
  });

  async function availability(source: string, target: string): Promise<EngineAvailability> {
    if (!api) return { state: 'unavailable', reason: 'This browser has no on-device translator' };
    const pair = langs(source, target);
    const state = await api.availability(pair).catch(() => 'unavailable');
    const known = STATES.find((s) => s === state) ?? 'unavailable';
    const route = [pair.sourceLanguage, pair.targetLanguage];
    if (known === 'unavailable') {
      return { state: known, route, reason: `Chrome cannot translate ${source} → ${target} on this device` };
    }
    return { state: known, route };
  }

  function prepare(source: string, target: string, signal?: AbortSignal): Promise<OnDeviceTranslator> {
    if (!api)
      return Promise.reject(new TranslationError('unavailable', 'This browser has no on-device translator'));
    const pair = langs(source, target);
    const key = `${pair.sourceLanguage}|${pair.targetLanguage}`;
    let pending = translators.get(key);
    if (!pending) {
      pending = api
        .create({
          ...pair,
          signal,
          monitor: (m) =>
            m.addEventListener('downloadprogress', (e) => options.onDownloadProgress?.(e.loaded)),
        })
        .catch((error: unknown) => {
          translators.delete(key);
          throw mapCreateError(error, source, target, signal);
        });
      translators.set(key, pending);
    }
    return pending;
  }

  async function translate(
    blocks: string[],
    source: string,
    target: string,
    signal?: AbortSignal,
  ): Promise<TranslatedBatch> {
    if (signal?.aborted) throw abortedError();
    const translator = await prepare(source, target, signal);
    const translateTexts = async (texts: string[]) => {
      const out: string[] = [];
      for (const text of texts) out.push(await runTranslate(translator, text, signal));
      return out;
    };
    const out: string[] = [];
    for (const block of blocks) {
      const hasTags = tokenizeInlineHtml(block).some((t) => t.kind === 'tag');
      out.push(
        hasTags
          ? await translateTextRuns(block, translateTexts)
          : escapeText(await runTranslate(translator, decodeEntities(block), signal)),
      );
    }
    return { blocks: out, route: [normalizeLang(source), normalizeLang(target)] };
  }

  return { id: 'chrome', label, availability, translate, prepare };
}

async function runTranslate(
  translator: OnDeviceTranslator,
  text: string,
  signal?: AbortSignal,
): Promise<string> {
  if (!text.trim()) return text;
  try {
    return await translator.translate(text, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw abortedError();
    const message = error instanceof Error ? error.message : String(error);
    throw new TranslationError('unavailable', `Chrome on-device translation failed: ${message}`);
  }
}

function mapCreateError(
  error: unknown,
  source: string,
  target: string,
  signal?: AbortSignal,
): TranslationError {
  if (signal?.aborted) return abortedError();
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError') {
    return new TranslationError(
      'unavailable',
      `Chrome needs a click on Translate to download the ${source} → ${target} language pack`,
    );
  }
  if (name === 'NotSupportedError') {
    return new TranslationError(
      'unsupported-pair',
      `Chrome cannot translate ${source} → ${target} on this device`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TranslationError('unavailable', `Chrome on-device translator could not start: ${message}`);
}
