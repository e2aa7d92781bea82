// The panel's translation toggle against the production build, a real Apertium APy server, a LibreTranslate
// stand-in and small misbehaving servers: what the reader sees while translated, and that toggling off (or
// any failure) leaves the page exactly as it was.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, normalise, type Fixture, type Harness } from './harness';
import { freePort, startApertium, type ApertiumServer } from '../helpers/apertium-server';
import { closeServer } from '../helpers/close-server';
import { startLibreTranslateMock } from '../helpers/libretranslate-mock';

const FR = loadFixture('bitget-news-fr-dogecoin-metric');
const EN = loadFixture('bitget-news-dogecoin-metric');

let harness: Harness;
let apertium: ApertiumServer;

beforeAll(async () => {
  [harness, apertium] = await Promise.all([launch({ build: 'chrome-mv3' }), startApertium()]);
  for (const fixture of [FR, EN]) harness.serve(fixture.truth.url, fixture.html);
}, 90_000);
afterAll(async () => {
  await harness?.close();
  await apertium?.stop();
});

interface TranslationSettings {
  translateTo: string;
  translationService: 'auto' | 'publisher' | 'chrome' | 'libretranslate' | 'apertium';
  translationDisplay?: 'replace' | 'side-by-side';
  serverUrl?: string;
  apiKey?: string;
}

/** Stores the settings the way the options page does; pages opened afterwards read them. */
async function configure(settings: TranslationSettings): Promise<void> {
  await harness.worker.evaluate(async (s) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<'sync' | 'local', { set(items: object): Promise<void> }> };
    };
    await chrome.storage.sync.set({
      translateTo: s.translateTo,
      translationService: s.translationService,
      translationDisplay: s.translationDisplay ?? 'replace',
    });
    await chrome.storage.local.set({ serverUrl: s.serverUrl ?? '', apiKey: s.apiKey ?? '' });
  }, settings);
}

/** Opens the page and waits until the panel offers the toggle. */
async function openArticle(fixture: Fixture, html = fixture.html): Promise<Page> {
  harness.serve(fixture.truth.url, html);
  const page = await harness.open(fixture.truth.url);
  await page.getByTestId('translate-toggle').waitFor({ state: 'visible' });
  return page;
}

interface PanelState {
  pressed: string | null;
  status: string;
  keyPoints: string[];
}

async function panelState(page: Page): Promise<PanelState> {
  return page.evaluate(() => {
    const root = document.querySelector('unshill-panel')?.shadowRoot;
    return {
      pressed: root?.querySelector('[data-testid="translate-toggle"]')?.getAttribute('aria-pressed') ?? null,
      status: (root?.querySelector('[data-testid="translation-status"]')?.textContent ?? '').trim(),
      keyPoints: [...(root?.querySelectorAll('[data-testid="key-points"] li') ?? [])].map((li) =>
        (li.textContent ?? '').trim(),
      ),
    };
  });
}

/** Clicks the toggle like a reader and waits until the work it started is over (done or failed). */
async function toggle(page: Page): Promise<PanelState> {
  await page.getByTestId('translate-toggle').click();
  await page.waitForFunction(() => {
    const root = document.querySelector('unshill-panel')?.shadowRoot;
    const button = root?.querySelector<HTMLButtonElement>('[data-testid="translate-toggle"]');
    const status = root?.querySelector('[data-testid="translation-status"]')?.textContent ?? '';
    return !!button && !button.disabled && !/Translating/.test(status);
  });
  return panelState(page);
}

/** The whole page body as markup: the panel's host shows as an empty tag (its content is in its shadow). */
const bodyHtml = (page: Page): Promise<string> => page.evaluate(() => document.body.outerHTML);
const visibleText = async (page: Page): Promise<string> =>
  normalise(await page.evaluate(() => document.body.innerText));
/** The article root the panel was placed before (the element the translation works in). */
const rootHtml = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('unshill-panel')?.nextElementSibling?.outerHTML ?? '');

