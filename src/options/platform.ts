/** The few browser APIs the options page calls, in one place (and easy to fake in tests). */
import { browser } from 'wxt/browser';

/**
 * Asks for optional host permissions. Call it synchronously from the click/submit/change handler, before any
 * await: browsers grant permission prompts only while handling a user action.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Whether the extension holds these host permissions already (false where the API is missing). */
export function hasOrigins(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.contains({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives back host permissions no longer needed; required (catalogue) hosts cannot be removed and are skipped. */
export async function removeOrigins(origins: string[]): Promise<void> {
  try {
    await browser.permissions.remove({ origins });
  } catch {
    // A manifest (required) host, or no permissions API: nothing to give back.
  }
}

/** Saves text as a file through a temporary object URL. */
export function downloadText(doc: Document, filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
