// Drives an engine over an article: visible blocks first, a few batches in flight, each block shown as
// soon as its batch returns, cached per article, cancelled by one signal. Also picks the engine.

import { describeRoute } from './apertium';
import { abortedError, isAbortError, TranslationError } from './errors';
import { normalizeLang } from './languages';
import type { EngineAvailability, TranslationEngine } from './types';

/** Translations of one article, keyed by engine, languages and block text; create one per article. */
export type TranslationCache = Map<string, string>;

export function createTranslationCache(): TranslationCache {
  return new Map();
}

function cacheKey(engine: TranslationEngine, source: string, target: string, text: string): string {
  return `${engine.id}\u0000${engine.label}\u0000${source}\u0000${target}\u0000${text}`;
}

export interface ProgressiveOptions {
  /** Batches in flight at once. 2 suits a self-hosted server on a laptop. */
  concurrency: number;
  /** Blocks per batch (the engine may split a batch further, e.g. Apertium by bytes). */
  batchSize: number;
  /** Per batch; a batch that takes longer fails the run with a 'timeout' error. */
  timeoutMs: number;
  /** Block indices in the order to translate them (visible first); missing ones follow in page order. */
  order?: number[];
  onBlock(index: number, html: string): void;
  signal?: AbortSignal;
  cache?: TranslationCache;
}

/**
 * Translates every block, calling `onBlock` as each arrives. Resolves with all translations in block
 * order; rejects with the first TranslationError (blocks already delivered stay delivered) or an
 * 'aborted' one when `signal` aborts. Blank blocks are returned as they are without a request.
 */
export async function translateProgressively(
  blocks: string[],
  engine: TranslationEngine,
  source: string,
  target: string,
  opts: ProgressiveOptions,
): Promise<string[]> {
  const results: (string | undefined)[] = new Array<string | undefined>(blocks.length);
  const cache = opts.cache ?? createTranslationCache();
  if (opts.signal?.aborted) throw abortedError();

  const pending: number[] = [];
  for (const index of priorityOrder(blocks.length, opts.order)) {
    const text = blocks[index] ?? '';
    const cached = cache.get(cacheKey(engine, source, target, text));
    if (!text.trim() || cached !== undefined) {
      results[index] = cached ?? text;
      opts.onBlock(index, results[index]);
    } else {
      pending.push(index);
    }
  }

  const batches: number[][] = [];
  const size = Math.max(1, opts.batchSize);
  for (let i = 0; i < pending.length; i += size) batches.push(pending.slice(i, i + size));

  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  let next = 0;
  let failure: unknown = null;

  async function worker(): Promise<void> {
    while (failure === null && next < batches.length) {
      const batch = batches[next++] ?? [];
      const texts = batch.map((i) => blocks[i] ?? '');
      const timeout = AbortSignal.timeout(opts.timeoutMs);
      try {
        const { blocks: out } = await engine.translate(
          texts,
          source,
          target,
          AbortSignal.any([signal, timeout]),
        );
        if (out.length !== texts.length) {
          throw new TranslationError(
            'malformed-response',
            `${engine.label} returned ${out.length} of ${texts.length} blocks`,
          );
        }
        batch.forEach((index, k) => {
          const html = out[k] ?? '';
          results[index] = html;
          cache.set(cacheKey(engine, source, target, texts[k] ?? ''), html);
          if (!signal.aborted) opts.onBlock(index, html);
        });
      } catch (error) {
        if (failure !== null) return;
        if (opts.signal?.aborted) failure = abortedError();
        else if (timeout.aborted && (isAbortError(error) || isTimeout(error))) {
          failure = new TranslationError(
            'timeout',
            `${engine.label} took longer than ${opts.timeoutMs} ms for one batch`,
          );
        } else failure = error;
        stop.abort();
      }
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(opts.concurrency, batches.length)) }, worker);
  await Promise.all(workers);
  if (failure !== null) throw failure;
  if (opts.signal?.aborted) throw abortedError();
  return results.map((r, i) => r ?? blocks[i] ?? '');
}

function isTimeout(error: unknown): boolean {
  return error instanceof TranslationError && error.kind === 'timeout';
}

function priorityOrder(length: number, order: number[] | undefined): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const i of [...(order ?? []), ...Array.from({ length }, (_, k) => k)]) {
    if (Number.isInteger(i) && i >= 0 && i < length && !seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  }
  return out;
}

