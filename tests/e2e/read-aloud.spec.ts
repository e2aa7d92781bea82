/**
 * Read aloud in the reader view, in the production build. Headless Chromium has no voices, so each test puts
 * a fake speechSynthesis into the extension's isolated world (through the DevTools protocol, before the
 * reader is opened): it lists the voices the test chooses, records what it is asked to say, and ends an
 * utterance only when the test says so. The extension's code is the shipped one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, loadFixture, normalise, type Harness, type Truth } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3' });
});
afterAll(async () => harness?.close());

interface Voice {
  lang: string;
  name: string;
}

/** Runs in the isolated world: a synthesizer that speaks nothing and tells the test what it was asked. */
const FAKE_SPEECH = (voices: Voice[]): string => `(() => {
  const log = [];
  let current = null;
  class FakeUtterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.lang = ''; this.rate = 1; this.voice = null; }
  }
  const synth = {
    getVoices: () => ${JSON.stringify(voices)},
    speak(u) { current = u; log.push({ op: 'speak', text: u.text, voice: u.voice && u.voice.name, lang: u.lang, rate: u.rate }); },
    cancel() { log.push({ op: 'cancel' }); const u = current; current = null; if (u) u.dispatchEvent(new Event('error')); },
    pause() { log.push({ op: 'pause' }); },
    resume() { log.push({ op: 'resume' }); },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  window.SpeechSynthesisUtterance = FakeUtterance;
  globalThis.__fakeSpeech = {
    log,
    end() { const u = current; current = null; if (u) u.dispatchEvent(new Event('end')); },
  };
})()`;

/** The extension's isolated world in `page`, found among the page's execution contexts. */
async function extensionWorld(page: Page): Promise<{ cdp: CDPSession; id: number }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('no isolated world of the extension in this page');
  return { cdp, id: world.id };
}

async function inWorld<T>(world: { cdp: CDPSession; id: number }, expression: string): Promise<T> {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

interface Spoken {
  op: string;
  text?: string;
  voice?: string;
  lang?: string;
  rate?: number;
}

async function openReaderWithVoices(voices: Voice[]): Promise<{
  page: Page;
  truth: Truth;
  world: { cdp: CDPSession; id: number };
  log: () => Promise<Spoken[]>;
}> {
  const { truth, html } = loadFixture('bitget-news-fr-dogecoin-metric');
  harness.serve(truth.url, html);
  const page = await harness.open(truth.url);
  const world = await extensionWorld(page);
  await inWorld(world, FAKE_SPEECH(voices));
  await harness.clickToolbar(page);
  await page.waitForFunction(
    () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article h1'),
  );
  return { page, truth, world, log: () => inWorld<Spoken[]>(world, 'globalThis.__fakeSpeech.log') };
}

const control = (page: Page, testid: string) => page.locator(`unshill-reader [data-testid="${testid}"]`);

/** What is marked as being read, and whether it is on screen. */
async function reading(page: Page): Promise<{ text: string; inView: boolean } | null> {
  return page.evaluate(() => {
    const el = document.querySelector('unshill-reader')?.shadowRoot?.querySelector('[data-reading]');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { text: (el.textContent ?? '').trim(), inView: r.top >= 0 && r.bottom <= innerHeight };
  });
}

describe('read aloud', () => {
  it('reads with a French voice, paragraph by paragraph, the one being read highlighted and in view', async () => {
    const { page, truth, world, log } = await openReaderWithVoices([
      { lang: 'en-US', name: 'Samantha' },
      { lang: 'fr-FR', name: 'Amélie' },
    ]);
    await control(page, 'listen-toggle').click();
    await expect.poll(async () => (await log()).filter((l) => l.op === 'speak').length).toBe(1);
    const [first] = (await log()).filter((l) => l.op === 'speak');
    expect(first).toMatchObject({ voice: 'Amélie', lang: 'fr-FR', rate: 1, text: truth.title });
    expect((await reading(page))?.text).toBe(truth.title);
    expect(await control(page, 'listen-toggle').getAttribute('aria-pressed')).toBe('true');

    // Further down: the article's first sentence is read, and the paragraph being read is scrolled into view.
    const sentence = normalise(truth.article_text_must_include![0]!);
    const spokenTexts = async (): Promise<string[]> =>
      (await log()).filter((l) => l.op === 'speak').map((l) => normalise(l.text ?? ''));
    for (let i = 0; i < 20 && !(await spokenTexts()).some((t) => t.includes(sentence)); i++) {
      await inWorld(world, 'globalThis.__fakeSpeech.end()');
    }
    const spoken = await spokenTexts();
    expect(spoken.some((t) => t.includes(sentence))).toBe(true);
    await expect.poll(async () => (await reading(page))?.inView).toBe(true);
    expect(normalise((await reading(page))!.text)).toBe(spoken.at(-1));
    expect(
      await page.evaluate(
        () => document.querySelector('unshill-reader')!.shadowRoot!.querySelector('.backdrop')!.scrollTop,
      ),
    ).toBeGreaterThan(0);

    // Faster: the current paragraph again, at the new rate.
    await control(page, 'listen-speed').click();
    expect(await control(page, 'listen-speed').textContent()).toBe('1.25×');
    await expect.poll(async () => (await log()).at(-1)).toMatchObject({ op: 'speak', rate: 1.25 });
    await page.close();
  });

  it('says there is no French voice instead of reading French with an English one', async () => {
    const { page, log } = await openReaderWithVoices([{ lang: 'en-US', name: 'Samantha' }]);
    await control(page, 'listen-toggle').click();
    await expect
      .poll(() => control(page, 'listen-status').textContent())
      .toBe('No voice for French on this device');
    expect((await log()).filter((l) => l.op === 'speak')).toEqual([]);
    expect(await reading(page)).toBeNull();
    await page.close();
  });

  it('pauses and resumes from the same button; a click the page dispatches does nothing', async () => {
    const { page, log } = await openReaderWithVoices([{ lang: 'fr-FR', name: 'Amélie' }]);
    const toggle = control(page, 'listen-toggle');
    // The page cannot press it (untrusted event).
    await page.evaluate(() =>
      (
        document
          .querySelector('unshill-reader')!
          .shadowRoot!.querySelector('[data-testid="listen-toggle"]') as HTMLElement
      ).click(),
    );
    // Had it started reading, this click would pause it (Resume) rather than start it (Pause).
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Pause');
    expect((await log()).filter((l) => l.op === 'speak')).toHaveLength(1);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Resume');
    expect((await log()).at(-1)).toEqual({ op: 'pause' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Pause');
    expect((await log()).at(-1)).toEqual({ op: 'resume' });
    // Stop ends it; the highlight goes.
    await control(page, 'listen-stop').click();
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Listen');
    expect(await reading(page)).toBeNull();
    await page.close();
  });

  it('stops speaking when the reader closes', async () => {
    const { page, log } = await openReaderWithVoices([{ lang: 'fr-FR', name: 'Amélie' }]);
    await control(page, 'listen-toggle').click();
    await expect.poll(async () => (await log()).some((l) => l.op === 'speak')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    expect((await log()).at(-1)).toEqual({ op: 'cancel' });
    await page.close();
  });
});
