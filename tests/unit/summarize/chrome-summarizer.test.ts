import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseKeyPointList, summarizeWithChrome } from '../../../src/summarize/chrome-summarizer';

const ARTICLE =
  'The trustee overseeing the rehabilitation of defunct bitcoin exchange Mt. Gox has extended the deadline for repaying creditors by a year.\n' +
  'Many creditors have yet to receive repayments because they have not completed the required procedures.';

const MODEL_OUTPUT =
  '* The Mt. Gox trustee extended the **repayment deadline** by one year, to Oct. 31, 2025.\n' +
  '* Many creditors have not completed the required\n  procedures yet.\n';

type State = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/**
 * A stand-in for Chrome's global Summarizer class that records how it was called; `before` holds create()
 * back (a download in progress, whose progress the test itself reports through the monitor).
 */
function fakeSummarizer(
  state: State,
  opts: { createThrows?: boolean; output?: string; before?: () => Promise<void> } = {},
) {
  const calls = { create: [] as Record<string, unknown>[], destroyed: 0, summarized: [] as string[] };
  const api = {
    availability: vi.fn(async () => state),
    create: vi.fn(async (options: Record<string, unknown>) => {
      calls.create.push(options);
      if (opts.createThrows) throw new DOMException('The model failed to load', 'NotAllowedError');
      await opts.before?.();
      return {
        summarize: async (text: string) => {
          calls.summarized.push(text);
          return opts.output ?? MODEL_OUTPUT;
        },
        destroy: () => {
          calls.destroyed++;
        },
      };
    }),
  };
  vi.stubGlobal('Summarizer', api);
  return { api, calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('summarizeWithChrome', () => {
  it('returns null when the API does not exist (Firefox, older Chrome)', async () => {
    expect(await summarizeWithChrome(ARTICLE, { lang: 'en' })).toBeNull();
  });

  it('returns null and creates nothing when the model is unavailable', async () => {
    const { api } = fakeSummarizer('unavailable');
    expect(await summarizeWithChrome(ARTICLE, { lang: 'fr' })).toBeNull();
    expect(api.availability).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'key-points', outputLanguage: 'fr' }),
    );
    expect(api.create).not.toHaveBeenCalled();
  });

  it('uses an available model directly, asking for key points in the article language', async () => {
    const { calls } = fakeSummarizer('available');
    const points = await summarizeWithChrome(ARTICLE, { lang: 'en-US' });
    expect(points).toEqual([
      'The Mt. Gox trustee extended the repayment deadline by one year, to Oct. 31, 2025.',
      'Many creditors have not completed the required procedures yet.',
    ]);
    expect(calls.create[0]).toMatchObject({
      type: 'key-points',
      expectedInputLanguages: ['en'],
      outputLanguage: 'en',
    });
    expect(calls.create[0]?.monitor).toBeUndefined();
    expect(calls.summarized).toEqual([ARTICLE]);
    expect(calls.destroyed).toBe(1);
  });

  it.each(['downloadable', 'downloading'] as const)(
    'shows the download progress Chrome reports while the model is %s, before the summary',
    async (state) => {
      // Chrome's side is played here: create() waits for the download, which the test reports step by step.
      let finishDownload = (): void => undefined;
      const downloaded = new Promise<void>((resolve) => (finishDownload = resolve));
      const { api, calls } = fakeSummarizer(state, { before: () => downloaded });
      const progress: number[] = [];
      const pending = summarizeWithChrome(ARTICLE, {
        lang: 'en',
        onProgress: (loaded) => progress.push(loaded),
      });
      await vi.waitFor(() => expect(api.create).toHaveBeenCalled());
      const monitor = calls.create[0]?.monitor as ((m: EventTarget) => void) | undefined;
      expect(monitor, 'a monitor is asked for when the model must be downloaded').toBeTypeOf('function');
      const chrome = new EventTarget();
      monitor?.(chrome);
      for (const loaded of [0.125, 0.625]) {
        chrome.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
        // Passed on as it comes: the reader sees the figure while the download runs.
        expect(progress.at(-1)).toBe(loaded);
      }
      expect(calls.summarized).toEqual([]);
      finishDownload();
      expect(await pending).toHaveLength(2);
      expect(progress).toEqual([0.125, 0.625]);
    },
  );

  it('returns null when create() throws (no user gesture, out of disk space...)', async () => {
    const { calls } = fakeSummarizer('downloadable', { createThrows: true });
    expect(await summarizeWithChrome(ARTICLE, { lang: 'en', onProgress: () => {} })).toBeNull();
    expect(calls.create).toHaveLength(1);
  });

  it('returns null for an empty answer and when already aborted', async () => {
    fakeSummarizer('available', { output: '\n\n' });
    expect(await summarizeWithChrome(ARTICLE, { lang: 'en' })).toBeNull();
    const controller = new AbortController();
    controller.abort();
    const { api } = fakeSummarizer('available');
    expect(await summarizeWithChrome(ARTICLE, { lang: 'en', signal: controller.signal })).toBeNull();
    expect(api.availability).not.toHaveBeenCalled();
  });
});

describe('parseKeyPointList', () => {
  it('strips bullets, numbers, headings and emphasis', () => {
    expect(
      parseKeyPointList('## Summary\n1. First *point* here.\n2) Second `code` point.\n- Third __one__.'),
    ).toEqual(['First point here.', 'Second code point.', 'Third one.']);
  });

  it('keeps plain-text lines as points', () => {
    expect(parseKeyPointList('Bitcoin fell 5%.\n\nEther rose 2%.\nSolana was flat.')).toEqual([
      'Bitcoin fell 5%.',
      'Ether rose 2%.',
      'Solana was flat.',
    ]);
  });
});
