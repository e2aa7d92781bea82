// @vitest-environment node
// Node's own fetch to loopback: jsdom's AbortSignal is not accepted by Node's fetch.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApertiumEngine,
  describeRoute,
  findRoute,
  groupByBytes,
} from '../../../src/translate/apertium';
import { TranslationError } from '../../../src/translate/errors';
import { sameInlineMarkup } from '../../../src/translate/inline-html';
import {
  createTranslationCache,
  engineStatusLabel,
  translateProgressively,
} from '../../../src/translate/run-translation';
import { freePort, startApertium, type ApertiumServer } from '../../helpers/apertium-server';
import { closeServer } from '../../helpers/close-server';

const PAGE = new URL('../../fixtures/pages/bitget-news-fr-dogecoin-metric.html', import.meta.url);
const INLINE = new URL('../../fixtures/translate/fr-inline-blocks.json', import.meta.url);

/**
 * The article paragraphs of the French Bitget page, as the extractor would hand them over (innerHTML).
 * A regex suffices for this known fixture and keeps the file in the node environment without DOM typings.
 */
function articleBlocks(): string[] {
  const html = readFileSync(PAGE, 'utf8');
  const start = html.indexOf('<div class="news-detail__content rich-text">');
  const body = html.slice(start, html.indexOf('</div>', start));
  return [...body.matchAll(/<p(?: class="([^"]*)")?>([\s\S]*?)<\/p>/g)]
    .filter((m) => m[1] !== 'rich-text__promo' && m[1] !== 'rich-text__img')
    .map((m) => m[2] ?? '');
}
const inlineBlocks = (JSON.parse(readFileSync(INLINE, 'utf8')) as { blocks: string[] }).blocks;

let server: ApertiumServer;

beforeAll(async () => {
  server = await startApertium();
}, 40_000);

afterAll(async () => {
  await server?.stop();
});

async function rejection(promise: Promise<unknown>): Promise<TranslationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslationError);
  return error as TranslationError;
}

