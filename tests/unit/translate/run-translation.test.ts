import { describe, expect, it } from 'vitest';
import { TranslationError } from '../../../src/translate/errors';
import {
  createTranslationCache,
  pickEngine,
  translateProgressively,
  type PickContext,
} from '../../../src/translate/run-translation';
import type {
  AvailabilityState,
  EngineAvailability,
  EngineId,
  TranslationEngine,
} from '../../../src/translate/types';

const ARTICLE = [
  'Le Dogecoin (DOGE) figure actuellement parmi les meilleures performances du marché.',
  'Son prix a grimpé de plus de 30 % sur une semaine.',
  '',
  'Les principaux indicateurs de l’écosystème de l’actif ont eux aussi décollé.',
  'Le volume d’échange du DOGE sur les dernières 24 heures est impressionnant.',
  'Le dernier rallye du Dogecoin coïncide avec une légère reprise du marché.',
  'Ce transfert a suscité des spéculations dans la communauté crypto.',
];

interface FakeOptions {
  id?: EngineId;
  state?: AvailabilityState;
  delayMs?: number;
  failOn?: string;
  route?: string[];
}

function fakeEngine(opts: FakeOptions = {}) {
  const batches: string[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const engine: TranslationEngine = {
    id: opts.id ?? 'apertium',
    label: `Fake ${opts.id ?? 'apertium'}`,
    availability: async (): Promise<EngineAvailability> => ({
      state: opts.state ?? 'available',
      ...(opts.route ? { route: opts.route } : {}),
      ...(opts.state === 'unavailable' ? { reason: `Fake ${opts.id ?? 'apertium'} is not reachable` } : {}),
    }),
    translate: async (blocks, _s, target, signal) => {
      batches.push(blocks);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, opts.delayMs ?? 5);
          signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
        if (opts.failOn && blocks.some((b) => b.includes(opts.failOn ?? ''))) {
          throw new TranslationError('http-error', 'Fake answered HTTP 500', 500);
        }
        return { blocks: blocks.map((b) => `[${target}] ${b}`) };
      } finally {
        inFlight--;
      }
    },
  };
  return { engine, batches, maxInFlight: () => maxInFlight };
}

const base = { concurrency: 2, batchSize: 2, timeoutMs: 2000 };

