import { beforeEach, describe, expect, it } from 'vitest';
import { forgetServerKinds, serverKind } from '../../../src/translate/server-kind';
import type { FetchLike } from '../../../src/translate/types';

/** A server that answers the given paths with JSON and every other path with 404; it counts the calls. */
function fakeServer(routes: Record<string, unknown>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fetchFn = (input: string): Promise<Response> => {
    calls.push(input);
    const path = new URL(input).pathname;
    return Promise.resolve(
      path in routes
        ? new Response(JSON.stringify(routes[path]), { status: 200 })
        : new Response('not found', { status: 404 }),
    );
  };
  return Object.assign(fetchFn, { calls });
}

beforeEach(() => forgetServerKinds());

describe('serverKind', () => {
  it('recognises LibreTranslate by its /languages list, whatever its address says', async () => {
    const server = fakeServer({ '/languages': [{ code: 'en', name: 'English', targets: ['fr'] }] });
    expect(await serverKind('http://127.0.0.1:2737/', server)).toBe('libretranslate');
  });

  it('recognises Apertium APy by its /listPairs answer, even at an address that says "libre"', async () => {
    const server = fakeServer({ '/listPairs': { responseData: [], responseStatus: 200 } });
    expect(await serverKind('http://libre.example:2737', server)).toBe('apertium');
  });

  it('asks once per address, and again after a failure', async () => {
    const libre = fakeServer({ '/languages': [] });
    await serverKind('http://a.example', libre);
    await serverKind('http://a.example/', libre);
    expect(libre.calls.length).toBe(2); // one probe: /languages and /listPairs together
    const nothing = fakeServer({});
    await expect(serverKind('http://b.example', nothing)).rejects.toThrow(
      /neither \/languages \(LibreTranslate\) nor \/listPairs \(Apertium APy\)/,
    );
    const later = fakeServer({ '/languages': [] });
    expect(await serverKind('http://b.example', later)).toBe('libretranslate');
  });

  it('does not take a web page that answers 200 with HTML for a server', async () => {
    const page: FetchLike = () => Promise.resolve(new Response('<html></html>', { status: 200 }));
    await expect(serverKind('http://c.example', page)).rejects.toThrow(/check the address/);
  });
});
