/**
 * The extension API without the polyfill, for the content scripts and the modules they share with the
 * rest (messaging, i18n): Firefox's native `browser` and Chrome MV3's `chrome` both return promises for
 * what they use. The polyfill cost the article script 1 to 4 ms to evaluate on every article.
 */
type Api = typeof import('wxt/browser').browser;

export function extensionApi(): Api | undefined {
  const scope = globalThis as { browser?: Api; chrome?: Api };
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

/** False once the extension was reloaded or removed while this page stayed open. */
export function extensionAlive(): boolean {
  try {
    return !!extensionApi()?.runtime?.id;
  } catch {
    return false;
  }
}