describe('translation with Apertium', () => {
  it('translates a French article into Spanish in place and restores it byte for byte', async () => {
    await configure({ translateTo: 'es', translationService: 'apertium', serverUrl: apertium.url });
    const page = await openArticle(FR);
    const before = { body: await bodyHtml(page), root: await rootHtml(page), panel: await panelState(page) };
    const linksBefore = await page.evaluate(
      () => document.querySelector('unshill-panel')?.nextElementSibling?.querySelectorAll('a').length,
    );
    expect(before.panel.pressed).toBe('false');
    expect(before.panel.keyPoints).toEqual(FR.truth.publisher_key_points);

    const on = await toggle(page);
    expect(on.pressed).toBe('true');
    expect(on.status).toContain('Apertium');
    expect(on.status).toContain('Apertium (your server)');
    expect(on.status).not.toContain(apertium.url);
    expect(on.status).toContain('fr → es');

    const title = await page.locator('h1').first().innerText();
    expect(normalise(title)).not.toBe(normalise(FR.truth.title));
    expect(normalise(title)).toContain('indicador');
    const text = await visibleText(page);
    for (const sentence of FR.truth.article_text_must_include ?? []) {
      expect(text).not.toContain(normalise(sentence));
    }
    for (const word of ['mercado', 'ballenas', 'dólares', 'direcciones activas'])
      expect(text).toContain(word);
    const body = await page.evaluate(() => ({
      translated: document.querySelectorAll('.news-detail__content p[lang="es"]').length,
      paragraphs: document.querySelectorAll(
        '.news-detail__content p:not([data-unshill-hidden]):not(.rich-text__img)',
      ).length,
      links: document.querySelector('unshill-panel')?.nextElementSibling?.querySelectorAll('a').length,
    }));
    expect(body.translated).toBe(body.paragraphs);
    expect(body.links).toBe(linksBefore);
    // The publisher's key points are translated too.
    expect(on.keyPoints).toHaveLength(FR.truth.publisher_key_points?.length ?? 0);
    expect(normalise(on.keyPoints.join(' '))).toContain('ballenas');
    expect(on.keyPoints).not.toEqual(FR.truth.publisher_key_points);

    const off = await toggle(page);
    expect(off.pressed).toBe('false');
    expect(off.keyPoints).toEqual(FR.truth.publisher_key_points);
    expect(await rootHtml(page)).toBe(before.root);
    expect(await bodyHtml(page)).toBe(before.body);
    await page.close();
  });

  it('keeps links and emphasis inside translated paragraphs', async () => {
    await configure({ translateTo: 'es', translationService: 'apertium', serverUrl: apertium.url });
    // The corpus page has no inline markup in its translated paragraphs; this copy adds some.
    const html = FR.html
      .replace('Selon IntoTheBlock,', 'Selon <a href="https://intotheblock.com/dogecoin">IntoTheBlock</a>,')
      .replace('est impressionnant.', 'est <em>impressionnant</em>.')
      .replace('Elon Musk, fervent', '<strong>Elon Musk</strong>, fervent');
    expect(html).not.toBe(FR.html);
    const page = await openArticle(FR, html);
    const before = await bodyHtml(page);
    const inline = () =>
      page.evaluate(() => {
        const content = document.querySelector('.news-detail__content');
        const link = content?.querySelector('a[href="https://intotheblock.com/dogecoin"]');
        return {
          links: content?.querySelectorAll('a').length,
          link: link?.textContent,
          linkLang: link?.closest('p')?.getAttribute('lang'),
          em: content?.querySelector('p > em')?.closest('p')?.getAttribute('lang'),
          strong: content?.querySelector('p > strong')?.textContent,
        };
      });
    const original = await inline();

    expect((await toggle(page)).pressed).toBe('true');
    const translated = await inline();
    expect(translated.links).toBe(original.links);
    expect(translated.link).toBe('IntoTheBlock');
    expect(translated.linkLang).toBe('es');
    expect(translated.em).toBe('es');
    expect(translated.strong).toBe('Elon Musk');

    expect((await toggle(page)).pressed).toBe('false');
    expect(await bodyHtml(page)).toBe(before);
    await page.close();
  });

  it('goes through Spanish for French to English and says so', async () => {
    await configure({ translateTo: 'en', translationService: 'apertium', serverUrl: apertium.url });
    const page = await openArticle(FR);
    const before = await bodyHtml(page);

    const on = await toggle(page);
    expect(on.pressed).toBe('true');
    expect(on.status).toContain('Apertium (your server)');
    expect(on.status).not.toContain(apertium.url);
    expect(on.status).toContain('fr → es → en');
    expect(on.status).toContain('via Spanish');
    const text = await visibleText(page);
    for (const word of ['market', 'whales', 'dollars']) expect(text).toContain(word);
    for (const sentence of FR.truth.article_text_must_include ?? []) {
      expect(text).not.toContain(normalise(sentence));
    }
    expect(normalise(on.keyPoints.join(' '))).toContain('whales');

    const off = await toggle(page);
    expect(off.pressed).toBe('false');
    expect(await bodyHtml(page)).toBe(before);
    await page.close();
  });

  it('shows the translation after each original side by side and removes only what it added', async () => {
    await configure({
      translateTo: 'es',
      translationService: 'apertium',
      serverUrl: apertium.url,
      translationDisplay: 'side-by-side',
    });
    const page = await openArticle(FR);
    const before = { body: await bodyHtml(page), root: await rootHtml(page) };

    expect((await toggle(page)).pressed).toBe('true');
    const pairs = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.news-detail__content > p:not([data-unshill-hidden]):not(.rich-text__img)',
        ),
      ]
        .filter((p) => !p.hasAttribute('data-unshill-translation'))
        .map((p) => {
          const next = p.nextElementSibling;
          return {
            original: (p as HTMLElement).innerText,
            originalLang: p.getAttribute('lang'),
            next: next?.hasAttribute('data-unshill-translation') ? (next as HTMLElement).innerText : null,
            nextLang: next?.getAttribute('lang') ?? null,
          };
        }),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(7);
    for (const pair of pairs) {
      expect(pair.originalLang).toBeNull();
      expect(pair.nextLang).toBe('es');
      expect(pair.next).toBeTruthy();
      expect(pair.next).not.toBe(pair.original);
    }
    // The French stays readable beside the Spanish.
    const text = await visibleText(page);
    for (const sentence of FR.truth.article_text_must_include ?? [])
      expect(text).toContain(normalise(sentence));
    expect(text).toContain('ballenas');

    expect((await toggle(page)).pressed).toBe('false');
    expect(await rootHtml(page)).toBe(before.root);
    expect(await bodyHtml(page)).toBe(before.body);
    await page.close();
  });
});

