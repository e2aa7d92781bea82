import { describe, expect, it, vi } from 'vitest';
import {
  chromeTranslatorApi,
  createChromeTranslatorEngine,
  type TranslatorApi,
} from '../../../src/translate/chrome-translator';
import { TranslationError } from '../../../src/translate/errors';

/** A stand-in for Chrome's `Translator` global in a given availability state. */
function fakeApi(state: string, opts: { createError?: DOMException } = {}) {
  const calls: string[] = [];
  const api: TranslatorApi = {
    availability: vi.fn(async () => state),
    create: vi.fn(async (options) => {
      if (opts.createError) throw opts.createError;
      if (state === 'downloadable' || state === 'downloading') {
        options.monitor?.({
          addEventListener: (_type: string, listener: (e: Event & { loaded: number }) => void) => {
            for (const loaded of [0, 0.5, 1])
              listener(Object.assign(new Event('downloadprogress'), { loaded }));
          },
        });
      }
      return {
        translate: async (text: string) => {
          calls.push(text);
          return `«${options.targetLanguage}:${text}»`;
        },
      };
    }),
  };
  return { api, calls };
}

describe('Chrome on-device translator', () => {
  it.each(['available', 'downloadable', 'downloading', 'unavailable'])(
    'asks Chrome with base codes and explains an unavailable pair (%s)',
    async (state) => {
      const { api } = fakeApi(state);
      const engine = createChromeTranslatorEngine({ api });
      const a = await engine.availability('fr-FR', 'en-US');
      expect(a.route).toEqual(['fr', 'en']);
      expect(api.availability).toHaveBeenCalledWith({ sourceLanguage: 'fr', targetLanguage: 'en' });
      if (state === 'unavailable')
        expect(a.reason).toBe('Chrome cannot translate fr-FR → en-US on this device');
    },
  );

  it('is unavailable without the global, and finds the global when present', async () => {
    expect(await createChromeTranslatorEngine({ api: null }).availability('fr', 'en')).toMatchObject({
      state: 'unavailable',
      reason: 'This browser has no on-device translator',
    });
    const { api } = fakeApi('available');
    vi.stubGlobal('Translator', api);
    try {
      expect(chromeTranslatorApi()).toBe(api);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(chromeTranslatorApi()).toBeNull();
  });

  it('reports download progress and translates text between tags', async () => {
    const { api, calls } = fakeApi('downloadable');
    const progress: number[] = [];
    const engine = createChromeTranslatorEngine({ api, onDownloadProgress: (f) => progress.push(f) });
    const out = await engine.translate(
      [
        'Le Dogecoin figure parmi les meilleures performances du marché.',
        'Selon <a href="https://intotheblock.com/?a=1&amp;b=2">IntoTheBlock</a>, le volume a bondi de <strong>100 %</strong>.',
        'Le prix &lt; 0,20 $ &amp; la capitalisation',
      ],
      'fr',
      'en',
    );
    expect(progress).toEqual([0, 0.5, 1]);
    expect(out.blocks[0]).toBe('«en:Le Dogecoin figure parmi les meilleures performances du marché.»');
    expect(out.blocks[1]).toBe(
      '«en:Selon» <a href="https://intotheblock.com/?a=1&amp;b=2">«en:IntoTheBlock»</a>«en:, le volume a bondi de» <strong>100 %</strong>.',
    );
    // Plain text went to the model, and came back escaped.
    expect(calls).toContain('Le prix < 0,20 $ & la capitalisation');
    expect(out.blocks[2]).toBe('«en:Le prix &lt; 0,20 $ &amp; la capitalisation»');
    // One translator per pair, reused.
    await engine.translate(['Encore.'], 'fr', 'en');
    expect(api.create).toHaveBeenCalledTimes(1);
  });

  it('maps a missing user activation and unsupported pairs to clear errors', async () => {
    const noClick = createChromeTranslatorEngine({
      api: fakeApi('downloadable', {
        createError: new DOMException('Requires user activation', 'NotAllowedError'),
      }).api,
    });
    const e1 = await noClick.translate(['Bonjour.'], 'fr', 'en').catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(TranslationError);
    expect((e1 as TranslationError).message).toBe(
      'Chrome needs a click on Translate to download the fr → en language pack',
    );
    const unsupported = createChromeTranslatorEngine({
      api: fakeApi('unavailable', { createError: new DOMException('Unsupported', 'NotSupportedError') }).api,
    });
    const e2 = await unsupported.translate(['Bonjour.'], 'fr', 'xx').catch((e: unknown) => e);
    expect((e2 as TranslationError).kind).toBe('unsupported-pair');
  });
});
