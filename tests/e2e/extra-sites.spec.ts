import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, type Harness } from './harness';

let harness: Harness;

// The e2e build holds host permissions for test pages, as a granted optional permission would.
beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3-e2e' });
  // Extra sites alone: any-site mode (on by default in this build) would clean the page on its own.
  await harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(v: object): Promise<void> } } };
    };
    await chrome.storage.local.set({ anySite: false });
  });
});
afterAll(async () => harness?.close());

async function setExtraSites(origins: string[]): Promise<void> {
  await harness.worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(v: object): Promise<void> } } };
    };
    await chrome.storage.local.set({ extraSites: value });
  }, origins);
}

async function registered(): Promise<string[]> {
  return harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
    };
    return (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

describe("the reader's extra sites", () => {
  it('cleans an article on a site the reader added, and stops when it is removed', async () => {
    // A corpus article served on a host outside the catalogue.
    const { html } = loadFixture('theblock-mt-gox-deadline');
    const url = 'https://cryptonews.example.org/post/320451/mt-gox-trustee-extends-repayment-deadline';
    harness.serve(url, html);

    await setExtraSites(['https://cryptonews.example.org']);
    await expect.poll(registered, { timeout: 30_000 }).toContain('https://cryptonews.example.org/*');
    let page = await harness.open(url);
    await page.waitForFunction(() =>
      document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
    );
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-unshill-hidden]').length),
    ).toBeGreaterThan(0);
    await page.close();

    await setExtraSites([]);
    await expect.poll(registered, { timeout: 30_000 }).toEqual([]);
    page = await harness.open(url);
    // Loaded, and no content script of ours answers: none was injected.
    expect(await harness.status(page)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('unshill-panel').length)).toBe(0);
    await page.close();
  });
});
