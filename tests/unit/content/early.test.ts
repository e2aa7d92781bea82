// @vitest-environment-options { "url": "https://cointelegraph.com/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runEarly } from '../../../src/content/early';
import { world } from '../../../src/world/world';

const WORLD_KEY = Symbol.for('unshill.world');
const scope = globalThis as { [WORLD_KEY]?: unknown; browser?: unknown; chrome?: unknown };

describe('runEarly (document_start)', () => {
  const syncGet = vi.fn(async () => ({}));
  const localGet = vi.fn(async () => ({}));
  let saved: { browser?: unknown; chrome?: unknown };

  beforeEach(() => {
    saved = { browser: scope.browser, chrome: scope.chrome };
    scope.browser = undefined;
    scope.chrome = { runtime: { id: 'test' }, storage: { sync: { get: syncGet }, local: { get: localGet } } };
    delete scope[WORLD_KEY];
    document.head.innerHTML = '';
    syncGet.mockClear();
    localGet.mockClear();
  });
  afterEach(() => {
    world().early?.hide?.remove();
    world().early?.curtain?.lower();
    Object.assign(scope, saved);
    delete scope[WORLD_KEY];
  });

  it('leaves a front page alone: no stylesheet, no curtain, no storage read', async () => {
    history.replaceState(null, '', '/');
    runEarly();
    const early = world().early!;
    expect(early.site.id).toBe('cointelegraph');
    expect(early.hide).toBeNull();
    expect(early.curtain).toBeNull();
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(syncGet).not.toHaveBeenCalled();
    // Read on first use (the page turned into an article in place), once.
    await early.settings;
    await early.settings;
    expect(syncGet).toHaveBeenCalledTimes(1);
    expect(localGet).toHaveBeenCalledTimes(1);
  });

  it('hides by the site rules and covers a page that may be an article, and reads the settings now', () => {
    history.replaceState(null, '', '/news/bitcoin-holds-above-support-as-inflows-slow');
    runEarly();
    const early = world().early!;
    expect(early.hide?.selectors.length).toBeGreaterThan(0);
    expect(early.curtain).not.toBeNull();
    expect(document.querySelectorAll('style')).toHaveLength(2);
    expect(syncGet).toHaveBeenCalledTimes(1);
  });
});
