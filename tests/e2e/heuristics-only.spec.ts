/**
 * "Heuristics alone" (CONTRACT.md): in the e2e build, `e2e.siteRules = false` in storage.local turns the
 * catalogue's hide rules off, so that the generic detection is measured alone; with the key removed the
 * rules apply again. An element only Bitget's rule names (`.micro-cookie-dialog`, with no promotional
 * content) tells the two apart; the page's promotions stay hidden either way (structure and words).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, loadFixture, waitForPanel, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await launch({ build: 'chrome-mv3-e2e' });
});
afterAll(async () => harness?.close());

const fixture = loadFixture('bitget-news-dogecoin-metric');
// Static (the page's CSS makes the real dialog a fixed bar, which the heuristics hide by geometry).
const RULE_ONLY =
  '<div class="micro-cookie-dialog" id="rule-only" style="position:static"><p>Photo: the editors.</p></div>';
const html = fixture.html.replace('</body>', `${RULE_ONLY}</body>`);

async function setSiteRules(value: boolean | null): Promise<void> {
  await harness.worker.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string): Promise<void> } } };
    };
    if (v === null) await chrome.storage.local.remove('e2e.siteRules');
    else await chrome.storage.local.set({ 'e2e.siteRules': v });
  }, value);
}

async function visibility(url: string): Promise<{ ruleOnly: boolean; poolx: boolean }> {
  const page = await harness.open(url);
  await waitForPanel(page);
  const seen = await page.evaluate(() => {
    const shown = (sel: string) => {
      const el = document.querySelector(sel);
      return !!el && el.checkVisibility({ checkVisibilityCSS: true }) && el.getClientRects().length > 0;
    };
    return { ruleOnly: shown('#rule-only'), poolx: shown('.news-detail__poolx') };
  });
  await page.close();
  return seen;
}

describe('heuristics alone (e2e build)', () => {
  it('e2e.siteRules = false turns the site rules off, and removing it turns them on again', async () => {
    harness.serve(fixture.truth.url, html);
    await setSiteRules(false);
    const off = await visibility(fixture.truth.url);
    expect(off).toEqual({ ruleOnly: true, poolx: false });
    await setSiteRules(null);
    const on = await visibility(fixture.truth.url);
    expect(on).toEqual({ ruleOnly: false, poolx: false });
  });
});
