// LibreTranslate client (https://libretranslate.com/docs). Runs in the background.
// POST /translate { q: string[], source, target, format: 'html', api_key? } → { translatedText: string[] };
// GET /languages → [{ code, name, targets }]; errors come as { error } with 400/403/429/500.
// Recent servers name Chinese 'zh-Hans' / 'zh-Hant', so codes are matched on their base language.

import { abortedError, TranslationError } from './errors';
import { httpError, malformedError, requestJson, trimBaseUrl } from './http';
import { normalizeBlockForServer, repairMarkup } from './inline-html';
import { normalizeLang } from './languages';
import type { EngineAvailability, FetchLike, TranslatedBatch, TranslationEngine } from './types';

export interface LibreTranslateOptions {
  baseUrl: string;
  /** How statuses and errors name the server; pages get "LibreTranslate (your server)", never the address. */
  label?: string;
  apiKey?: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface LibreLanguage {
  code: string;
  name: string;
  targets: string[];
}

export interface LibreTranslateEngine extends TranslationEngine {
  readonly id: 'libretranslate';
  languages(signal?: AbortSignal): Promise<LibreLanguage[]>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createLibreTranslateEngine(options: LibreTranslateOptions): LibreTranslateEngine {
  const baseUrl = trimBaseUrl(options.baseUrl);
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const label = options.label ?? `LibreTranslate at ${baseUrl}`;
  let languagesPromise: Promise<LibreLanguage[]> | null = null;

  async function call(path: string, body: object | null, signal?: AbortSignal): Promise<unknown> {
    const init: RequestInit = body
      ? { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }
      : { method: 'GET' };
    const answer = await requestJson({
      fetch: fetchFn,
      url: baseUrl + path,
      init,
      timeoutMs,
      signal,
      service: label,
    });
    const json = answer.body as { error?: unknown } | undefined;
    if (answer.status !== 200) {
      throw httpError(label, answer.status, typeof json?.error === 'string' ? json.error : undefined);
    }
    if (json === undefined) throw malformedError(label, 'not JSON: is this a LibreTranslate server?');
    return json;
  }

  function languages(signal?: AbortSignal): Promise<LibreLanguage[]> {
    languagesPromise ??= (async () => {
      const json = await call('/languages', null, signal);
      if (!Array.isArray(json)) throw malformedError(label, '/languages is not a list');
      return json.filter(
        (l): l is LibreLanguage =>
          typeof l === 'object' && l !== null && typeof (l as LibreLanguage).code === 'string',
      );
    })();
    const current = languagesPromise;
    current.catch(() => {
      if (languagesPromise === current) languagesPromise = null;
    });
    return current;
  }

  /** The server's own codes for the pair, or null. Servers without `targets` are trusted to do all pairs. */
  async function serverCodes(source: string, target: string, signal?: AbortSignal) {
    const list = await languages(signal);
    const find = (lang: string) =>
      list.find((l) => l.code === lang) ?? list.find((l) => normalizeLang(l.code) === lang);
    const from = find(normalizeLang(source));
    const to = find(normalizeLang(target));
    if (!from || !to || from === to) return null;
    if (Array.isArray(from.targets) && !from.targets.includes(to.code)) return null;
    return { source: from.code, target: to.code };
  }

  async function availability(
    source: string,
    target: string,
    signal?: AbortSignal,
  ): Promise<EngineAvailability> {
    try {
      const codes = await serverCodes(source, target, signal);
      if (codes) return { state: 'available', route: [codes.source, codes.target] };
      return { state: 'unavailable', reason: `${label} cannot translate ${source} → ${target}` };
    } catch (error) {
      if (error instanceof TranslationError && error.kind !== 'aborted') {
        return { state: 'unavailable', reason: error.message };
      }
      throw error;
    }
  }

  async function translateList(
    q: string[],
    codes: { source: string; target: string },
    format: 'html' | 'text',
    signal?: AbortSignal,
  ): Promise<string[]> {
    const body = {
      q,
      source: codes.source,
      target: codes.target,
      format,
      ...(options.apiKey ? { api_key: options.apiKey } : {}),
    };
    const json = (await call('/translate', body, signal)) as { translatedText?: unknown };
    const out = json.translatedText;
    if (!Array.isArray(out) || out.length !== q.length || !out.every((t) => typeof t === 'string')) {
      throw malformedError(label, `expected translatedText as a list of ${q.length}`);
    }
    return out as string[];
  }

  async function translate(
    blocks: string[],
    source: string,
    target: string,
    signal?: AbortSignal,
  ): Promise<TranslatedBatch> {
    if (signal?.aborted) throw abortedError();
    const codes = await serverCodes(source, target, signal);
    if (!codes)
      throw new TranslationError('unsupported-pair', `${label} cannot translate ${source} → ${target}`);
    if (blocks.length === 0) return { blocks: [], route: [codes.source, codes.target] };
    const prepared = blocks.map(normalizeBlockForServer);
    const outputs = await translateList(prepared, codes, 'html', signal);
    const repaired = await repairMarkup(prepared, outputs, (texts) =>
      translateList(texts, codes, 'text', signal),
    );
    return { blocks: repaired, route: [codes.source, codes.target] };
  }

  return { id: 'libretranslate', label, availability, translate, languages };
}
