/**
 * Accessibility of the extension's own UI: axe (WCAG 2 A/AA rules) on the options page, the welcome page,
 * the panel and the reader view, in light and dark; keyboard-only use; reduced motion.
 * Page-injected UI is checked alone (`include('unshill-panel')`): the fixture page around it is not ours.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, type Harness } from './harness';

let harness: Harness;
let extensionOrigin: string;
const ARTICLE = loadFixture('coindesk-ether-treasury-undervalued');

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3' });
  // chrome-extension: is not a special scheme for Node's URL (origin 'null'): build it from the host.
  extensionOrigin = `chrome-extension://${new URL(harness.worker.url()).host}`;
  harness.serve(ARTICLE.truth.url, ARTICLE.html);
  // The harness answers every other URL with a 404, extension pages included: let those load.
  await harness.context.route(/^chrome-extension:\/\//, (route) => route.continue());
});
afterAll(async () => harness?.close());
// Also after a failed test: clickToolbar finds the tab by URL, and a leftover tab would take the click.
afterEach(async () => {
  for (const page of harness.context.pages()) await page.close();
});

interface Finding {
  rule: string;
  impact: string | null | undefined;
  targets: unknown[];
  help: string;
}

/** Serious and critical axe violations, with what a fix needs: rule, target, message. */
async function seriousViolations(page: Page, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (include) builder = builder.include(include);
  const { violations, passes } = await builder.analyze();
  if (include) {
    // axe looked inside the open shadow root: such a target is a path [host, selector inside].
    expect(
      passes.some((rule) => rule.nodes.some((node) => node.target.some((step) => Array.isArray(step)))),
    ).toBe(true);
  }
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target),
      help: v.nodes[0]?.failureSummary ?? v.help,
    }));
}

async function openArticle(
  colorScheme: 'light' | 'dark',
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
) {
  const page = await harness.context.newPage();
  await page.emulateMedia({ colorScheme, reducedMotion });
  await page.goto(ARTICLE.truth.url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      !!document.querySelector('unshill-panel')?.shadowRoot?.querySelector('[data-testid="key-points"] li'),
  );
  return page;
}

async function openReader(page: Page): Promise<void> {
  await harness.clickToolbar(page);
  await page.waitForFunction(
    () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article h1'),
  );
}

async function openExtensionPage(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await harness.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
  await page.waitForSelector('h1');
  return page;
}

/** The focused element, looking through open shadow roots: a short description and whether focus shows. */
async function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let host: string | null = null;
    while (el?.shadowRoot?.activeElement) {
      host = el.localName;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      host,
      tag: el.localName,
      name: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60),
      testid: el.getAttribute('data-testid'),
      visibleFocus: outline || shadow,
    };
  });
}

/** Presses Tab up to `limit` times and returns every stop inside `host` (panel or reader). */
async function tabStops(page: Page, host: string, limit: number) {
  const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
  let outside = 0;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now?.host === host) stops.push(now);
    else if (stops.length > 0) outside++;
  }
  return { stops, outsideAfterEntering: outside };
}

describe('welcome page', () => {
  it('opens by itself when the extension is installed', async () => {
    await expect
      .poll(() => harness.context.pages().some((page) => page.url() === `${extensionOrigin}/welcome.html`), {
        timeout: 30_000,
      })
      .toBe(true);
  });
});