export type TranslationService = 'auto' | 'publisher' | 'chrome' | 'libretranslate' | 'apertium';

export interface PickContext {
  source: string;
  target: string;
  /** From findPublisherEdition(); null when the page announces none. */
  publisherEditionUrl: string | null;
  /** The on-device engine where the browser has one (content script side). */
  chrome: TranslationEngine | null;
  /** The server from Options (LibreTranslate or Apertium), or null when none is configured. */
  server: TranslationEngine | null;
  signal?: AbortSignal;
}

export type EnginePick =
  | { kind: 'publisher'; url: string; label: string }
  | { kind: 'engine'; engine: TranslationEngine; availability: EngineAvailability; label: string }
  | { kind: 'none'; message: string };

/** Status line for an engine: "Apertium at http://127.0.0.1:2737 (fr → es → en, via Spanish)". */
export function engineStatusLabel(engine: TranslationEngine, availability: EngineAvailability): string {
  const route = availability.route;
  if (engine.id === 'apertium' && route && route.length > 1)
    return `${engine.label} (${describeRoute(route)})`;
  if (route && route.length > 1)
    return `${engine.label} (${route.map((c) => normalizeLang(c) || c).join(' → ')})`;
  return engine.label;
}

function noService(source: string, target: string, why = 'configure one in Options'): EnginePick {
  return { kind: 'none', message: `No translation service available for ${source} → ${target}: ${why}` };
}

async function check(engine: TranslationEngine, ctx: PickContext): Promise<EngineAvailability> {
  try {
    return await engine.availability(ctx.source, ctx.target, ctx.signal);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { state: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
}

function usePick(engine: TranslationEngine, availability: EngineAvailability): EnginePick {
  return { kind: 'engine', engine, availability, label: engineStatusLabel(engine, availability) };
}

/**
 * auto: the publisher's edition; else Chrome on-device if its model is ready; else the configured server;
 * else Chrome with a model download (the click allows it); else a message saying what to do. A ready
 * server beats a download because it answers now, and nothing leaves the browser to a server the reader
 * did not set up. An explicit choice uses only that service and says why when it cannot.
 */
export async function pickEngine(service: TranslationService, ctx: PickContext): Promise<EnginePick> {
  const { source, target } = ctx;
  if (normalizeLang(source) && normalizeLang(source) === normalizeLang(target)) {
    return { kind: 'none', message: `The article is already in ${target}` };
  }
  const publisher = (): EnginePick | null =>
    ctx.publisherEditionUrl
      ? { kind: 'publisher', url: ctx.publisherEditionUrl, label: 'Publisher’s edition' }
      : null;

  switch (service) {
    case 'publisher':
      return publisher() ?? noService(source, target, 'the publisher offers no edition in this language');
    case 'chrome': {
      if (!ctx.chrome) return noService(source, target, 'this browser has no on-device translator');
      const a = await check(ctx.chrome, ctx);
      return a.state === 'unavailable'
        ? noService(source, target, a.reason ?? 'Chrome cannot translate it')
        : usePick(ctx.chrome, a);
    }
    case 'libretranslate':
    case 'apertium': {
      const name = service === 'apertium' ? 'Apertium' : 'LibreTranslate';
      if (!ctx.server || ctx.server.id !== service) {
        return noService(source, target, `set the ${name} server address in Options`);
      }
      const a = await check(ctx.server, ctx);
      return a.state === 'available'
        ? usePick(ctx.server, a)
        : noService(source, target, a.reason ?? `${name} cannot translate it`);
    }
    case 'auto': {
      const edition = publisher();
      if (edition) return edition;
      const chrome = ctx.chrome ? await check(ctx.chrome, ctx) : null;
      if (ctx.chrome && chrome?.state === 'available') return usePick(ctx.chrome, chrome);
      const server = ctx.server ? await check(ctx.server, ctx) : null;
      if (ctx.server && server?.state === 'available') return usePick(ctx.server, server);
      if (ctx.chrome && chrome && chrome.state !== 'unavailable') return usePick(ctx.chrome, chrome);
      if (server?.reason) return noService(source, target, server.reason);
      return noService(source, target);
    }
  }
}
