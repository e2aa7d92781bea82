// Apertium APy client (https://wiki.apertium.org/wiki/Apertium-apy). Runs in the background.
//
// Facts measured against apertium-apy 0.12 (Debian):
// - /translate deformats HTML by default (deformat=html, reformat=html-noent): `<a href>`, `<em>`,
//   `<strong>` come back with attributes intact; `format=html` changes nothing. Tags may move to a
//   neighbouring word when the pair reorders words ("<em>black</em> cat" → "<em>gato</em> negro").
// - The HTML deformatter ends a sentence at block tags, so `<hr>` separators keep blocks from influencing
//   each other: several blocks travel in one request and are split again afterwards.
// - APy cuts input into pieces of PIPE_BUF (4096) bytes at a '.' or space (possibly inside a tag) and drops
//   everything after 10 pieces, so one request stays under MAX_REQUEST_BYTES.
// - `markUnknown=no` drops the '*' before unknown words (names like Dogecoin are unknown to it).

import { abortedError, TranslationError } from './errors';
import { httpError, malformedError, requestJson, trimBaseUrl } from './http';
import { normalizeBlockForServer, repairMarkup, escapeText } from './inline-html';
import { fromIso639_3, languageName, toIso639_3 } from './languages';
import type { EngineAvailability, FetchLike, TranslatedBatch, TranslationEngine } from './types';

export interface ApertiumOptions {
  /** e.g. "http://127.0.0.1:2737" */
  baseUrl: string;
  /** How statuses and errors name the server; pages get "Apertium (your server)", never the address. */
  label?: string;
  fetch?: FetchLike;
  /** Per HTTP request. APy's own pipeline timeout is 10 s. */
  timeoutMs?: number;
  /** Languages tried, in order, as the middle of a two-step route when no direct pair exists. */
  pivots?: string[];
}

export interface ApertiumPair {
  sourceLanguage: string;
  targetLanguage: string;
}

export interface ApertiumEngine extends TranslationEngine {
  readonly id: 'apertium';
  /** Installed pairs, fetched once and kept (a failed fetch is retried next time). */
  listPairs(signal?: AbortSignal): Promise<ApertiumPair[]>;
}

/** Under APy's 4096-byte pipe chunk, leaving room for the separators. */
export const MAX_REQUEST_BYTES = 3800;
const DEFAULT_TIMEOUT_MS = 15_000;
/** Spanish first: the pairs most often installed with French, Catalan, Portuguese and English go through it. */
const DEFAULT_PIVOTS = ['spa', 'eng', 'cat', 'fra'];

const SEPARATOR = (i: number) => `<hr data-unshill-block="${i}">`;
const SEPARATOR_PATTERN = /<hr data-unshill-block="\d+">/;

