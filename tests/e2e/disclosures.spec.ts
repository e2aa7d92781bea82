import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, ROOT, type Harness } from './harness';

const DISCLOSE_DIR = join(ROOT, 'tests/fixtures/disclose');
let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => harness?.close());

async function badges(
  page: Page,
): Promise<{ kind: string | null; label: string; evidence: string | null }[]> {
  await page.waitForFunction(() =>
    document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
  );
  return page.evaluate(() =>
    [
      ...document
        .querySelector('unshill-panel')!
        .shadowRoot!.querySelectorAll('[data-testid="disclosures"] [data-disclosure]'),
    ].map((el) => ({
      kind: el.getAttribute('data-disclosure'),
      label: el.textContent ?? '',
      evidence: el.getAttribute('title'),
    })),
  );
}

async function setStrip(on: boolean): Promise<void> {
  await harness.worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(v: object): Promise<void> } } };
    };
    await chrome.storage.sync.set({ stripReferralParams: value });
  }, on);
}

describe('disclosure badges', () => {
  it.each([
    'mexc-news-press-release-en',
    'beincrypto-fr-contenu-sponsorise',
    'bits-media-ru-na-pravah-reklamy',
    'gate-news-zh-republished',
    'cointelegraph-sponsors-mentioned-negative',
  ])('%s shows exactly the badges the page deserves, with evidence', async (name) => {
    const { truth, html } = loadFixture(name, DISCLOSE_DIR);
    harness.serve(truth.url, html);
    const page = await harness.open(truth.url);
    const shown = await badges(page);
    const expected = (truth.disclosures_expected as string[]).slice().sort();
    expect(shown.map((b) => b.kind).sort()).toEqual(expected);
    for (const badge of shown) {
      expect(badge.label.length).toBeGreaterThan(3);
      expect(badge.evidence?.length ?? 0).toBeGreaterThan(3);
    }
    const referral = shown.find((b) => b.kind === 'referral');
    if (referral) expect(referral.label).toMatch(/\(\d+\)/);
    await page.close();
  });

  it('shows no sponsored or referral badge on ordinary corpus articles', async () => {
    for (const name of ['cointelegraph-decoupling-stocks-bitcoin', 'theblock-mt-gox-deadline']) {
      const { truth, html } = loadFixture(name);
      harness.serve(truth.url, html);
      const page = await harness.open(truth.url);
      const kinds = (await badges(page)).map((b) => b.kind);
      expect(kinds).not.toContain('sponsored');
      expect(kinds).not.toContain('referral');
      await page.close();
    }
  });

  it('strips referral codes from article links only when the reader asks for it', async () => {
    const { truth, html } = loadFixture('beincrypto-fr-contenu-sponsorise', DISCLOSE_DIR);
    harness.serve(truth.url, html);
    const hrefs = (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''));
    const referral = /[?&](ref|referral|referralCode|inviteCode|invite|aff_id|affid|clickid)=/i;

    await setStrip(false);
    let page = await harness.open(truth.url);
    await badges(page);
    const original = await hrefs(page);
    expect(original.some((h) => referral.test(h))).toBe(true);
    await page.close();

    await setStrip(true);
    page = await harness.open(truth.url);
    await badges(page);
    await page.waitForFunction(
      (count) =>
        [...document.querySelectorAll('a[href]')].filter((a) =>
          /[?&]ref=/i.test(a.getAttribute('href') ?? ''),
        ).length < count,
      original.filter((h) => /[?&]ref=/i.test(h)).length,
    );
    const stripped = await hrefs(page);
    expect(stripped.length).toBe(original.length);
    expect(stripped.filter((h) => referral.test(h)).length).toBeLessThan(
      original.filter((h) => referral.test(h)).length,
    );
    await page.close();
    await setStrip(false);
  });
});
