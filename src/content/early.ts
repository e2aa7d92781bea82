/**
 * The early content script, on catalogue sites only (document_start). Small on purpose: the heavy part
 * (entrypoints/article.ts) is loaded by the background only when this page is an article.
 *
 *   document_start ─► findSite ─► hide stylesheet with the site's rules (before first paint)
 *                  ─► settings: cleanup off / site off → remove it all
 *   DOM ready      ─► detectArticle ─► not an article: remove the sheet, stop
 *                  ─► mark site-rule matches + procedural rules + heuristic promotions
 *                  ─► load the article script ─► panel, key points, translation
 *   later          ─► MutationObserver: late promotions (added nodes only), sheet removed by the page,
 *                     in-page navigation (URL change) ─► run again for the new article
 */
import { browser } from 'wxt/browser';
import { compileRules, matchProcedural, parseCosmeticRules, type ProceduralRule } from '../clean/cosmetic';
import { createHideState, type HideState } from '../clean/hide';
import { findPromotions, findPromotionsIn } from '../clean/heuristics';
import { detectArticle, isAppPageUrl } from '../detect/detect-article';
import { findArticleRoot } from '../detect/article-root';
import { findSite } from '../sites/find-site';
import { settingItems } from '../settings/settings';
import type { ArticleContext } from './api';
import { markTime } from './timing';

export function runEarly(): void {
  const site = findSite(location.href);
  if (!site) return;
  markTime('unshill:start');
  const siteRules = parseCosmeticRules(site.rules.join('\n')).rules;
  const compiled = compileRules(siteRules, location.hostname);
  // Site rules apply from the first paint; if the page turns out not to be an article, they go at DOM ready.
  let hide: HideState | null = createHideState(document, compiled.selectors);
  // Until the heuristics have run at DOM ready, a page that may be an article is not painted (capped).
  const curtain = isAppPageUrl(new URL(location.href)) ? null : raiseCurtain(document);
  window.addEventListener('load', () => curtain?.lower(), { once: true });
  let procedural: ProceduralRule[] = compiled.procedural;

  const settingsReady = Promise.all([
    settingItems.cleanupEnabled.getValue(),
    settingItems.disabledSites.getValue(),
    settingItems.customRules.getValue(),
  ]).then(
    ([enabled, disabled, custom]) => {
      const on = enabled !== false && !(Array.isArray(disabled) && disabled.includes(site.id));
      if (!on) return false;
      if (typeof custom === 'string' && custom.trim()) {
        // The reader's own rules, parsed with the same parser (invalid lines are reported in Options).
        const extra = compileRules(parseCosmeticRules(custom).rules, location.hostname);
        if (extra.selectors.length || extra.procedural.length) {
          hide?.remove();
          hide = createHideState(document, [...compiled.selectors, ...extra.selectors]);
          procedural = [...compiled.procedural, ...extra.procedural];
        }
      }
      return true;
    },
    () => true, // Storage unavailable: the defaults say clean up.
  );
  void settingsReady.then((on) => {
    if (!on) {
      hide?.remove();
      hide = null;
      curtain?.lower();
    }
  });

  let lastUrl = location.href;
  let run: AbortController | null = null;

  const onReady = async (): Promise<void> => {
    if (!(await settingsReady)) return curtain?.lower();
    run?.abort();
    run = new AbortController();
    const signal = run.signal;
    markTime('unshill:detect:start');
    const detection = detectArticle(document, new URL(location.href), site);
    markTime('unshill:detect:end');
    if (!detection.isArticle) {
      hide?.remove();
      hide = null;
      curtain?.lower();
      return;
    }
    // Ask for the heavy script now; hiding runs while the background injects it.
    const articleScript: Promise<{ ok: boolean } | undefined> = globalThis.__unshill
      ? Promise.resolve({ ok: true })
      : (browser.runtime.sendMessage({ type: 'article:inject' }) as Promise<{ ok: boolean } | undefined>);
    articleScript.catch(() => undefined);
    hide ??= createHideState(document, compiled.selectors);
    const state = hide;
    const root = findArticleRoot(document, site.articleRoot);
    markTime('unshill:hide:start');
    state.markSiteMatches();
    for (const rule of procedural) state.mark(matchProcedural(document, rule), 'site-rule');
    for (const match of findPromotions(document, root)) state.mark([match.element], match.reason);
    markTime('unshill:hide:end');
    curtain?.lower();

    const listeners = new Set<() => void>();
    const observer = new MutationObserver((records) => {
      state.ensureAttached();
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        void onNavigate();
        return;
      }
      const added: Node[] = [];
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && !(node as Element).hasAttribute('data-unshill-added')) added.push(node);
        }
      }
      if (!added.length) return;
      let changed = 0;
      for (const node of added) {
        if (state.selectors.length)
          changed += state.mark(matchSelf(node as Element, state.selectors), 'site-rule');
        for (const rule of procedural)
          changed += state.mark(matchProcedural(node as Element, rule), 'site-rule');
      }
      for (const match of findPromotionsIn(added, root)) changed += state.mark([match.element], match.reason);
      if (changed) for (const listener of listeners) listener();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());

    const ctx: ArticleContext = {
      site,
      hide: state,
      root,
      signal,
      onHiddenChange: (listener) => listeners.add(listener),
    };
    try {
      if (!(await articleScript)?.ok || signal.aborted) return;
      globalThis.__unshill?.startArticle(ctx);
    } catch {
      // The extension was reloaded or the background is gone: the page keeps what is hidden, no panel.
    }
  };

  const onNavigate = async (): Promise<void> => {
    // A new article in the same document: forget the old one's marks, run again once it has rendered.
    hide?.clearMarks();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await onReady();
  };

  const checkUrl = (): void => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      void onNavigate();
    }
  };
  window.addEventListener('popstate', checkUrl);
  // Catches pushState navigations that change the URL without DOM changes we would notice.
  setInterval(checkUrl, 500);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => void onReady(), { once: true });
  } else {
    void onReady();
  }
}

/** `node` and its descendants matching any of `selectors`. */
function matchSelf(node: Element, selectors: readonly string[]): Element[] {
  const combined = selectors.join(',');
  try {
    const found = Array.from(node.querySelectorAll(combined));
    if (node.matches(combined)) found.unshift(node);
    return found;
  } catch {
    return [];
  }
}

/** Longest the page stays unpainted waiting for DOM ready (a slow network must not mean a blank page). */
const CURTAIN_MAX_MS = 1500;

/** Keeps the page unpainted (opacity 0) until promotions are marked, so none is ever painted. */
function raiseCurtain(doc: Document): { lower(): void } {
  const style = doc.createElement('style');
  style.setAttribute('data-unshill-added', '');
  style.textContent = 'html { opacity: 0 !important; }';
  (doc.head ?? doc.documentElement)?.append(style);
  const timer = setTimeout(() => style.remove(), CURTAIN_MAX_MS);
  return {
    lower() {
      clearTimeout(timer);
      style.remove();
    },
  };
}
