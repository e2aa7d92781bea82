/**
 * Opens the welcome page once, when the extension is first installed (not on updates, not when the
 * browser starts). Called by the background's `runtime.onInstalled` listener.
 */
import { browser } from 'wxt/browser';

export interface InstalledDetails {
  reason: string;
  /** Firefox: a temporary add-on loaded from about:debugging (a developer reloading it, not a reader). */
  temporary?: boolean;
}

export const WELCOME_PATH = '/welcome.html';

export async function openWelcomeOnInstall(details: InstalledDetails): Promise<void> {
  if (details.reason !== 'install' || details.temporary) return;
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  } catch (error) {
    // A browser without tabs (e.g. a policy-restricted profile): the extension works without the page.
    console.warn('Unshill: could not open the welcome page:', error);
  }
}
