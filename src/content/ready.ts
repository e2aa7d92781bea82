/**
 * The DOM-ready step, started by early.js at document_start (and injected alone as ready.js by the
 * any-site gate). It runs in the task after DOMContentLoaded, or at once on an address that is never an
 * article. Small on purpose: on every catalogue page it only decides whether this is an article; the rules
 * and the heuristics (cleanup.js) and the panel (article.js) are loaded only for articles.
 *
 *   document_start ─► never an article by its address (front, trading, help page): stop, settings unread
 *                  ─► an article's address, site on: ask for cleanup.js and article.js already
 *   DOM ready ─► settings ─► detectArticle ─► not an article: remove the sheet and the curtain, stop
 *             ─► load cleanup.js and article.js (background, in parallel; unless asked for already)
 *             ─► cleanup.js: mark site-rule matches + procedural rules + heuristic promotions, lower the curtain
 *             ─► article.js: panel, key points, translation
 *   later     ─► MutationObserver (cleanup.js): late promotions (added nodes only), sheet removed by the page
 *             ─► in-page navigation (ScriptContext.onNavigate) ─► run again for the new article, one panel
 *             ─► extension reloaded or removed (ScriptContext.signal) ─► take everything away
 *   always    ─► how far it got is in the isolated world's shared state (world().phase): tests read it
 *               with scripting.executeScript, so no page pays for a message listener
 */
import { findArticleRoot } from '../detect/article-root';
import { detectArticle, isNeverArticleUrl, looksLikeArticleUrl } from '../detect/detect-article';
import type { PagePhase, ReplyMap } from '../messaging/protocol';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from '../settings/page-settings';
import { world } from '../world/world';
import type { ArticleContext } from './api';
import type { Cleanup } from './cleanup';
import { createScriptContext } from './context';
import { ANY_SITE_ID } from './early-state';
import { extensionApi } from './ext';
import { markTime } from './timing';
import { yieldToPage } from '../util/yield';

/** Lets a single-page app render the new article before it is read. */
const NAVIGATION_SETTLE_MS = 50;

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
  let run: AbortController | null = null;

  // Settings usually arrive before DOM ready; if storage is slow, clean up now (the default) and undo after.
  let settings: PageSettings = DEFAULT_PAGE_SETTINGS;
  let applyLateRules: ((settings: PageSettings) => void) | null = null;
  let watching = false;
  const watchSettings = (): Promise<PageSettings> => {
    if (watching) return early.settings;
    watching = true;
    void early.settings.then((loaded) => {
      settings = loaded;
      if (!loaded.on) {
        run?.abort();
        setPhase('off');
      }
      // Arrived after DOM ready: the reader's rules still apply to this article.
      else if (loaded.customRules.trim() || loaded.lists.length) applyLateRules?.(loaded);
    });
    return early.settings;
  };

  // The on-demand scripts take 40 to 70 ms to arrive once asked for. On an address that reads as an article
  // (and a site not switched off) they are asked for at document_start, so that they are there by DOM ready;
  // a page that turns out not to be an article leaves them unused.
  type ScriptReply = Promise<ReplyMap['cleanup:inject'] | undefined>;
  let requested: { cleanup: ScriptReply; article: ScriptReply } | null = null;
  const requestScripts = (): { cleanup: ScriptReply; article: ScriptReply } => {
    requested ??= {
      cleanup: shared.cleanup ? Promise.resolve({ ok: true }) : requestScript('cleanup:inject'),
      article: shared.article ? Promise.resolve({ ok: true }) : requestScript('article:inject'),
    };
    requested.article.catch(() => undefined);
    return requested;
  };
  if (document.readyState === 'loading' && looksLikeArticleUrl(new URL(location.href))) {
    early.settings.then((loaded) => loaded.on && requestScripts()).catch(() => undefined);
  }

  const onReady = async (): Promise<void> => {
    // Never an article by its address: stop before reading settings or the page.
    markTime('unshill:detect:start');
    if (isNeverArticleUrl(new URL(location.href))) {
      markTime('unshill:detect:end');
      run?.abort();
      early.hide?.remove();
      early.hide = null;
      early.curtain?.lower();
      setPhase('app-page');
      return;
    }
    const loading = watchSettings();
    // The e2e build waits for its settings: a heuristics-only run must not mark by the site's rules first.
    await (import.meta.env.MODE === 'e2e' ? loading : Promise.race([loading, Promise.resolve()]));
    if (!settings.on) {
      setPhase('off');
      return early.curtain?.lower();
    }
    run?.abort();
    run = new AbortController();
    const signal = run.signal;
    try {
      // In any-site mode the page must be about crypto: no site hint, so the topic decides too.
      const hint = site.id === ANY_SITE_ID ? undefined : site;
      const detection = detectArticle(document, new URL(location.href), hint);
      markTime('unshill:detect:end');
      if (!detection.isArticle) {
        early.hide?.remove();
        early.hide = null;
        setPhase('not-article');
        return;
      }
      setPhase('cleaning');
      // Something to take away if the extension leaves: listen for that from now on.
      lifetime.watchExtension();
      // Both on-demand scripts at once (unless asked for at document_start): article.js loads while
      // cleanup.js hides promotions.
      const { cleanup: cleanupScript, article: articleScript } = requestScripts();
      const root = detection.root ?? findArticleRoot(document, site.articleRoot);
      // Detection and hiding in separate tasks, even when the scripts are already here (asked for at
      // document_start): together they made the longest task on ordinary pages (51 ms median).
      const [cleanupLoaded] = await Promise.all([cleanupScript, yieldToPage()]);
      if (signal.aborted) return;
      if (!cleanupLoaded?.ok || !shared.cleanup) {
        requested = null; // asked again on the next run (an in-page navigation)
        return setPhase('failed');
      }
      const startedWith = settings;
      const cleanup: Cleanup | null = await shared.cleanup.startCleanup({
        early,
        settings,
        root,
        signal,
        isValid: () => lifetime.isValid(),
        // A pushState the browser announced with no event (no Navigation API): seen with the new content.
        onPageChange: () => lifetime.checkUrl(),
      });
      if (!cleanup || signal.aborted) return;
      early.curtain?.lower();
      applyLateRules = (loaded) => cleanup.applyLateRules(loaded);
      // The settings came while the heuristics ran (applyLateRules did not exist yet): apply them now.
      if (settings !== startedWith && settings.on) applyLateRules(settings);

      const ctx: ArticleContext = {
        site,
        hide: cleanup.hide,
        root,
        signal,
        onHiddenChange: cleanup.onHiddenChange,
      };
      const loaded = await articleScript;
      if (signal.aborted) return;
      if (!loaded?.ok || !shared.article) {
        requested = null;
        return setPhase('failed');
      }
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

  if (document.readyState !== 'loading' || isNeverArticleUrl(new URL(location.href))) {
    // Never an article by its address: settled now, with nothing to wait for (the listener and its task
    // were about 1.5 ms of every such page); an in-page navigation runs the step again.
    void onReady();
  } else {
    // In the task after DOMContentLoaded: the page's own DOMContentLoaded handlers have built what they build.
    document.addEventListener('DOMContentLoaded', () => setTimeout(() => void onReady()), { once: true });
  }
}

/** Asks the background to load an on-demand script into this frame. */
async function requestScript(
  type: 'cleanup:inject' | 'article:inject',
): Promise<ReplyMap['cleanup:inject'] | undefined> {
  return (await extensionApi()?.runtime.sendMessage({ type })) as ReplyMap['cleanup:inject'] | undefined;
}