export function createApertiumEngine(options: ApertiumOptions): ApertiumEngine {
  const baseUrl = trimBaseUrl(options.baseUrl);
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pivots = options.pivots ?? DEFAULT_PIVOTS;
  const label = options.label ?? `Apertium at ${baseUrl}`;
  let pairsPromise: Promise<ApertiumPair[]> | null = null;

  async function getJson(path: string, body: URLSearchParams | null, signal?: AbortSignal): Promise<unknown> {
    const init: RequestInit = body
      ? { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }
      : { method: 'GET' };
    const answer = await requestJson({
      fetch: fetchFn,
      url: baseUrl + path,
      init,
      timeoutMs,
      signal,
      service: label,
    });
    const json = answer.body as
      { responseStatus?: unknown; explanation?: unknown; message?: unknown } | undefined;
    if (answer.status !== 200) {
      const explanation = typeof json?.explanation === 'string' ? json.explanation : undefined;
      throw httpError(label, answer.status, explanation);
    }
    if (json === undefined || typeof json !== 'object' || json === null) {
      throw malformedError(label, 'not JSON: is this an Apertium APy server?');
    }
    return json;
  }

  function listPairs(signal?: AbortSignal): Promise<ApertiumPair[]> {
    pairsPromise ??= (async () => {
      const json = (await getJson('/listPairs', null, signal)) as { responseData?: unknown };
      if (!Array.isArray(json.responseData)) throw malformedError(label, 'no responseData in /listPairs');
      return json.responseData.filter(
        (p): p is ApertiumPair =>
          typeof p === 'object' &&
          p !== null &&
          typeof (p as ApertiumPair).sourceLanguage === 'string' &&
          typeof (p as ApertiumPair).targetLanguage === 'string',
      );
    })();
    const current = pairsPromise;
    current.catch(() => {
      if (pairsPromise === current) pairsPromise = null;
    });
    return current;
  }

  async function route(source: string, target: string, signal?: AbortSignal): Promise<string[] | null> {
    const from = toIso639_3(source);
    const to = toIso639_3(target);
    if (!from || !to) return null;
    return findRoute(await listPairs(signal), from, to, pivots);
  }

  async function availability(
    source: string,
    target: string,
    signal?: AbortSignal,
  ): Promise<EngineAvailability> {
    try {
      const found = await route(source, target, signal);
      if (found) return { state: 'available', route: found };
      return { state: 'unavailable', reason: await unsupportedMessage(source, target, signal) };
    } catch (error) {
      if (error instanceof TranslationError && error.kind !== 'aborted') {
        return { state: 'unavailable', reason: error.message };
      }
      throw error;
    }
  }

  async function unsupportedMessage(source: string, target: string, signal?: AbortSignal): Promise<string> {
    const pairs = await listPairs(signal).catch(() => []);
    const installed = pairs.map((p) => `${p.sourceLanguage}→${p.targetLanguage}`).join(', ');
    return `${label} cannot translate ${source} → ${target} (installed pairs: ${installed || 'none'})`;
  }

  async function translateOnce(text: string, pair: string, signal?: AbortSignal): Promise<string> {
    const body = new URLSearchParams({ langpair: pair, q: text, markUnknown: 'no' });
    const json = (await getJson('/translate', body, signal)) as {
      responseData?: { translatedText?: unknown };
    };
    const translated = json.responseData?.translatedText;
    if (typeof translated !== 'string') throw malformedError(label, 'no responseData.translatedText');
    return translated;
  }

  /** One text through every step of the route (fra|spa then spa|eng for a pivot). */
  async function translateAlong(steps: string[], text: string, signal?: AbortSignal): Promise<string> {
    let current = text;
    for (let i = 0; i + 1 < steps.length; i++) {
      current = await translateOnce(current, `${steps[i]}|${steps[i + 1]}`, signal);
    }
    return current;
  }

  async function translateGroup(steps: string[], group: string[], signal?: AbortSignal): Promise<string[]> {
    if (group.length === 1) return [await translateAlong(steps, group[0] ?? '', signal)];
    const joined = group.map((block, i) => (i === 0 ? block : SEPARATOR(i) + block)).join('');
    const parts = (await translateAlong(steps, joined, signal)).split(SEPARATOR_PATTERN);
    if (parts.length === group.length) return parts;
    // A separator got lost or moved: translate this group block by block instead.
    const single: string[] = [];
    for (const block of group) single.push(await translateAlong(steps, block, signal));
    return single;
  }

  async function translate(
    blocks: string[],
    source: string,
    target: string,
    signal?: AbortSignal,
  ): Promise<TranslatedBatch> {
    if (signal?.aborted) throw abortedError();
    const steps = await route(source, target, signal);
    if (!steps)
      throw new TranslationError('unsupported-pair', await unsupportedMessage(source, target, signal));
    const prepared = blocks.map(normalizeBlockForServer);
    const outputs: string[] = [];
    for (const group of groupByBytes(prepared, MAX_REQUEST_BYTES)) {
      outputs.push(...(await translateGroup(steps, group, signal)));
    }
    const repaired = await repairMarkup(prepared, outputs, async (texts) => {
      const escaped = texts.map(escapeText);
      const out: string[] = [];
      for (const group of groupByBytes(escaped, MAX_REQUEST_BYTES)) {
        out.push(...(await translateGroup(steps, group, signal)));
      }
      return out;
    });
    return { blocks: repaired, route: steps };
  }

  return { id: 'apertium', label, availability, translate, listPairs };
}

/**
 * Direct pair if installed, else source → pivot → target through the first pivot with both pairs.
 * Codes are compared exactly, so the variant 'eng_US' is not mistaken for 'eng'.
 */
export function findRoute(
  pairs: ApertiumPair[],
  from: string,
  to: string,
  pivots: string[],
): string[] | null {
  if (from === to) return null;
  const has = (a: string, b: string) => pairs.some((p) => p.sourceLanguage === a && p.targetLanguage === b);
  if (has(from, to)) return [from, to];
  const candidates = [...pivots, ...new Set(pairs.map((p) => p.targetLanguage))];
  for (const pivot of candidates) {
    if (pivot !== from && pivot !== to && has(from, pivot) && has(pivot, to)) return [from, pivot, to];
  }
  return null;
}

/** Groups consecutive blocks so each joined request stays under `maxBytes` (a longer block goes alone). */
export function groupByBytes(blocks: string[], maxBytes: number): string[][] {
  const encoder = new TextEncoder();
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const block of blocks) {
    const bytes = encoder.encode(block).length + SEPARATOR(current.length).length;
    if (current.length > 0 && size + bytes > maxBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** "fr → es → en, via Spanish" for a route in Apertium codes. */
export function describeRoute(route: string[]): string {
  const short = route.map((code) => fromIso639_3(code) ?? code);
  const via =
    route.length > 2
      ? `, via ${route
          .slice(1, -1)
          .map((code) => languageName(code))
          .join(' and ')}`
      : '';
  return `${short.join(' → ')}${via}`;
}
