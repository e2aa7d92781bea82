import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, normalise, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  // The e2e build adds host permissions for pages outside the catalogue (CONTRACT.md).
  harness = await launch({ build: 'chrome-mv3-e2e' });
});
afterAll(async () => harness?.close());

async function readerText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article')?.innerText ?? '',
  );
}

async function waitForReader(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
  );
}

describe('toolbar reader view', () => {
  it('shows the article of a catalogue page, without promotions or active content', async () => {
    const { truth, html } = loadFixture('bitget-news-late-promos');
    harness.serve(truth.url, html);
    const page = await harness.open(truth.url);
    // The page adds its late widgets 600 ms after load: the snapshot is of the page once they are in.
    await page.waitForSelector('#bg-zero-fee-bar', { state: 'attached' });
    await harness.finished(page);
    await page.evaluate(() => window.scrollTo(0, 400));
    const before = await page.evaluate(() => ({
      html: document.body.innerHTML.length,
      scrollY: window.scrollY,
      style: document.documentElement.getAttribute('style'),
    }));
    await harness.clickToolbar(page);
    await waitForReader(page);
    const text = normalise(await readerText(page));
    for (const sentence of truth.article_text_must_include ?? []) expect(text).toContain(normalise(sentence));
    for (const promo of truth.article_text_must_exclude ?? []) expect(text).not.toContain(normalise(promo));
    const unsafe = await page.evaluate(() => {
      const article = document.querySelector('unshill-reader')!.shadowRoot!.querySelector('article')!;
      const handlers = [...article.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length;
      const scripts = article.querySelectorAll('script, iframe, object, embed, form').length;
      const jsLinks = article.querySelectorAll('a[href^="javascript:" i]').length;
      const links = [...article.querySelectorAll('a[href]')].map((a) => [
        a.getAttribute('target'),
        a.getAttribute('rel'),
      ]);
      return { handlers, scripts, jsLinks, links };
    });
    expect(unsafe.handlers + unsafe.scripts + unsafe.jsLinks).toBe(0);
    for (const [target, rel] of unsafe.links) {
      expect(target).toBe('_blank');
      expect(rel).toBe('noopener noreferrer');
    }

    // Escape closes it and puts the page back as it was, scroll position included.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    const after = await page.evaluate(() => ({
      html: document.body.innerHTML.length,
      scrollY: window.scrollY,
      style: document.documentElement.getAttribute('style'),
    }));
    expect(after).toEqual(before);
    await page.close();
  });

  it('opens on a page outside the catalogue and closes on a second click', async () => {
    const { truth, html } = loadFixture('lumenstack-blog-arm-ci');
    harness.serve(truth.url, html);
    const page = await harness.open(truth.url);
    await harness.clickToolbar(page);
    await waitForReader(page);
    const text = normalise(await readerText(page));
    for (const sentence of truth.article_text_must_include ?? []) expect(text).toContain(normalise(sentence));
    await harness.clickToolbar(page);
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    await page.close();
  });

  it("keeps the page's own keyboard shortcuts from firing while open", async () => {
    const url = 'https://news.example.org/2026/11/shortcuts';
    harness.serve(
      url,
      `<!doctype html><html lang="en"><head><title>Shortcut test</title></head><body>
      <article><h1>Bitcoin miners face a tougher winter</h1>
      ${'<p>Hashrate climbed again this week as new machines came online across several regions, squeezing margins for smaller operators who pay more for power.</p>'.repeat(8)}
      </article>
      <script>window.__keys = 0; document.addEventListener('keydown', () => { window.__keys++; });</script>
      </body></html>`,
    );
    const page = await harness.open(url);
    await harness.clickToolbar(page);
    await waitForReader(page);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => (window as unknown as { __keys: number }).__keys)).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (window as unknown as { __keys: number }).__keys)).toBe(1);
    await page.close();
  });

  it('says so plainly when there is no article', async () => {
    const url = 'https://shop.example.org/cart';
    harness.serve(
      url,
      '<!doctype html><html><head><title>Cart</title></head><body><button>Pay</button></body></html>',
    );
    const page = await harness.open(url);
    await harness.clickToolbar(page);
    await waitForReader(page);
    expect(await readerText(page)).toMatch(/No article could be found/);
    await page.close();
  });

  it('lays out a right-to-left article right to left', async () => {
    const url = 'https://news.example.org/ar/2026/11/bitcoin-etf';
    const paragraph =
      '<p>ارتفعت تدفقات صناديق البيتكوين المتداولة في البورصة هذا الأسبوع مع عودة المستثمرين المؤسسيين إلى السوق بعد أسابيع من التردد، وفق بيانات نشرتها شركات التحليل.</p>';
    harness.serve(
      url,
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تدفقات صناديق البيتكوين</title></head>
      <body><article><h1>تدفقات صناديق البيتكوين تعود بقوة</h1>${paragraph.repeat(8)}</article></body></html>`,
    );
    const page = await harness.open(url);
    await harness.clickToolbar(page);
    await waitForReader(page);
    const layout = await page.evaluate(() => {
      const article = document.querySelector('unshill-reader')!.shadowRoot!.querySelector('article')!;
      return {
        dir: article.getAttribute('dir'),
        lang: article.getAttribute('lang'),
        direction: getComputedStyle(article).direction,
      };
    });
    expect(layout).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    await page.keyboard.press('Escape');
    await page.close();
  });
});
