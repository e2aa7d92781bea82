/**
 * The DOM-ready content script (document_end), after early.ts on the same pages.
 *
 *   DOM ready ─► detectArticle ─► not an article: remove the sheet and the curtain, stop
 *             ─► mark site-rule matches + procedural rules + heuristic promotions, lower the curtain
 *             ─► load the article script (background) ─► panel, key points, translation
 *   later     ─► MutationObserver: late promotions (added nodes only), sheet removed by the page,
 *                in-page navigation (URL change) ─► run again for the new article, one panel
 *             ─► extension reloaded or removed ─► take everything away
 */
import { compileRules, matchProcedural, parseCosmeticRules, type ProceduralRule } from '../clean/cosmetic';
import { createHideState } from '../clean/hide';
import { exceptionSelectors, isExempt } from '../clean/why-hidden';
import { findPromotionsIn, findPromotionsSliced, yieldToPage, type PromoMatch } from '../clean/heuristics';
import { findArticleRoot } from '../detect/article-root';
import { detectArticle, isAppPageUrl } from '../detect/detect-article';
import type { ArticleContext } from './api';
import { allRuleLines, type PageSettings } from './early';
import { extensionAlive, extensionApi } from './ext';
import { markTime } from './timing';

/** How often the URL is checked for pushState navigations that change nothing we observe. */
const URL_POLL_MS = 500;
/** Lets a single-page app render the new article before it is read. */
const NAVIGATION_SETTLE_MS = 50;
/** Longest slice of the promotion heuristics before yielding to the page (budget: no task over 100 ms). */
const SLICE_MS = 80;

