/**
 * "Show hidden" says why: on a catalogue page with a subscribed list and a custom rule, the labels name
 * the catalogue, the list, the custom rule and a heuristic; "Not a promotion" survives a reload; labels
 * live in a closed shadow root (nothing of the reader's rules in the page's DOM, no element a page script can click).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, waitForPanel, type Harness } from './harness';

const URL =
  'https://www.coindesk.com/markets/2025/08/26/ether-and-eth-treasury-companies-look-undervalued-after-plunge-standar';
const LIST_URL = 'http://127.0.0.1:9/why-list.txt';
const MARKERS =
  '<div class="why-list-banner">Hidden by the list</div><div class="why-custom-banner">Hidden by a custom rule</div>';

interface Label {
  text: string;
  kind: string;
  button: { x: number; y: number };
}

let harness: Harness;

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3' });
  const { html } = loadFixture('coindesk-ether-treasury-undervalued');
  harness.serve(URL, html.replace(/<body([^>]*)>/i, `<body$1>${MARKERS}`));
  // A subscribed list as the background stores it (subscribing itself is tested in lists.spec.ts).
  await harness.worker.evaluate(
    async ({ listUrl }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void> } } };
      };
      await chrome.storage.local.set({
        customRules: 'www.coindesk.com##.why-custom-banner\n',
        filterLists: [{ url: listUrl, enabled: true, title: 'Why test list' }],
        filterListRules: { [listUrl]: ['coindesk.com##.why-list-banner'] },
      });
    },
    { listUrl: LIST_URL },
  );
});
afterAll(async () => harness?.close());

/** The labels as the extension's isolated world sees them (the page cannot: the root is closed). */
async function labels(page: Page): Promise<Label[]> {
  return harness.worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
        scripting: {
          executeScript(o: {
            target: { tabId: number };
            func: () => unknown;
          }): Promise<{ result?: unknown }[]>;
        };
      };
    };
    const [tab] = await chrome.tabs.query({ url });
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: tab?.id ?? -1 },
      // The content scripts' shared state lives under this Symbol (src/world/world.ts).
      func: () =>
        (globalThis as { [key: symbol]: { why?: { describe(): unknown } } | undefined })[
          Symbol.for('unshill.world')
        ]?.why?.describe() ?? [],
    });
    return frame?.result as Label[];
  }, page.url());
}

async function showHidden(page: Page): Promise<Label[]> {
  await page.locator('unshill-panel [data-testid="reveal-toggle"]').click();
  await expect.poll(async () => (await labels(page)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  return labels(page);
}

describe('why hidden', () => {
  it('labels every revealed element with its rule and source, in a root the page cannot read', async () => {
    const page = await harness.open(URL);
    await waitForPanel(page);
    const shown = await showHidden(page);
    const texts = shown.map((l) => l.text);
    expect(texts).toContain('Filter list: Why test list · ##.why-list-banner');
    expect(texts).toContain('Your custom rule · ##.why-custom-banner');
    expect(texts.some((t) => t.startsWith('Site catalogue (CoinDesk) · ##'))).toBe(true);
    expect(shown.some((l) => l.kind === 'heuristic' && /^Detected: \S/.test(l.text))).toBe(true);
    const count = await page.locator('unshill-panel [data-testid="hidden-count"]').textContent();
    expect(count).toContain(String(shown.length));
    // Nothing of the reader's rules or lists is in the page's DOM, and the root is closed to its scripts.
    const leak = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      open: document.querySelector('unshill-why')?.shadowRoot !== null,
    }));
    expect(leak.open).toBe(false);
    expect(leak.html).not.toContain('Why test list');
    expect(leak.html).not.toContain('##.why-custom-banner');
    await page.close();
  });

  it('"Not a promotion" shows the element, now and after a reload, for a rule and for a heuristic', async () => {
    const page = await harness.open(URL);
    await waitForPanel(page);
    const custom = (await showHidden(page)).find((l) => l.kind === 'custom');
    expect(custom).toBeDefined();
    await page.mouse.click(custom!.button.x, custom!.button.y);
    const rules = async (): Promise<string> =>
      harness.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        };
        return String((await chrome.storage.local.get('customRules')).customRules);
      });
    await expect.poll(rules, { timeout: 30_000 }).toContain('www.coindesk.com#@#.why-custom-banner');
    // Hide again: the element stays visible, and the heuristic exception is honoured too.
    // One the reader can see without scrolling (the mouse clicks inside the viewport).
    const heuristic = (await labels(page)).find(
      (l) => l.kind === 'heuristic' && l.button.y > 0 && l.button.y < 880,
    );
    expect(heuristic).toBeDefined();
    // Several elements can share a reason ("bar (fixed)"): the exception takes the clicked one away.
    const sameReason = (list: Label[]): number => list.filter((l) => l.text === heuristic!.text).length;
    const before = sameReason(await labels(page));
    await page.mouse.click(heuristic!.button.x, heuristic!.button.y);
    await expect.poll(rules, { timeout: 30_000 }).toMatch(/#@#.*\n.*#@#/s);
    await page.locator('unshill-panel [data-testid="reveal-toggle"]').click();
    expect(await page.locator('.why-custom-banner').isVisible()).toBe(true);

    await page.reload();
    await waitForPanel(page);
    expect(await page.locator('.why-custom-banner').isVisible()).toBe(true);
    expect(await page.locator('.why-list-banner').isVisible()).toBe(false);
    const after = await showHidden(page);
    expect(after.some((l) => l.kind === 'custom')).toBe(false);
    // The heuristic honours the reader's exception: that element is no longer hidden at all.
    expect(sameReason(after)).toBeLessThan(before);
    await page.close();
  });
});
