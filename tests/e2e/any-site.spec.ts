/**
 * Any-site mode (CONTRACT.md, "Any site"), in the e2e build where it is on by default and the
 * permission for all sites is held: pages of hosts outside the catalogue are judged by their signals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, waitForPanel, type Harness } from './harness';

let harness: Harness;
let optionsUrl: string;

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3-e2e' });
  optionsUrl = `chrome-extension://${new URL(harness.worker.url()).host}/options.html`;
  await harness.context.route(/^chrome-extension:\/\//, (route) => route.continue());
});
afterAll(async () => harness?.close());

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
}

async function registered(): Promise<RegisteredScript[]> {
  return harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<RegisteredScript[]> } };
    };
    return chrome.scripting.getRegisteredContentScripts();
  });
}

const anySiteScripts = async (): Promise<string[]> =>
  (await registered())
    .filter((s) => s.js?.includes('any-site.js'))
    .flatMap((s) => s.matches ?? [])
    .sort();

const CRYPTO_URL = 'https://coins.example.net/post/320451/mt-gox-trustee-extends-repayment-deadline';
const BLOG_URL = 'https://blog.example.dev/posts/moving-ci-to-arm-runners';

describe('any-site mode', () => {
  it('is on by default in the e2e build, for every http(s) page outside the catalogue', async () => {
    await expect.poll(anySiteScripts, { timeout: 30_000 }).toEqual(['http://*/*', 'https://*/*']);
  });

  it('cleans a crypto article on a host no rule knows, and leaves a non-crypto article untouched', async () => {
    harness.serve(CRYPTO_URL, loadFixture('theblock-mt-gox-deadline').html);
    harness.serve(BLOG_URL, loadFixture('lumenstack-blog-arm-ci').html);
    await expect.poll(anySiteScripts, { timeout: 30_000 }).not.toEqual([]);

    // The non-crypto page first: by the time the crypto page has its panel, it has long been decided.
    const blog = await harness.open(BLOG_URL);
    const crypto = await harness.open(CRYPTO_URL);
    await waitForPanel(crypto);
    expect(
      await crypto.evaluate(() => document.querySelectorAll('[data-unshill-hidden]').length),
    ).toBeGreaterThan(0);
    expect(
      await blog.evaluate(() => ({
        panels: document.querySelectorAll('unshill-panel').length,
        marks: document.querySelectorAll('[data-unshill-hidden], [data-unshill-added]').length,
      })),
    ).toMatchObject({ panels: 0, marks: 0 });
    await blog.close();
    await crypto.close();
  });

  it('the options checkbox unregisters the scripts when turned off and registers them when on', async () => {
    const page = await harness.context.newPage();
    await page.goto(optionsUrl, { waitUntil: 'load' });
    const checkbox = page.getByLabel('Clean up crypto news on any site');
    await expect.poll(() => checkbox.isChecked()).toBe(true);

    await checkbox.uncheck();
    await expect.poll(anySiteScripts, { timeout: 30_000 }).toEqual([]);
    await checkbox.check();
    await expect.poll(anySiteScripts, { timeout: 30_000 }).toEqual(['http://*/*', 'https://*/*']);
    const on = await harness.open(CRYPTO_URL);
    await waitForPanel(on);
    await on.close();
    await page.close();
  });
});
