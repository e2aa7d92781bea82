// @vitest-environment node
// Node's own fetch to the loopback mock: jsdom's AbortSignal is not accepted by Node's fetch.

import { afterEach, describe, expect, it } from 'vitest';
import { TranslationError } from '../../../src/translate/errors';
import { createLibreTranslateEngine } from '../../../src/translate/libretranslate';
import { engineStatusLabel } from '../../../src/translate/run-translation';
import { freePort } from '../../helpers/apertium-server';
import { startLibreTranslateMock, type LibreTranslateMock } from '../../helpers/libretranslate-mock';

let mock: LibreTranslateMock | null = null;
afterEach(async () => {
  await mock?.stop();
  mock = null;
});

async function rejection(promise: Promise<unknown>): Promise<TranslationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslationError);
  return error as TranslationError;
}

const blocks = [
  'Le Dogecoin (DOGE), souvent présenté comme le <em>premier meme coin</em>, figure parmi les meilleures performances.',
  'Selon <a href="https://intotheblock.com/">IntoTheBlock</a>, le volume a bondi de près de 100&nbsp;%.',
];

describe('LibreTranslate client', () => {
  it('sends q as a list, format html and the API key, and keeps markup', async () => {
    mock = await startLibreTranslateMock({ apiKey: 'k-123' });
    const engine = createLibreTranslateEngine({ baseUrl: mock.url, apiKey: 'k-123' });
    const a = await engine.availability('fr-FR', 'en');
    expect(a).toEqual({ state: 'available', route: ['fr', 'en'] });
    expect(engineStatusLabel(engine, a)).toBe(`LibreTranslate at ${mock.url} (fr → en)`);
    const out = await engine.translate(blocks, 'fr', 'en');
    expect(out.blocks[0]).toBe(
      '[en] Le Dogecoin (DOGE), souvent présenté comme le <em>[en] premier meme coin</em>[en] , figure parmi les meilleures performances.',
    );
    expect(out.blocks[1]).toContain('<a href="https://intotheblock.com/">[en] IntoTheBlock</a>');
    const post = mock.requests.filter((r) => r.path === '/translate');
    expect(post).toHaveLength(1);
    expect(post[0]?.method).toBe('POST');
    expect(post[0]?.body).toEqual({
      q: [
        blocks[0],
        'Selon <a href="https://intotheblock.com/">IntoTheBlock</a>, le volume a bondi de près de 100 %.',
      ],
      source: 'fr',
      target: 'en',
      format: 'html',
      api_key: 'k-123',
    });
    // /languages is fetched once and cached.
    await engine.translate(blocks.slice(0, 1), 'fr', 'en');
    expect(mock.requests.filter((r) => r.path === '/languages')).toHaveLength(1);
  });

  it('omits api_key when none is set and maps zh to the server code zh-Hans', async () => {
    mock = await startLibreTranslateMock();
    const engine = createLibreTranslateEngine({ baseUrl: mock.url });
    const out = await engine.translate(['Bitcoin ETF inflows hit a record.'], 'en', 'zh-CN');
    expect(out.route).toEqual(['en', 'zh-Hans']);
    const body = mock.requests.find((r) => r.path === '/translate')?.body as Record<string, unknown>;
    expect(body).not.toHaveProperty('api_key');
    expect(body['target']).toBe('zh-Hans');
  });

  it('falls back to text runs when the server breaks the markup', async () => {
    mock = await startLibreTranslateMock({
      // A server that drops tags in html mode but translates text.
      translate: (q, _s, target, format) =>
        format === 'html' ? `[${target}] ${q.replace(/<[^>]*>/g, '')}` : `[${target}] ${q}`,
    });
    const engine = createLibreTranslateEngine({ baseUrl: mock.url });
    const out = await engine.translate([blocks[1] ?? ''], 'fr', 'en');
    expect(out.blocks[0]).toBe(
      '[en] Selon <a href="https://intotheblock.com/">[en] IntoTheBlock</a>[en] , le volume a bondi de près de 100 %.',
    );
    const formats = mock.requests
      .filter((r) => r.path === '/translate')
      .map((r) => (r.body as { format: string }).format);
    expect(formats).toEqual(['html', 'text']);
  });

  it('reports unsupported pairs, a wrong key, HTTP 500, malformed answers, a closed port', async () => {
    mock = await startLibreTranslateMock({
      apiKey: 'right',
      respond: (req, res) => {
        const q = (req.body as { q?: string[] } | undefined)?.q;
        if (req.path === '/translate' && q?.[0] === 'boom') {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end('{"error":"Argos model crashed"}');
          return true;
        }
        if (req.path === '/translate' && q?.[0] === 'short') {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end('{"translatedText":"not a list"}');
          return true;
        }
        return false;
      },
    });
    const engine = createLibreTranslateEngine({ baseUrl: mock.url, apiKey: 'right' });
    const ru = await engine.availability('fr', 'ru');
    expect(ru).toEqual({
      state: 'unavailable',
      reason: `LibreTranslate at ${mock.url} cannot translate fr → ru`,
    });
    expect((await rejection(engine.translate(['x'], 'fr', 'ru'))).kind).toBe('unsupported-pair');

    const wrongKey = await rejection(
      createLibreTranslateEngine({ baseUrl: mock.url, apiKey: 'wrong' }).translate(['x'], 'fr', 'en'),
    );
    expect(wrongKey.message).toBe(`LibreTranslate at ${mock.url} answered HTTP 403: Invalid API key`);

    const crash = await rejection(engine.translate(['boom'], 'fr', 'en'));
    expect(crash).toMatchObject({ kind: 'http-error', status: 500 });
    expect(crash.message).toContain('Argos model crashed');

    const malformed = await rejection(engine.translate(['short'], 'fr', 'en'));
    expect(malformed.kind).toBe('malformed-response');
    expect(malformed.message).toContain('expected translatedText as a list of 1');

    const port = await freePort();
    const down = createLibreTranslateEngine({ baseUrl: `http://127.0.0.1:${port}` });
    expect((await rejection(down.translate(['x'], 'fr', 'en'))).kind).toBe('server-down');
    expect((await down.availability('fr', 'en')).reason).toMatch(/is not reachable/);
  });

  it('times out on a server that never answers', async () => {
    mock = await startLibreTranslateMock({ respond: (req) => req.path === '/translate' });
    const engine = createLibreTranslateEngine({ baseUrl: mock.url, timeoutMs: 250 });
    const error = await rejection(engine.translate(['Bonjour.'], 'fr', 'en'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`LibreTranslate at ${mock.url} did not answer within 0.3 s`);
  });
});