describe('translateProgressively', () => {
  it('translates visible blocks first, in batches, at most `concurrency` at once', async () => {
    const fake = fakeEngine({ delayMs: 20 });
    const order: number[] = [];
    const out = await translateProgressively(ARTICLE, fake.engine, 'fr', 'en', {
      ...base,
      order: [4, 5, 99, 4],
      onBlock: (i) => order.push(i),
    });
    expect(out[0]).toBe(`[en] ${ARTICLE[0]}`);
    expect(out[2]).toBe(''); // blank block: no request
    expect(order[0]).toBe(2); // delivered at once
    expect(order.slice(1, 3)).toEqual([4, 5]);
    expect(fake.batches[0]).toEqual([ARTICLE[4], ARTICLE[5]]);
    expect(fake.batches.every((b) => b.length <= 2)).toBe(true);
    expect(fake.batches.flat()).toHaveLength(6);
    expect(fake.maxInFlight()).toBe(2);
  });

  it('serves repeated runs from the per-article cache', async () => {
    const fake = fakeEngine();
    const cache = createTranslationCache();
    const first = await translateProgressively(ARTICLE, fake.engine, 'fr', 'en', {
      ...base,
      cache,
      onBlock: () => {},
    });
    const requests = fake.batches.length;
    const delivered: number[] = [];
    const second = await translateProgressively(ARTICLE, fake.engine, 'fr', 'en', {
      ...base,
      cache,
      onBlock: (i) => delivered.push(i),
    });
    expect(second).toEqual(first);
    expect(fake.batches.length).toBe(requests);
    expect(delivered).toHaveLength(ARTICLE.length);
    // Another target is another cache entry.
    await translateProgressively(ARTICLE.slice(0, 1), fake.engine, 'fr', 'es', {
      ...base,
      cache,
      onBlock: () => {},
    });
    expect(fake.batches.length).toBe(requests + 1);
  });

  it('stops on the first error and reports it', async () => {
    const fake = fakeEngine({ failOn: 'Son prix' });
    const delivered: number[] = [];
    const error = await translateProgressively(ARTICLE, fake.engine, 'fr', 'en', {
      ...base,
      concurrency: 1,
      onBlock: (i) => delivered.push(i),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslationError);
    expect((error as TranslationError).message).toBe('Fake answered HTTP 500');
    expect(fake.batches).toHaveLength(1);
    expect(delivered).toEqual([2]);
  });

  it('aborts in flight and times out slow batches', async () => {
    const slow = fakeEngine({ delayMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const aborted = await translateProgressively(ARTICLE, slow.engine, 'fr', 'en', {
      ...base,
      signal: controller.signal,
      onBlock: () => {},
    }).catch((e: unknown) => e);
    expect((aborted as TranslationError).kind).toBe('aborted');

    const timedOut = await translateProgressively(ARTICLE, slow.engine, 'fr', 'en', {
      ...base,
      timeoutMs: 50,
      onBlock: () => {},
    }).catch((e: unknown) => e);
    expect((timedOut as TranslationError).kind).toBe('timeout');
    expect((timedOut as TranslationError).message).toBe('Fake apertium took longer than 50 ms for one batch');
  });
});

describe('pickEngine', () => {
  const ctx = (over: Partial<PickContext>): PickContext => ({
    source: 'fr',
    target: 'en',
    publisherEditionUrl: null,
    chrome: null,
    server: null,
    ...over,
  });
  const edition = 'https://www.bitget.com/news/detail/12560603991422';

  it('auto: the publisher edition first', async () => {
    const pick = await pickEngine(
      'auto',
      ctx({ publisherEditionUrl: edition, chrome: fakeEngine({ id: 'chrome' }).engine }),
    );
    expect(pick).toEqual({ kind: 'publisher', url: edition, label: 'Publisher’s edition' });
  });

  it('auto: Chrome when its model is ready, else a ready server, else Chrome with a download', async () => {
    const server = fakeEngine({ route: ['fra', 'spa', 'eng'] }).engine;
    const ready = await pickEngine('auto', ctx({ chrome: fakeEngine({ id: 'chrome' }).engine, server }));
    expect(ready).toMatchObject({ kind: 'engine', label: 'Fake chrome' });
    const download = fakeEngine({ id: 'chrome', state: 'downloadable' }).engine;
    const viaServer = await pickEngine('auto', ctx({ chrome: download, server }));
    expect(viaServer).toMatchObject({ kind: 'engine', label: 'Fake apertium (fr → es → en, via Spanish)' });
    const down = fakeEngine({ state: 'unavailable' }).engine;
    expect(await pickEngine('auto', ctx({ chrome: download, server: down }))).toMatchObject({
      kind: 'engine',
      availability: { state: 'downloadable' },
    });
  });

  it('auto: a clear message when nothing can translate', async () => {
    expect(await pickEngine('auto', ctx({}))).toEqual({
      kind: 'none',
      message: 'No translation service available for fr → en: configure one in Options',
    });
    const noChrome = fakeEngine({ id: 'chrome', state: 'unavailable' }).engine;
    const down = fakeEngine({ state: 'unavailable' }).engine;
    expect(await pickEngine('auto', ctx({ chrome: noChrome, server: down }))).toEqual({
      kind: 'none',
      message: 'No translation service available for fr → en: Fake apertium is not reachable',
    });
  });

  it('explicit choices use only that service', async () => {
    const libre = fakeEngine({ id: 'libretranslate', route: ['fr', 'en'] }).engine;
    expect(
      await pickEngine('libretranslate', ctx({ server: libre, publisherEditionUrl: edition })),
    ).toMatchObject({
      kind: 'engine',
      label: 'Fake libretranslate (fr → en)',
    });
    expect(await pickEngine('apertium', ctx({ server: libre }))).toEqual({
      kind: 'none',
      message: 'No translation service available for fr → en: set the Apertium server address in Options',
    });
    expect(await pickEngine('publisher', ctx({}))).toMatchObject({ kind: 'none' });
    expect(await pickEngine('chrome', ctx({}))).toEqual({
      kind: 'none',
      message: 'No translation service available for fr → en: this browser has no on-device translator',
    });
    expect(await pickEngine('chrome', ctx({ source: 'en-US', target: 'en' }))).toEqual({
      kind: 'none',
      message: 'The article is already in en',
    });
  });
});
