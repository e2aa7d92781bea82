import { describe, expect, it, vi } from 'vitest';
import { HIDDEN_ATTR } from '../../../src/clean/hide';
import { startCleanup } from '../../../src/content/cleanup';
import type { EarlyState } from '../../../src/content/early-state';
import { DEFAULT_PAGE_SETTINGS } from '../../../src/settings/page-settings';

const ARTICLE = `<p>${'Bitcoin rose on Tuesday as funds bought more of it than miners could sell. '.repeat(4)}</p>`;

function setUp(rules: string[]): { early: EarlyState; article: Element } {
  document.head.innerHTML = '';
  const html = `<article>${ARTICLE.repeat(4)}</article><div class="ad-slot">Trade now</div>`;
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  const early: EarlyState = {
    site: { id: 'demo', name: 'Demo', matches: [], rules },
    hide: null,
    curtain: null,
    siteSelectors: [],
    settings: Promise.resolve(DEFAULT_PAGE_SETTINGS),
  };
  return { early, article: document.querySelector('article')! };
}

/** A first pass with the default settings, never aborted, on a live extension. */
function startPlain(early: EarlyState, article: Element) {
  return startCleanup({
    early,
    settings: DEFAULT_PAGE_SETTINGS,
    root: article,
    signal: new AbortController().signal,
    isValid: () => true,
    onPageChange: () => undefined,
  });
}

describe('startCleanup (the on-demand cleanup script)', () => {
  it('builds the sheet the document_start script skipped, marks rule matches and watches late ones', async () => {
    const { early, article } = setUp(['##.ad-slot']);
    const controller = new AbortController();
    const onPageChange = vi.fn();
    const cleanup = await startCleanup({
      early,
      settings: DEFAULT_PAGE_SETTINGS,
      root: article,
      signal: controller.signal,
      isValid: () => true,
      onPageChange,
    });
    expect(cleanup).not.toBeNull();
    expect(early.hide).toBe(cleanup!.hide);
    expect(cleanup!.hide.selectors).toContain('.ad-slot');
    expect(document.querySelector('.ad-slot')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(article.hasAttribute(HIDDEN_ATTR)).toBe(false);

    const changed = vi.fn();
    cleanup!.onHiddenChange(changed);
    const late = document.createElement('div');
    late.className = 'ad-slot';
    document.body.append(late);
    await vi.waitFor(() => expect(late.hasAttribute(HIDDEN_ATTR)).toBe(true));
    expect(changed).toHaveBeenCalled();
    expect(onPageChange).toHaveBeenCalled();

    // Aborted (in-page navigation, extension gone): late nodes are left alone.
    controller.abort();
    const after = document.createElement('div');
    after.className = 'ad-slot';
    document.body.append(after);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(after.hasAttribute(HIDDEN_ATTR)).toBe(false);
    cleanup!.hide.remove();
  });

  it("applies the reader's rules that arrive after the first pass", async () => {
    const { early, article } = setUp([]);
    const cleanup = await startPlain(early, article);
    const box = document.querySelector('.ad-slot')!;
    expect(box.hasAttribute(HIDDEN_ATTR)).toBe(false);
    cleanup!.applyLateRules({
      ...DEFAULT_PAGE_SETTINGS,
      customRules: `${location.hostname}##.ad-slot:has-text(Trade)`,
    });
    expect(box.hasAttribute(HIDDEN_ATTR)).toBe(true);
    cleanup!.hide.remove();
  });

  it('shows again what the heuristics hid when a late "Not a promotion" exception covers it', async () => {
    const { early, article } = setUp([]);
    const offer = new DOMParser().parseFromString(
      `<aside class="bonus-card"><p>Claim your 6,200 USDT welcome bonus today</p>
       <a href="https://www.bitget.com/register?channelCode=news">Sign up now</a></aside>`,
      'text/html',
    ).body.firstElementChild!;
    article.after(offer);
    const cleanup = await startPlain(early, article);
    expect(offer.hasAttribute(HIDDEN_ATTR)).toBe(true);
    cleanup!.applyLateRules({ ...DEFAULT_PAGE_SETTINGS, customRules: `${location.hostname}#@#.bonus-card` });
    expect(offer.hasAttribute(HIDDEN_ATTR)).toBe(false);
    cleanup!.hide.remove();
  });
});