export function runReady(): void {
  const early = globalThis.__unshillEarly;
  if (!early || (globalThis as { __unshillReady?: boolean }).__unshillReady) return;
  (globalThis as { __unshillReady?: boolean }).__unshillReady = true;
  const { site } = early;
  let lastUrl = location.href;
  let run: AbortController | null = null;

  // Settings usually arrive before DOM ready; if storage is slow, clean up now (the default) and undo after.
  let settings: PageSettings = { on: true, customRules: '', lists: [], siteRules: true };
  let applyLateRules: ((settings: PageSettings) => void) | null = null;
  void early.settings.then((loaded) => {
    settings = loaded;
    if (!loaded.on) run?.abort();
    // Arrived after DOM ready: the reader's rules still apply to this article.
    else if (loaded.customRules.trim() || loaded.lists.length) applyLateRules?.(loaded);
  });

  const onReady = async (): Promise<void> => {
    // The e2e build waits for its settings: a heuristics-only run must not mark by the site's rules first.
    await (import.meta.env.MODE === 'e2e'
      ? early.settings
      : Promise.race([early.settings, Promise.resolve()]));
    if (!settings.on) return early.curtain?.lower();
    run?.abort();
    run = new AbortController();
    const signal = run.signal;
    try {
      markTime('unshill:detect:start');
      const url = new URL(location.href);
      const detection = isAppPageUrl(url) ? null : detectArticle(document, url, site);
      markTime('unshill:detect:end');
      if (!detection?.isArticle) {
        early.hide?.remove();
        early.hide = null;
        return;
      }
      // Ask for the heavy script now; hiding runs while the background injects it.
      const articleScript = globalThis.__unshill
        ? Promise.resolve({ ok: true })
        : (extensionApi()?.runtime.sendMessage({ type: 'article:inject' }) as Promise<
            { ok: boolean } | undefined
          >);
      articleScript?.catch(() => undefined);

      // A list can hold tens of thousands of plain selectors (already in the sheet): only lines with a
      // parenthesis can be procedural, so only those pay for the full parser here.
      const proceduralFor = (loaded: PageSettings): ProceduralRule[] => {
        const lists = loaded.lists.map((list) => ({
          ...list,
          lines: list.lines.filter((l) => l.includes('(')),
        }));
        return compileRules(
          // early.site: without its hide rules when the e2e build measures the heuristics alone.
          parseCosmeticRules(allRuleLines(early.site, { ...loaded, lists })).rules,
          location.hostname,
        ).procedural;
      };
      let procedural = proceduralFor(settings);
      const state = (early.hide ??= createHideState(document, early.siteSelectors));
      const root = detection.root ?? findArticleRoot(document, site.articleRoot);
      const listeners = new Set<() => void>();
      // The reader's "Not a promotion" (`site#@#selector`) holds for the heuristics too.
      let exempt = exceptionSelectors(settings.customRules.split('\n'), location.hostname);
      const markAll = (matches: PromoMatch[]): number => {
        let added = 0;
        for (const match of matches)
          if (!isExempt(match.element, exempt)) added += state.mark([match.element], match.reason);
        return added;
      };
      // Observe before the first pause, so nodes added while the page runs in between are seen.
      const observer = new MutationObserver((records) => onMutations(records));
      observer.observe(document.documentElement, { childList: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect());
      // Detection and hiding in separate tasks; on a huge page the heuristics yield between slices
      // (the curtain still covers the page), so no single task of ours runs long.
      await yieldToPage();
      if (signal.aborted) return;
      markTime('unshill:hide:start');
      state.markSiteMatches();
      for (const rule of procedural) state.mark(matchProcedural(document, rule), 'site-rule');
      markAll(await findPromotionsSliced(document, root, { budgetMs: SLICE_MS, signal, onChunk: markAll }));
      if (signal.aborted) return;
      markTime('unshill:hide:end');
      early.curtain?.lower();
      applyLateRules = (loaded) => {
        if (signal.aborted) return;
        procedural = proceduralFor(loaded);
        exempt = exceptionSelectors(loaded.customRules.split('\n'), location.hostname);
        state.markSiteMatches();
        for (const rule of procedural) state.mark(matchProcedural(document, rule), 'site-rule');
        for (const listener of listeners) listener();
      };

      function onMutations(records: MutationRecord[]): void {
        state.ensureAttached();
        if (location.href !== lastUrl) return checkUrl();
        const added: Element[] = [];
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType === 1 && !(node as Element).hasAttribute('data-unshill-added'))
              added.push(node as Element);
          }
        }
        if (!added.length) return;
        let changed = 0;
        for (const node of added) {
          changed += state.mark(matchSelf(node, state.selectors), 'site-rule');
          for (const rule of procedural) changed += state.mark(matchProcedural(node, rule), 'site-rule');
        }
        changed += markAll(findPromotionsIn(added, root));
        if (changed) for (const listener of listeners) listener();
      }

      const ctx: ArticleContext = {
        site,
        hide: state,
        root,
        signal,
        onHiddenChange: (listener) => listeners.add(listener),
      };
      if (!(await articleScript)?.ok || signal.aborted) return;
      globalThis.__unshill?.startArticle(ctx);
    } catch (error) {
      // The extension was reloaded, the background is gone, or the page is too broken: it keeps working.
      console.debug('Unshill:', error);
    } finally {
      early.curtain?.lower();
    }
  };

  const onNavigate = async (): Promise<void> => {
    // A new article in the same document: forget the old one's marks, run again once it has rendered.
    early.hide?.clearMarks();
    await new Promise((resolve) => setTimeout(resolve, NAVIGATION_SETTLE_MS));
    await onReady();
  };

  function checkUrl(): void {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    void onNavigate();
  }

  const teardown = (): void => {
    clearInterval(poll);
    window.removeEventListener('popstate', checkUrl);
    run?.abort();
    early.hide?.remove();
    early.curtain?.lower();
  };
  const poll = setInterval(() => (extensionAlive() ? checkUrl() : teardown()), URL_POLL_MS);
  window.addEventListener('popstate', checkUrl);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => void onReady(), { once: true });
  } else {
    void onReady();
  }
}

/** `node` and its descendants matching any of `selectors`. */
function matchSelf(node: Element, selectors: readonly string[]): Element[] {
  if (!selectors.length) return [];
  const combined = selectors.join(',');
  try {
    const found = Array.from(node.querySelectorAll(combined));
    if (node.matches(combined)) found.unshift(node);
    return found;
  } catch {
    return [];
  }
}