describe('Apertium APy, real server', () => {
  it('lists the installed pairs and finds direct and pivot routes', async () => {
    const engine = createApertiumEngine({ baseUrl: server.url + '/' });
    const pairs = await engine.listPairs();
    expect(pairs).toContainEqual({ sourceLanguage: 'fra', targetLanguage: 'spa' });
    expect(await engine.availability('fr', 'es')).toEqual({ state: 'available', route: ['fra', 'spa'] });
    const pivot = await engine.availability('fr-FR', 'en');
    expect(pivot).toEqual({ state: 'available', route: ['fra', 'spa', 'eng'] });
    expect(engineStatusLabel(engine, pivot)).toBe(`Apertium at ${server.url} (fr → es → en, via Spanish)`);
  });

  it('translates the French article fr → es in few requests, with timings', async () => {
    const blocks = articleBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const engine = createApertiumEngine({ baseUrl: server.url, fetch: counting });
    const t0 = performance.now();
    const first = await engine.translate(blocks.slice(0, 1), 'fr', 'es');
    const t1 = performance.now();
    const rest = await engine.translate(blocks.slice(1), 'fr', 'es');
    const t2 = performance.now();
    console.info(
      `[apertium fr→es] first call (listPairs + 1 block) ${(t1 - t0).toFixed(0)} ms; ` +
        `${blocks.length - 1} blocks in one batch ${(t2 - t1).toFixed(0)} ms; ${requests} HTTP requests`,
    );
    expect(first.blocks[0]).toContain('a menudo presentado');
    const all = [...first.blocks, ...rest.blocks];
    expect(all).toHaveLength(blocks.length);
    expect(all.join(' ')).toContain('ballenas'); // "baleines"
    expect(all.join(' ')).not.toMatch(/\*\p{L}/u); // markUnknown=no
    // listPairs + one request per call: the whole rest of the article fits in one joined request.
    expect(requests).toBe(3);
    // The "Voir aussi" links survive with their href.
    const withLink = all.filter((b) =>
      b.includes('<a href="https://www.bitget.com/news/detail/125606002948">'),
    );
    expect(withLink).toHaveLength(1);
    expect(withLink[0]).toMatch(/^Ver también/);
  });

  it('translates fr → en through Spanish, keeping links and emphasis', async () => {
    const engine = createApertiumEngine({ baseUrl: server.url });
    const t0 = performance.now();
    const out = await engine.translate(inlineBlocks, 'fr', 'en');
    const t1 = performance.now();
    const article = await engine.translate(articleBlocks(), 'fr', 'en');
    const t2 = performance.now();
    console.info(
      `[apertium fr→en pivot] ${inlineBlocks.length} inline blocks ${(t1 - t0).toFixed(0)} ms (incl. listPairs); ` +
        `whole article ${article.blocks.length} blocks ${(t2 - t1).toFixed(0)} ms`,
    );
    expect(out.route).toEqual(['fra', 'spa', 'eng']);
    expect(out.blocks[0]).toMatch(/^The Dogecoin/);
    expect(out.blocks[0]).toMatch(/<em>[^<]+<\/em>/);
    expect(out.blocks[1]).toContain('<a href="https://intotheblock.com/?ref=a&amp;b=1">IntoTheBlock</a>');
    expect(out.blocks[1]).toMatch(/<strong>[^<]*100[^<]*<\/strong>/);
    // l&#x27;écosystème was decoded before translation, so it is no longer an unknown word.
    expect(out.blocks[1]).not.toContain('&#x27;');
    expect(out.blocks[2]).toContain('<a href="https://www.coingecko.com/fr" title="CoinGecko">');
    for (const [i, block] of out.blocks.entries())
      expect(sameInlineMarkup(inlineBlocks[i] ?? '', block)).toBe(true);
    expect(article.blocks.join(' ')).toMatch(/whales/);
  });

  it('keeps escaped text escaped and plain characters plain', async () => {
    const engine = createApertiumEngine({ baseUrl: server.url });
    const { blocks } = await engine.translate(['Le prix &lt; 0,20 $ &amp; la capitalisation.'], 'fr', 'es');
    expect(blocks[0]).toContain('&lt; 0,20');
    expect(blocks[0]).toContain('&amp;');
    expect(blocks[0]).not.toContain('<0');
  });

  it('works with translateProgressively: visible blocks first, cached the second time', async () => {
    const blocks = articleBlocks();
    const engine = createApertiumEngine({ baseUrl: server.url });
    const cache = createTranslationCache();
    const seen: number[] = [];
    const opts = {
      // One batch in flight, so "visible first" is an order, not a race between two batches.
      concurrency: 1,
      batchSize: 3,
      timeoutMs: 15_000,
      order: [5, 6],
      cache,
      onBlock: (i: number) => seen.push(i),
    };
    const t0 = performance.now();
    const out = await translateProgressively(blocks, engine, 'fr', 'en', opts);
    const t1 = performance.now();
    expect(seen.slice(0, 2).sort()).toEqual([5, 6]);
    expect(new Set(seen).size).toBe(blocks.length);
    expect(out.every((b, i) => b !== blocks[i])).toBe(true);
    seen.length = 0;
    const again = await translateProgressively(blocks, engine, 'fr', 'en', opts);
    const t2 = performance.now();
    console.info(
      `[apertium fr→en progressive] batches of 3, concurrency 1: ${(t1 - t0).toFixed(0)} ms; cached rerun ${(t2 - t1).toFixed(1)} ms`,
    );
    expect(again).toEqual(out);
    expect(seen).toHaveLength(blocks.length);
  });

  it('says which pairs exist when asked for fr → ru', async () => {
    const engine = createApertiumEngine({ baseUrl: server.url });
    const a = await engine.availability('fr', 'ru');
    expect(a.state).toBe('unavailable');
    expect(a.reason).toMatch(/cannot translate fr → ru \(installed pairs: .*fra→spa/);
    const error = await rejection(engine.translate(['Bonjour.'], 'fr', 'ru'));
    expect(error.kind).toBe('unsupported-pair');
  });
});

describe('Apertium failures', () => {
  let fake: Server;
  let fakeUrl: string;
  beforeAll(async () => {
    fake = createServer((req, res) => {
      const path = req.url ?? '';
      if (path.startsWith('/listPairs') && req.headers['x-case'] !== 'pairs-broken') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            responseData: [{ sourceLanguage: 'fra', targetLanguage: 'spa' }],
            responseStatus: 200,
          }),
        );
        return;
      }
      const mode = req.headers['x-case'];
      if (mode === 'slow') return; // never answers
      if (mode === 'html') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html><body>Welcome to nginx!</body></html>');
        return;
      }
      if (mode === 'pairs-broken') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"responseData": "oops"}');
        return;
      }
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          status: 'error',
          code: 500,
          message: 'Internal Server Error',
          explanation: 'Pipeline crashed',
        }),
      );
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  });
  afterAll(() => closeServer(fake));

  const withCase =
    (mode: string): typeof fetch =>
    (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-case': mode } });

  it('reports a server that is down (closed port)', async () => {
    const port = await freePort();
    const engine = createApertiumEngine({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await rejection(engine.translate(['Bonjour.'], 'fr', 'es'));
    expect(error.kind).toBe('server-down');
    expect(error.message).toMatch(new RegExp(`^Apertium at http://127.0.0.1:${port} is not reachable`));
    const a = await engine.availability('fr', 'es');
    expect(a).toMatchObject({ state: 'unavailable', reason: expect.stringContaining('is not reachable') });
  });

  it('reports HTTP 500 with the server explanation', async () => {
    const engine = createApertiumEngine({ baseUrl: fakeUrl, fetch: withCase('500') });
    const error = await rejection(engine.translate(['Bonjour.'], 'fr', 'es'));
    expect(error.kind).toBe('http-error');
    expect(error.status).toBe(500);
    expect(error.message).toBe(`Apertium at ${fakeUrl} answered HTTP 500: Pipeline crashed`);
  });

  it('times out', async () => {
    const engine = createApertiumEngine({ baseUrl: fakeUrl, fetch: withCase('slow'), timeoutMs: 300 });
    // The fake never answers 'slow': that the rejection comes at all is the timeout working (no wall clock).
    const error = await rejection(engine.translate(['Bonjour.'], 'fr', 'es'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`Apertium at ${fakeUrl} did not answer within 0.3 s`);
  });

  it('rejects a non-APy answer as malformed', async () => {
    const html = await rejection(
      createApertiumEngine({ baseUrl: fakeUrl, fetch: withCase('html') }).translate(['Bonjour.'], 'fr', 'es'),
    );
    expect(html.kind).toBe('malformed-response');
    expect(html.message).toMatch(/unexpected answer \(not JSON/);
    const pairs = await rejection(
      createApertiumEngine({ baseUrl: fakeUrl, fetch: withCase('pairs-broken') }).listPairs(),
    );
    expect(pairs.kind).toBe('malformed-response');
  });

  it('stops when the caller aborts', async () => {
    const engine = createApertiumEngine({ baseUrl: fakeUrl, fetch: withCase('slow'), timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = engine.translate(['Bonjour.'], 'fr', 'es', controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect((await rejection(pending)).kind).toBe('aborted');
  });
});

describe('Apertium answers that lose structure', () => {
  const pairsAnswer = () =>
    new Response(JSON.stringify({ responseData: [{ sourceLanguage: 'fra', targetLanguage: 'spa' }] }), {
      status: 200,
    });
  const answer = (text: string) =>
    new Response(JSON.stringify({ responseData: { translatedText: text }, responseStatus: 200 }), {
      status: 200,
    });

  it('retries block by block when a separator is lost, and by text runs when a tag is lost', async () => {
    const sent: string[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/listPairs')) return pairsAnswer();
      const q = new URLSearchParams(String(init?.body)).get('q') ?? '';
      sent.push(q);
      // A server that eats separators and drops <em> tags, but translates text runs fine.
      return answer(`ES(${q.replace(/<hr data-unshill-block="\d+">/g, ' ').replace(/<\/?em>/g, '')})`);
    };
    const engine = createApertiumEngine({ baseUrl: 'http://127.0.0.1:9', fetch: fakeFetch });
    const out = await engine.translate(['Un <em>chat</em> noir.', 'Deux chiens.'], 'fr', 'es');
    expect(sent[0]).toBe('Un <em>chat</em> noir.<hr data-unshill-block="1">Deux chiens.');
    expect(sent.slice(1, 3)).toEqual(['Un <em>chat</em> noir.', 'Deux chiens.']);
    expect(out.blocks[1]).toBe('ES(Deux chiens.)');
    expect(out.blocks[0]).toBe('ES(Un) <em>ES(chat)</em> ES(noir.)');
  });
});

describe('Apertium helpers', () => {
  const pairs = [
    { sourceLanguage: 'fra', targetLanguage: 'spa' },
    { sourceLanguage: 'spa', targetLanguage: 'eng' },
    { sourceLanguage: 'spa', targetLanguage: 'eng_US' },
    { sourceLanguage: 'eng', targetLanguage: 'spa' },
  ];
  it('finds direct, pivot and no routes', () => {
    expect(findRoute(pairs, 'fra', 'spa', ['spa'])).toEqual(['fra', 'spa']);
    expect(findRoute(pairs, 'fra', 'eng', ['cat', 'spa'])).toEqual(['fra', 'spa', 'eng']);
    expect(findRoute(pairs, 'eng', 'fra', ['spa'])).toBeNull();
    expect(findRoute(pairs, 'fra', 'fra', ['spa'])).toBeNull();
  });
  it('groups blocks under the byte budget, a long block alone', () => {
    const groups = groupByBytes(['é'.repeat(100), 'b'.repeat(100), 'c'.repeat(500), 'd'], 300);
    expect(groups.map((g) => g.length)).toEqual([1, 1, 1, 1]);
    expect(groups.flat()).toHaveLength(4);
    expect(groupByBytes(['a', 'b', 'c'], 3800)).toEqual([['a', 'b', 'c']]);
  });
  it('describes routes', () => {
    expect(describeRoute(['fra', 'spa'])).toBe('fr → es');
    expect(describeRoute(['fra', 'spa', 'eng'])).toBe('fr → es → en, via Spanish');
  });
});
