/**
 * The element picker in the built extension: started from the panel, a rule created on a CSS-modules
 * fixture hides the picked element on the next load and nothing else, avoids generated class names, and
 * Escape leaves the page exactly as it was.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, waitForPanel, type Harness } from './harness';

const URL =
  'https://www.coindesk.com/markets/2025/08/26/ether-and-eth-treasury-companies-look-undervalued-after-plunge-standar';
/** CSS-modules markup: only generated class names, one stable id on an ancestor, and a twin elsewhere. */
const CSS_MODULES = `
  <div id="partner-slot"><div class="Slot_wrap__h4sh1"><div class="Slot_inner__k2j3x">Picker target box</div></div></div>
  <div class="Slot_wrap__h4sh1"><div class="Slot_inner__k2j3x">Twin box that stays</div></div>`;

let harness: Harness;

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3' });
  const { html } = loadFixture('coindesk-ether-treasury-undervalued');
  harness.serve(URL, html.replace(/<body([^>]*)>/i, `<body$1>${CSS_MODULES}`));
});
afterAll(async () => harness?.close());

async function customRules(): Promise<string> {
  return harness.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return String((await chrome.storage.local.get('customRules')).customRules ?? '');
  });
}

/** A path for every element that is not rendered while its parent is: what the reader cannot see. */
async function hiddenElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement)
        parts.unshift(`${e.localName}:${Array.from(e.parentElement?.children ?? []).indexOf(e)}`);
      return parts.join('/');
    };
    return Array.from(document.body.querySelectorAll('*'))
      .filter((el) => !el.closest('[data-unshill-added], script, style, template, noscript, head'))
      .filter(
        (el) =>
          getComputedStyle(el).display === 'none' &&
          getComputedStyle(el.parentElement as Element).display !== 'none',
      )
      .map(path);
  });
}

async function startPicker(page: Page): Promise<void> {
  await page.locator('unshill-panel [data-testid="pick-element"]').click();
  await page.waitForFunction(() => document.querySelector('unshill-picker'));
}

describe('element picker', () => {
  it('Escape cancels and leaves nothing behind', async () => {
    const page = await harness.open(URL);
    await waitForPanel(page);
    const before = await page.evaluate(() => document.body.outerHTML);
    await startPicker(page);
    await page.hover('#partner-slot .Slot_inner__k2j3x');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-picker'));
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    expect(await customRules()).toBe('');
    await page.close();
  });

  it('the page cannot drive it: synthetic keys and clicks do nothing', async () => {
    const page = await harness.open(URL);
    await waitForPanel(page);
    await startPicker(page);
    await page.hover('#partner-slot .Slot_inner__k2j3x');
    await page.evaluate(() => {
      for (const key of ['Enter', 'Escape'])
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      document.querySelector('#partner-slot')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(await page.evaluate(() => !!document.querySelector('unshill-picker'))).toBe(true);
    expect(await customRules()).toBe('');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('creates a rule without generated classes that hides the picked element on reload, and nothing else', async () => {
    const page = await harness.open(URL);
    await waitForPanel(page);
    const hiddenBefore = await hiddenElements(page);
    await startPicker(page);
    await page.hover('#partner-slot .Slot_inner__k2j3x');
    await page.keyboard.press('Enter');
    await expect.poll(customRules, { timeout: 30_000 }).toMatch(/^www\.coindesk\.com##/);
    const rule = (await customRules()).trim();
    expect(rule).not.toMatch(/__|nth-child|h4sh1|k2j3x/);
    // Named through the one stable thing it has, its ancestor's id.
    expect(rule).toContain('#partner-slot');
    await page.waitForFunction(() => !document.querySelector('unshill-picker'));

    await page.reload();
    await waitForPanel(page);
    expect(await page.locator('#partner-slot .Slot_inner__k2j3x').isVisible()).toBe(false);
    expect(await page.getByText('Twin box that stays').isVisible()).toBe(true);
    const hiddenAfter = await hiddenElements(page);
    const added = hiddenAfter.filter((p) => !hiddenBefore.includes(p));
    expect(added).toHaveLength(1);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('#partner-slot .Slot_inner__k2j3x') as Element).display,
      ),
    ).toBe('none');
    await page.close();
  });
});
