/**
 * The DOM-ready content script (document_end), after early.ts on the same pages.
 *
 *   DOM ready ─► detectArticle ─► not an article: remove the sheet and the curtain, stop
 *             ─► mark site-rule matches + procedural rules + heuristic promotions, lower the curtain
 *             ─► load the article script (background) ─► panel, key points, translation
 *   later     ─► MutationObserver: late promotions (added nodes only), sheet removed by the page
 *             ─► in-page navigation (ScriptContext.onNavigate) ─► run again for the new article, one panel
 *             ─► extension reloaded or removed (ScriptContext.signal) ─► take everything away
 *   always    ─► answers the background's `status` request with how far it got (tests wait on it)
 */
import { compileRules, matchProcedural, parseCosmeticRules, type ProceduralRule } from '../clean/cosmetic';
import { createHideState } from '../clean/hide';
import { exceptionSelectors, isExempt } from '../clean/why-hidden';
import { findPromotionsIn, findPromotionsSliced, type PromoMatch } from '../clean/heuristics';
import { yieldToPage } from '../util/yield';
import { findArticleRoot } from '../detect/article-root';
import { detectArticle, isAppPageUrl } from '../detect/detect-article';
import type { PagePhase, PageReplyMap, PageRequest, ReplyMap } from '../messaging/protocol';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from '../settings/page-settings';
import { isOwn } from '../world/own-nodes';
import { world } from '../world/world';
import { ANY_SITE_ID } from './any-site';
import type { ArticleContext } from './api';
import { createScriptContext } from './context';
import { allRuleLines } from './early';
import { extensionApi } from './ext';
import { markTime } from './timing';

/** Lets a single-page app render the new article before it is read. */
const NAVIGATION_SETTLE_MS = 50;
/** Longest slice of the promotion heuristics before yielding to the page (budget: no task over 100 ms). */
const SLICE_MS = 80;

export function runReady(): void {
  const shared = world();
  const early = shared.early;
  if (!early || shared.readyStarted) return;
  shared.readyStarted = true;
  const { site } = early;
  const lifetime = createScriptContext();
  const setPhase = (phase: PagePhase): void => {
    shared.phase = phase;
  };
  answerStatus(() => shared.phase);
  let run: AbortController | null = null;

  // Settings usually arrive before DOM ready; if storage is slow, clean up now (the default) and undo after.
  let settings: PageSettings = DEFAULT_PAGE_SETTINGS;
  let applyLateRules: ((settings: PageSettings) => void) | null = null;
  void early.settings.then((loaded) => {
    settings = loaded;
    if (!loaded.on) {
      run?.abort();
      setPhase('off');
    }
    // Arrived after DOM ready: the reader's rules still apply to this article.
    else if (loaded.customRules.trim() || loaded.lists.length) applyLateRules?.(loaded);
  });

  const onReady = async (): Promise<void> => {
    // The e2e build waits for its settings: a heuristics-only run must not mark by the site's rules first.
    await (import.meta.env.MODE === 'e2e'
      ? early.settings
      : Promise.race([early.settings, Promise.resolve()]));
    if (!settings.on) {
      setPhase('off');
      return early.curtain?.lower();
    }
    run?.abort();
    run = new AbortController();
    const signal = run.signal;
    try {
      markTime('unshill:detect:start');
      const url = new URL(location.href);
      const appPage = isAppPageUrl(url);
      // In any-site mode the page must be about crypto: no site hint, so the topic decides too.
      const hint = site.id === ANY_SITE_ID ? undefined : site;
      const detection = appPage ? null : detectArticle(document, url, hint);
      markTime('unshill:detect:end');
      if (!detection?.isArticle) {
        early.hide?.remove();
        early.hide = null;
        setPhase(appPage ? 'app-page' : 'not-article');
        return;
      }
      setPhase('cleaning');
      // Something to take away if the extension leaves: listen for that from now on.
      lifetime.watchExtension();
      // Ask for the heavy script now; hiding runs while the background injects it.
      const articleScript: Promise<ReplyMap['article:inject'] | undefined> = shared.article
        ? Promise.resolve({ ok: true })
        : requestArticleScript();
      articleScript.catch(() => undefined);

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
      const startedWith = settings;
      let procedural = proceduralFor(settings);
      const state = (early.hide ??= createHideState(document, early.siteSelectors));
      const root = detection.root ?? findArticleRoot(document, site.articleRoot);
      const listeners = new Set<() => void>();
      // The reader's "Not a promotion" (`site#@#selector`) holds for the heuristics too.
      let exempt = exceptionSelectors(settings.customRules.split('\n'), location.hostname);
      // What the heuristics hid, so that an exception arriving late (settings after DOM ready) shows it again.
      const markedByHeuristics = new Set<Element>();
      const markAll = (matches: PromoMatch[]): number => {
        let added = 0;
        for (const match of matches) {
          if (isExempt(match.element, exempt) || !state.mark([match.element], match.reason)) continue;
          markedByHeuristics.add(match.element);
          added++;
        }
        return added;
      };
      signal.addEventListener('abort', () => markedByHeuristics.clear());
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
        const nowExempt = [...markedByHeuristics].filter((element) => isExempt(element, exempt));
        for (const element of nowExempt) markedByHeuristics.delete(element);
        state.unmark(nowExempt);
        state.markSiteMatches();
        for (const rule of procedural) state.mark(matchProcedural(document, rule), 'site-rule');
        for (const listener of listeners) listener();
      };
      // The settings came while the heuristics ran (applyLateRules did not exist yet): apply them now.
      if (settings !== startedWith && settings.on) applyLateRules(settings);

      function onMutations(records: MutationRecord[]): void {
        if (!lifetime.isValid()) return;
        state.ensureAttached();
        // A pushState the browser announced with no event (no Navigation API): seen with the new content.
        lifetime.checkUrl();
        if (signal.aborted) return;
        const added: Element[] = [];
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType === 1 && !isOwn(node)) added.push(node as Element);
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
      const loaded = await articleScript;
      if (signal.aborted) return;
      if (!loaded?.ok || !shared.article) return setPhase('failed');
      shared.article.startArticle(ctx);
      setPhase('done');
    } catch (error) {
      // The extension was reloaded, the background is gone, or the page is too broken: it keeps working.
      console.debug('Unshill:', error);
      setPhase('failed');
    } finally {
      early.curtain?.lower();
    }
  };

  lifetime.onNavigate(() => {
    // A new article in the same document: forget the old one's marks, run again once it has rendered.
    setPhase('starting');
    early.hide?.clearMarks();
    setTimeout(() => void onReady(), NAVIGATION_SETTLE_MS);
  });
  lifetime.signal.addEventListener('abort', () => {
    run?.abort();
    early.hide?.remove();
    early.curtain?.lower();
  });

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

async function requestArticleScript(): Promise<ReplyMap['article:inject'] | undefined> {
  const request = { type: 'article:inject' } as const;
  return (await extensionApi()?.runtime.sendMessage(request)) as ReplyMap['article:inject'] | undefined;
}

/** Answers the background's `status` request (other requests are the article script's). */
function answerStatus(phase: () => PagePhase): void {
  extensionApi()?.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (reply: PageReplyMap['status']) => void) => {
      if ((message as PageRequest | undefined)?.type !== 'status') return undefined;
      sendResponse({ phase: phase() });
      return undefined;
    },
  );
}
