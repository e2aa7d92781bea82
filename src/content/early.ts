/**
 * The document_start content script, on catalogue sites (and the reader's extra sites). Small on
 * purpose (budget 28 KB with the DOM-ready step it also carries): it only makes sure no promotion is ever
 * painted. The rest happens at DOM ready (ready.ts, same script) and, on articles, in the on-demand scripts.
 *
 *   document_start ─► findSite ─► hide stylesheet with the site's plain CSS rules (before first paint)
 *                  ─► curtain (opacity 0, capped) until ready.ts has marked promotions
 *                  ─► settings: cleanup off / site off → remove it all
 */
import { isCatalogueSelector, quickHideSelectors } from '../clean/cosmetic';
import { createHideState } from '../clean/hide';
import { isNeverArticleUrl } from '../detect/detect-article';
import { findSite } from '../sites/find-site';
import type { Site } from '../sites/types';
import { world } from '../world/world';
import { raiseCurtain } from './curtain';
import type { PageSettings } from '../settings/page-settings';
import { allRuleLines, readPageSettings, type EarlyState } from './early-state';
import { markTime } from './timing';

export function runEarly(): void {
  const shared = world();
  if (shared.early) return;
  // Not a catalogue page: the script was registered for one of the reader's extra sites.
  const site: Site = findSite(location.href) ?? {
    id: 'extra',
    name: location.hostname,
    matches: [],
    rules: [],
  };
  markTime('unshill:start');
  // Front pages and trading, login, price and help pages are never articles: nothing to hide, nothing to
  // undo, and nothing read from storage (cleanup.js builds the sheet if the page later turns into an article).
  const appPage = isNeverArticleUrl(new URL(location.href));
  const siteSelectors = appPage ? [] : quickHideSelectors(site.rules, location.hostname, isCatalogueSelector);
  let settings: Promise<PageSettings> | null = null;
  const state: EarlyState = {
    site,
    siteSelectors,
    // Site rules apply from the first paint; if the page is not an article, ready.ts removes them.
    hide: appPage ? null : createHideState(document, siteSelectors),
    // Until promotions are marked at DOM ready, a page that may be an article is not painted (capped).
    curtain: appPage ? null : raiseCurtain(document),
    // Read on first use: now for a page that may be an article, never on the others.
    get settings() {
      return (settings ??= readPageSettings(site.id).then((loaded) => {
        applySettings(state, loaded);
        return loaded;
      }));
    },
  };
  shared.early = state;
  if (!appPage) void state.settings;
}

/** The reader's settings for this site, once read: cleanup off, heuristics alone, or more rules. */
function applySettings(state: EarlyState, { on, customRules, lists, siteRules }: PageSettings): void {
  if (!on) {
    state.hide?.remove();
    state.hide = null;
    state.curtain?.lower();
    return;
  }
  // Heuristics alone (e2e build): the page is still behind the curtain, so nothing was painted yet.
  if (!siteRules) state.site = { ...state.site, rules: [] };
  if (!customRules.trim() && lists.length === 0 && siteRules) return;
  // Together with the site's, so that the reader's `#@#` exceptions can cancel a site or list rule.
  state.siteSelectors = quickHideSelectors(
    allRuleLines(state.site, { customRules, lists }),
    location.hostname,
  );
  state.hide?.setSelectors(state.siteSelectors);
}