describe('axe: no serious or critical violations in our UI', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`options page (${scheme})`, async () => {
      const page = await openExtensionPage('options.html', scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it(`welcome page (${scheme})`, async () => {
      const page = await openExtensionPage('welcome.html', scheme);
      await page.waitForFunction(
        () => !!document.querySelector('unshill-panel')?.shadowRoot?.querySelector('li'),
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it(`panel on a news article (${scheme})`, async () => {
      const page = await openArticle(scheme);
      expect(await seriousViolations(page, 'unshill-panel')).toEqual([]);
      await page.close();
    });

    it(`reader view (${scheme})`, async () => {
      const page = await openArticle(scheme);
      await openReader(page);
      expect(await seriousViolations(page, 'unshill-reader')).toEqual([]);
      await page.close();
    });
  }
});

describe('keyboard only', () => {
  it('Tab reaches every panel control, each with a visible focus indicator', async () => {
    const page = await openArticle('light');
    const expected = await page.evaluate(() => {
      const shadow = document.querySelector('unshill-panel')!.shadowRoot!;
      return [...shadow.querySelectorAll('button')]
        .filter((b) => !b.disabled && b.getClientRects().length > 0)
        .map((b) => (b.getAttribute('aria-label') || b.textContent || '').trim().slice(0, 60));
    });
    expect(expected.length).toBeGreaterThan(3);
    const { stops } = await tabStops(page, 'unshill-panel', 150);
    expect(stops.map((s) => s.name)).toEqual(expect.arrayContaining(expected));
    expect(stops.filter((s) => !s.visibleFocus)).toEqual([]);
    await page.close();
  });

  it('Tab reaches every reader control with visible focus, and stays inside the reader', async () => {
    const page = await openArticle('light');
    await openReader(page);
    const expected = await page.evaluate(() => {
      const shadow = document.querySelector('unshill-reader')!.shadowRoot!;
      return [...shadow.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => (b.getAttribute('aria-label') || b.textContent || '').trim().slice(0, 60));
    });
    const { stops, outsideAfterEntering } = await tabStops(page, 'unshill-reader', 40);
    expect(stops.map((s) => s.name)).toEqual(expect.arrayContaining(expected));
    expect(stops.filter((s) => !s.visibleFocus)).toEqual([]);
    // aria-modal="true": focus must not wander to the page hidden behind the reader.
    expect(outsideAfterEntering).toBe(0);
    await page.close();
  });

  it("Escape closes the reader opened from the panel and focus returns to the panel's button", async () => {
    const page = await openArticle('light');
    await page.locator('unshill-panel [data-testid="open-reader"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => !!document.querySelector('unshill-reader')?.shadowRoot?.querySelector('article'),
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    expect(await focused(page)).toMatchObject({ host: 'unshill-panel', testid: 'open-reader' });
    await page.close();
  });

  it('Escape closes the reader opened from the toolbar and focus returns to where it was', async () => {
    const page = await openArticle('light');
    const link = page.locator('article a[href], main a[href], a[href]').first();
    await link.focus();
    const before = await focused(page);
    expect(before?.tag).toBe('a');
    await openReader(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('unshill-reader'));
    expect(await focused(page)).toEqual(before);
    await page.close();
  });
});

describe('prefers-reduced-motion: reduce', () => {
  it('no animation or transition runs in the panel or the reader', async () => {
    const page = await openArticle('light', 'reduce');
    await openReader(page);
    const moving = await page.evaluate(() => {
      const found: string[] = [];
      for (const hostName of ['unshill-panel', 'unshill-reader']) {
        const shadow = document.querySelector(hostName)?.shadowRoot;
        for (const el of shadow ? [...shadow.querySelectorAll('*')] : []) {
          const style = getComputedStyle(el);
          const animated =
            style.animationName !== 'none' &&
            style.animationDuration.split(',').some((d) => parseFloat(d) > 0);
          const transition = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          if (animated || transition)
            found.push(
              `${hostName} ${el.localName}.${el.className}: ${style.animationName} ${style.transitionDuration}`,
            );
        }
      }
      return found;
    });
    expect(moving).toEqual([]);
    await page.close();
  });

  it('without the preference the reader does fade in (the check above can fail)', async () => {
    const page = await openArticle('light', 'no-preference');
    await openReader(page);
    const name = await page.evaluate(() => {
      const backdrop = document.querySelector('unshill-reader')!.shadowRoot!.querySelector('.backdrop')!;
      return getComputedStyle(backdrop).animationName;
    });
    expect(name).not.toBe('none');
    await page.close();
  });
});