describe("the publisher's own edition", () => {
  for (const service of ['publisher', 'auto'] as const) {
    it(`shows the French edition of an English article (${service})`, async () => {
      await configure({ translateTo: 'fr', translationService: service });
      const page = await openArticle(EN);
      const before = await bodyHtml(page);
      expect((await panelState(page)).keyPoints).toEqual(EN.truth.publisher_key_points);

      const on = await toggle(page);
      expect(on.pressed).toBe('true');
      expect(on.status).toMatch(/publisher.*French edition/i);
      const text = await visibleText(page);
      for (const sentence of FR.truth.article_text_must_include ?? [])
        expect(text).toContain(normalise(sentence));
      for (const sentence of EN.truth.article_text_must_include ?? []) {
        expect(text).not.toContain(normalise(sentence));
      }
      expect(on.keyPoints).toEqual(FR.truth.publisher_key_points);

      const off = await toggle(page);
      expect(off.pressed).toBe('false');
      expect(off.keyPoints).toEqual(EN.truth.publisher_key_points);
      expect(await bodyHtml(page)).toBe(before);
      await page.close();
    });
  }

  // Readability on the edition would keep its breadcrumb, byline and key-points box: only the edition's
  // own copy of the article root goes in.
  it("puts only the edition's body in the article body, not its header a second time", async () => {
    await configure({ translateTo: 'fr', translationService: 'publisher' });
    const page = await openArticle(EN);
    try {
      expect((await toggle(page)).pressed).toBe('true');
      const body = normalise(
        await page.evaluate(
          () =>
            (document.querySelector('unshill-panel')?.nextElementSibling as HTMLElement | null)?.innerText ??
            '',
        ),
      );
      expect(body).toContain(normalise(FR.truth.article_text_must_include?.[0] ?? ''));
      expect(body).not.toContain('partager le lien');
      expect(body).not.toContain(normalise(FR.truth.title));
    } finally {
      await page.close();
    }
  });

  it('shows the English edition of a French article', async () => {
    await configure({ translateTo: 'en', translationService: 'publisher' });
    const page = await openArticle(FR);
    const before = await bodyHtml(page);

    const on = await toggle(page);
    expect(on.pressed).toBe('true');
    expect(on.status).toMatch(/publisher.*English edition/i);
    const text = await visibleText(page);
    for (const sentence of EN.truth.article_text_must_include ?? [])
      expect(text).toContain(normalise(sentence));
    expect(on.keyPoints).toEqual(EN.truth.publisher_key_points);

    expect((await toggle(page)).pressed).toBe('false');
    expect(await bodyHtml(page)).toBe(before);
    await page.close();
  });
});

