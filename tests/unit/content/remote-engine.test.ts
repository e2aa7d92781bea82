// The reader's own server is reached through the background, which cannot be interrupted once it answers a
// message: the content script's engine must still stop waiting when the batch times out or the reader
// toggles off, or a slow server holds the panel on "Translating…" past every timeout.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRemoteEngine } from '../../../src/content/remote-engine';
import { abortable, TranslationError } from '../../../src/translate/errors';
import { translateProgressively } from '../../../src/translate/run-translation';

/** A background that answers availability at once and never answers a translation. */
function stuckBackground(): { translations: () => number } {
  let translations = 0;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: string }).type;
    if (type === 'translate:availability') {
      return Promise.resolve({ ok: true, state: 'available', route: ['fra', 'spa'], label: 'Apertium' });
    }
    if (type === 'translate:server') translations++;
    return new Promise(() => undefined);
  });
  return { translations: () => translations };
}

const rejection = (promise: Promise<unknown>): Promise<TranslationError> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as TranslationError,
  );

beforeEach(() => fakeBrowser.reset());

describe('remote engine', () => {
  it('stops waiting for the background when its signal aborts', async () => {
    const background = stuckBackground();
    const engine = createRemoteEngine('apertium');
    expect((await engine.availability('fr', 'es')).state).toBe('available');
    const controller = new AbortController();
    const pending = engine.translate(['<p>Bonjour.</p>'], 'fr', 'es', controller.signal);
    await Promise.resolve();
    expect(background.translations()).toBe(1);
    controller.abort();
    expect((await rejection(pending)).kind).toBe('aborted');
  });

  it("lets a batch's timeout fail the run while the background is still busy", async () => {
    stuckBackground();
    const error = await rejection(
      translateProgressively(
        ['<p>Bonjour.</p>', '<p>Au revoir.</p>'],
        createRemoteEngine('apertium'),
        'fr',
        'es',
        {
          concurrency: 2,
          batchSize: 1,
          timeoutMs: 50,
          onBlock: () => undefined,
        },
      ),
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('Apertium (your server) took longer than 50 ms for one batch');
  });
});

describe('abortable', () => {
  it('rejects at once for a signal already aborted, and passes results and failures through otherwise', async () => {
    expect((await rejection(abortable(new Promise(() => undefined), AbortSignal.abort()))).kind).toBe(
      'aborted',
    );
    expect(await abortable(Promise.resolve(7), new AbortController().signal)).toBe(7);
    expect(await abortable(Promise.resolve(8), undefined)).toBe(8);
    const failure = new TranslationError('http-error', 'HTTP 500');
    expect(await rejection(abortable(Promise.reject(failure), new AbortController().signal))).toBe(failure);
  });
});
