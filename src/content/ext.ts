/**
 * The extension API without the polyfill, for the content scripts that run on every catalogue page:
 * Firefox's native `browser` and Chrome MV3's `chrome` both return promises for what these scripts use.
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