/** An Apertium look-alike that lists fra→spa and then answers /translate the way a test asks. */
interface FakeServer {
  url: string;
  mode: 'http-500' | 'malformed' | 'fail-after-first';
  /** Answers the /translate requests held back in 'fail-after-first' mode. */
  release(): void;
  translateRequests: number;
  stop(): Promise<void>;
}

async function startFakeApertium(realUrl: string): Promise<FakeServer> {
  const held: (() => void)[] = [];
  const fake: FakeServer = {
    url: '',
    mode: 'http-500',
    translateRequests: 0,
    release: () => held.splice(0).forEach((answer) => answer()),
    // Sockets Chromium keeps (or a request still held) must not keep close() waiting.
    stop: () => closeServer(server),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const json = (status: number, body: string) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body);
      };
      if (path === '/listPairs') {
        return json(
          200,
          JSON.stringify({
            responseData: [{ sourceLanguage: 'fra', targetLanguage: 'spa' }],
            responseStatus: 200,
          }),
        );
      }
      if (path !== '/translate') return json(404, '{}');
      fake.translateRequests++;
      const fail = () => json(500, JSON.stringify({ responseStatus: 500, explanation: 'pipeline crashed' }));
      if (fake.mode === 'malformed') return json(200, '{"responseData": {"translatedText": "El Dog');
      if (fake.mode === 'http-500') return fail();
      // fail-after-first: the first batch is really translated, the others fail once released.
      if (fake.translateRequests > 1) return void held.push(fail);
      void fetch(`${realUrl}/translate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: Buffer.concat(chunks).toString('utf8'),
      })
        .then(async (r) => json(r.status, await r.text()))
        .catch(() => fail());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

describe('translation failures leave the page as it was', () => {
  /** Toggles on a fresh French page; returns the status shown. */
  async function expectCleanFailure(settings: TranslationSettings, message: RegExp): Promise<string> {
    await configure(settings);
    const page = await openArticle(FR);
    try {
      const before = await bodyHtml(page);
      const state = await toggle(page);
      expect(state.status).toMatch(message);
      expect(state.pressed).toBe('false');
      expect(state.keyPoints).toEqual(FR.truth.publisher_key_points);
      expect(await bodyHtml(page)).toBe(before);
      return state.status;
    } finally {
      await page.close();
    }
  }

  it('says the server is not reachable when nothing listens at its address', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const status = await expectCleanFailure(
      { translateTo: 'es', translationService: 'apertium', serverUrl: closed },
      /fr → es.*Apertium \(your server\) is not reachable/,
    );
    expect(status).not.toContain(closed);
  });

  it('reports HTTP 500 and a malformed answer from the server', async () => {
    const fake = await startFakeApertium(apertium.url);
    try {
      fake.mode = 'http-500';
      await expectCleanFailure(
        { translateTo: 'es', translationService: 'apertium', serverUrl: fake.url },
        /HTTP 500: pipeline crashed/,
      );
      fake.mode = 'malformed';
      await expectCleanFailure(
        { translateTo: 'es', translationService: 'apertium', serverUrl: fake.url },
        /unexpected answer/,
      );
      expect(fake.translateRequests).toBeGreaterThanOrEqual(2);
    } finally {
      await fake.stop();
    }
  });

  it('puts back the paragraphs already translated when a later batch fails', async () => {
    const fake = await startFakeApertium(apertium.url);
    try {
      fake.mode = 'fail-after-first';
      await configure({ translateTo: 'es', translationService: 'apertium', serverUrl: fake.url });
      const page = await openArticle(FR);
      const before = await bodyHtml(page);
      await page.getByTestId('translate-toggle').click();
      // Only once the reader sees Spanish do the other batches fail.
      await page
        .locator('h1[lang="es"], .news-detail__content p[lang="es"]')
        .first()
        .waitFor({ state: 'attached' });
      fake.release();
      await page.waitForFunction(() =>
        /failed/i.test(
          document
            .querySelector('unshill-panel')
            ?.shadowRoot?.querySelector('[data-testid="translation-status"]')?.textContent ?? '',
        ),
      );
      const state = await panelState(page);
      expect(state.status).toMatch(/HTTP 500/);
      expect(state.pressed).toBe('false');
      expect(await bodyHtml(page)).toBe(before);
      await page.close();
    } finally {
      fake.release();
      await fake.stop();
    }
  });

  it('names the installed pairs when Apertium cannot translate the pair', async () => {
    await expectCleanFailure(
      { translateTo: 'ru', translationService: 'apertium', serverUrl: apertium.url },
      /No translation service available for fr → ru: .*cannot translate fr → ru.*installed pairs/,
    );
  });

  it('says which setting is missing when the chosen service is not configured', async () => {
    await expectCleanFailure(
      { translateTo: 'es', translationService: 'apertium' },
      /No translation service available for fr → es: set the Apertium server address in Options/,
    );
    await expectCleanFailure(
      { translateTo: 'ru', translationService: 'publisher' },
      /No translation service available for fr → ru: the publisher offers no edition in this language/,
    );
  });

  // This headless Chromium has the Translator API, reports every pair "downloadable", and cannot download a
  // model offline: both the explicit choice and "auto" without a server end up waiting for that download.
  // The status must name the download, not a slow batch. Each test checks its own status (no shared state).
  function expectModelNotAvailable(status: string): void {
    expect(status).not.toMatch(/for one batch/);
    expect(status).toMatch(/not available|unavailable|download|model/i);
  }

  it('fails cleanly when nothing but a model download is left (auto, no server, no edition)', async () => {
    expectModelNotAvailable(
      await expectCleanFailure(
        { translateTo: 'ru', translationService: 'auto' },
        /^(No translation service available for fr → ru|Translation failed: Chrome could not download the fr → ru language model)/,
      ),
    );
  });

  it("fails cleanly when Chrome's on-device translator has no model", async () => {
    expectModelNotAvailable(
      await expectCleanFailure(
        { translateTo: 'es', translationService: 'chrome' },
        /^(No translation service available for fr → es|Translation failed: Chrome could not download the fr → es language model)/,
      ),
    );
  });
});

describe('LibreTranslate through the extension', () => {
  it('sends the paragraphs as HTML with the API key and shows the answer', async () => {
    const libre = await startLibreTranslateMock({ apiKey: 'k123' });
    try {
      await configure({
        translateTo: 'es',
        translationService: 'libretranslate',
        serverUrl: libre.url,
        apiKey: 'k123',
      });
      const page = await openArticle(FR);
      const before = await bodyHtml(page);
      const on = await toggle(page);
      expect(on.pressed).toBe('true');
      // The engine, never the server's address (CONTRACT.md: nothing private in the page).
      expect(on.status).toContain('LibreTranslate (your server)');
      expect(on.status).not.toContain(libre.url);

      const posts = libre.requests.filter((r) => r.method === 'POST' && r.path === '/translate');
      expect(posts.length).toBeGreaterThan(0);
      for (const { body } of posts) {
        expect(body).toMatchObject({ source: 'fr', target: 'es', format: 'html', api_key: 'k123' });
        expect(Array.isArray((body as { q: unknown }).q)).toBe(true);
      }
      const sent = posts.flatMap((r) => (r.body as { q: string[] }).q).join(' ');
      expect(sent).toContain('Le Dogecoin (DOGE)');

      const text = await visibleText(page);
      expect(text).toContain(normalise(`[es] ${FR.truth.article_text_must_include?.[0] ?? ''}`));
      expect(normalise(await page.locator('h1').first().innerText())).toBe(
        normalise(`[es] ${FR.truth.title}`),
      );
      expect(on.keyPoints[0]).toBe(`[es] ${FR.truth.publisher_key_points?.[0] ?? ''}`);

      expect((await toggle(page)).pressed).toBe('false');
      expect(await bodyHtml(page)).toBe(before);
      await page.close();
    } finally {
      await libre.stop();
    }
  });
});

describe('reader view', () => {
  it('shows the translated paragraphs when opened on a translated page, and both close back to the original', async () => {
    await configure({ translateTo: 'es', translationService: 'apertium', serverUrl: apertium.url });
    const page = await openArticle(FR);
    const before = await bodyHtml(page);
    expect((await toggle(page)).pressed).toBe('true');
    await harness.clickToolbar(page);
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
    );
    const reader = normalise(
      await page.evaluate(
        () => document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article')?.innerText ?? '',
      ),
    );
    expect(reader).toContain('ballenas');
    expect(reader).not.toContain(normalise(FR.truth.article_text_must_include?.[0] ?? ''));

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    expect((await toggle(page)).pressed).toBe('false');
    expect(await bodyHtml(page)).toBe(before);
    await page.close();
  });
});
