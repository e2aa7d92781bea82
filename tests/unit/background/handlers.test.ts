// @vitest-environment node
// Node's own fetch to the loopback mock (jsdom's AbortSignal is not accepted by Node's fetch).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleRequest, type HandlerDeps } from '../../../src/background/handlers';
import type { Request } from '../../../src/messaging/protocol';
import { startLibreTranslateMock, type LibreTranslateMock } from '../../helpers/libretranslate-mock';

let mock: LibreTranslateMock | null = null;
afterEach(async () => {
  await mock?.stop();
  mock = null;
  vi.restoreAllMocks();
});

function deps(
  serverUrl: string,
  granted: string[] = [],
  translationService: 'libretranslate' | 'auto' = 'libretranslate',
): HandlerDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    settings: () => Promise.resolve({ serverUrl, apiKey: 'k-1', translationService }),
    isGranted: (origin) => {
      asked.push(origin);
      return Promise.resolve(granted.includes(origin));
    },
  };
}

const translate = (extra: Record<string, unknown> = {}): Request =>
  ({ type: 'translate:server', source: 'fr', target: 'en', blocks: ['Bonjour'], ...extra }) as Request;

describe('background requests to the reader’s server (security review F3, F4)', () => {
  it('uses the stored server and key, whatever address and key the message carries', async () => {
    mock = await startLibreTranslateMock({ apiKey: 'k-1' });
    const reply = await handleRequest(
      translate({ engine: 'apertium', server: 'http://127.0.0.1:9', apiKey: 'from-page' }),
      deps(mock.url),
    );
    expect(reply).toEqual({ ok: true, blocks: ['[en] Bonjour'], label: 'LibreTranslate (your server)' });
    expect(mock.requests.map((r) => r.path)).toContain('/translate');
  });

  it('names the engine, never the address, in what reaches the page', async () => {
    mock = await startLibreTranslateMock({ apiKey: 'k-1' });
    const reply = await handleRequest(
      { type: 'translate:availability', source: 'fr', target: 'ru' },
      deps(mock.url),
    );
    expect(JSON.stringify(reply)).not.toContain(mock.url);
    expect(JSON.stringify(reply)).toContain('LibreTranslate (your server)');
  });

  it('sends nothing to a remote server the reader has not granted (an imported address)', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const denied = deps('https://translate.example.com');
    const reply = await handleRequest(translate(), denied);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/not allowed yet.*Options/) });
    expect(denied.asked).toEqual(['https://translate.example.com/*']);
    const availability = await handleRequest(
      { type: 'translate:availability', source: 'fr', target: 'en' },
      denied,
    );
    expect(availability).toMatchObject({ ok: false });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reaches a granted remote server', async () => {
    const answers: Record<string, unknown> = {
      '/languages': [
        { code: 'fr', name: 'French', targets: ['en'] },
        { code: 'en', name: 'English', targets: ['fr'] },
      ],
      '/translate': { translatedText: ['Hello'] },
    };
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input) =>
        Promise.resolve(new Response(JSON.stringify(answers[new URL(String(input)).pathname]))),
      );
    const reply = await handleRequest(
      translate(),
      deps('https://translate.example.com', ['https://translate.example.com/*']),
    );
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, blocks: ['Hello'] });
    expect(fetchSpy.mock.calls.map(([url]) => String(url))).toContain(
      'https://translate.example.com/translate',
    );
  });

  it('tests an address only for the options page, and only a reachable one', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const test: Request = { type: 'translate:test', engine: 'libretranslate', server: 'http://127.0.0.1:9' };
    expect(await handleRequest(test, deps(''))).toEqual({ ok: false, error: 'not allowed from a web page' });
    const remote: Request = { ...test, server: 'https://elsewhere.example' } as Request;
    expect(await handleRequest(remote, deps(''), { fromExtensionPage: true })).toMatchObject({ ok: false });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('probes the stored server on "auto" and names no address when it answers neither API', async () => {
    mock = await startLibreTranslateMock({ apiKey: 'k-1' });
    const probe = { type: 'translate:probe' } as Request;
    expect(await handleRequest(probe, deps(mock.url, [], 'auto'))).toEqual({
      ok: true,
      engine: 'libretranslate',
    });
    const closed = 'http://127.0.0.1:9';
    const reply = await handleRequest(probe, deps(closed, [], 'auto'));
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).not.toContain('127.0.0.1');
  });
});
