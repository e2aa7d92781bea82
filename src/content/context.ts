/**
 * The content scripts' lifetime, as events (the part of WXT's ContentScriptContext these small unlisted
 * scripts need, without its runtime):
 * - `signal` aborts when the extension is gone (reloaded, updated or removed under an open page). Chrome
 *   gives an orphaned script no event of its own, so two signals are read once there is something to take
 *   away (`watchExtension`): the disconnect of a port opened to the background, and a check of `runtime.id`
 *   on each page event the scripts handle anyway (DOM changes, navigation, the tab shown again). Before
 *   that, a page that is not an article never touches the extension API (its first use costs about 2 ms).
 * - `onNavigate` fires on same-document URL changes: the Navigation API's `currententrychange` where the
 *   browser has it (it sees pushState from the page's world), else popstate/hashchange, and `checkUrl()`
 *   for callers that see the page change (a MutationObserver) when a pushState had no event.
 */
import { LIFETIME_PORT } from '../messaging/protocol';
import { extensionAlive, extensionApi } from './ext';

export interface ScriptContext {
  readonly signal: AbortSignal;
  /** False (and `signal` aborted) once the extension is gone; cheap enough to call on every event. */
  isValid(): boolean;
  onNavigate(listener: (url: string) => void): void;
  /** Compares the URL with the last one seen and fires `onNavigate` when it changed. */
  checkUrl(): void;
  /** Opens the port whose disconnect tells that the extension went away (once there is work to undo). */
  watchExtension(): void;
}

/** One look at `runtime.id` after the lifetime port closed, when it was still set at the disconnect. */
const RECHECK_AFTER_DISCONNECT_MS = 1000;

interface NavigationLike extends EventTarget {
  readonly currentEntry: unknown;
}

export function createScriptContext(win: Window = window): ScriptContext {
  const controller = new AbortController();
  const { signal } = controller;
  const listeners = new Set<(url: string) => void>();
  let lastUrl = win.location.href;
  let port: { disconnect(): void } | null = null;
  let watching = false;

  const isValid = (): boolean => {
    if (!signal.aborted && !extensionAlive()) controller.abort();
    return !signal.aborted;
  };
  const checkUrl = (): void => {
    if (!isValid() || win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    for (const listener of listeners) listener(lastUrl);
  };
  const options = { signal };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', checkUrl, options);
  win.addEventListener('popstate', checkUrl, options);
  win.addEventListener('hashchange', checkUrl, options);
  signal.addEventListener('abort', () => port?.disconnect());

  return {
    signal,
    isValid,
    checkUrl,
    onNavigate: (listener) => listeners.add(listener),
    watchExtension() {
      if (port || signal.aborted) return;
      if (!watching) {
        watching = true;
        win.addEventListener('pageshow', () => isValid(), options);
        win.document.addEventListener('visibilitychange', () => isValid(), options);
      }
      try {
        const opened = extensionApi()?.runtime.connect({ name: LIFETIME_PORT });
        if (!opened) return;
        port = opened;
        // Also closed when an idle service worker stops: then the page events above still notice.
        opened.onDisconnect.addListener(() => {
          readLastError();
          port = null;
          // During an unload the port closes before `runtime.id` is cleared: look again once, a moment later.
          if (isValid()) setTimeout(isValid, RECHECK_AFTER_DISCONNECT_MS);
        });
      } catch {
        isValid();
      }
    },
  };
}

/** Reads `runtime.lastError` after a disconnect, so Chrome does not report it as unchecked. */
function readLastError(): void {
  try {
    void extensionApi()?.runtime.lastError;
  } catch {
    // The extension is gone: nothing to read.
  }
}
