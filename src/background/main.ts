/**
 * Background: wiring only. Toolbar button, shortcut and context menu open the reader view;
 * content scripts ask it to load the on-demand article script and to reach translation servers.
 */
import { browser, type ScriptPublicPath } from '#imports';
import type { ListRequest } from '../messaging/protocol';
import { handleListRequest, startListUpdates } from '../lists/service';
import { LIFETIME_PORT, type ReplyMap, type Request } from '../messaging/protocol';
import { openWelcomeOnInstall } from '../welcome/open-on-install';
import { addCustomRule } from './custom-rules';
import { watchExtraSites } from './extra-sites';
import { handleRequest, type HandlerDeps } from './handlers';
import { loadSettings } from '../settings/settings';
import {
  ARTICLE_SCRIPT,
  CLEANUP_SCRIPT,
  EXTRAS_SCRIPT,
  READY_SCRIPT,
  injectPicker,
  injectScript,
  injectWithMessages,
  toggleReaderInTab,
} from './inject';

const MENU_ID = 'unshill-open-reader';
const PICKER_MENU_ID = 'unshill-pick-element';

const HANDLER_DEPS: HandlerDeps = {
  settings: async () => (await loadSettings()).settings,
  isGranted: (origin) => browser.permissions.contains({ origins: [origin] }),
};

/**
 * The extension's own pages (Options, opened in a tab): their sender URL is the extension's, which the
 * browser sets; a content script's sender URL is the web page's.
 */
function isExtensionPage(sender: { url?: string }): boolean {
  return !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

function isWebPage(url: string | undefined): boolean {
  return !url || /^https?:/.test(url);
}

async function openReader(clicked: { id?: number; url?: string } | undefined): Promise<void> {
  // A click without a tab (dispatched by a tool) means the tab in front.
  const tab =
    clicked?.id === undefined
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : clicked;
  if (tab?.id === undefined || !isWebPage(tab.url)) return;
  try {
    await toggleReaderInTab(tab.id);
  } catch (error) {
    // Pages the extension may not script (store pages, PDFs, no permission): nothing to show there.
    console.warn('Unshill: cannot open the reader on this page:', error);
  }
}

/**
 * `cleanup:inject`, `article:inject`: the DOM-ready script found an article in its tab and asks for the
 * cleanup script (rules, heuristics) and the article script;
 * `extras:inject`: the article script asks for its extras (reader view, translation, why hidden);
 * `ready:inject`: the any-site check found a likely crypto article and asks for the DOM-ready script.
 * Scripts that show text get the UI's messages with them (`withMessages`).
 */
async function injectForSender(
  file: ScriptPublicPath,
  sender: { tab?: { id?: number }; frameId?: number },
  withMessages: boolean,
): Promise<ReplyMap['article:inject']> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no tab' };
  try {
    await (withMessages ? injectWithMessages : injectScript)(file, tabId, sender.frameId ?? 0);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

export function startBackground(): void {
  watchExtraSites();
  startListUpdates();
  // Firefox MV2 calls the toolbar button browserAction.
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => void openReader(tab));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-reader') return;
    if (tab) void openReader(tab);
    else
      void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => openReader(active));
  });
  browser.runtime.onInstalled.addListener((details) => {
    void openWelcomeOnInstall(details);
    browser.contextMenus?.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuOpenReader'),
      contexts: ['page'],
    });
    browser.contextMenus?.create({
      id: PICKER_MENU_ID,
      title: browser.i18n.getMessage('menuPickElement'),
      contexts: ['all'],
    });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openReader(tab);
    // The menu click grants activeTab: the picker can run on any page, in the frame clicked.
    if (info.menuItemId === PICKER_MENU_ID && tab?.id !== undefined && isWebPage(tab.url))
      void injectPicker(tab.id, info.frameId ?? 0).catch((error) =>
        console.warn('Unshill: cannot pick on this page:', error),
      );
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as Request;
    if (request?.type === 'article:inject') return injectForSender(ARTICLE_SCRIPT, sender, true);
    if (request?.type === 'extras:inject') return injectForSender(EXTRAS_SCRIPT, sender, true);
    if (request?.type === 'cleanup:inject') return injectForSender(CLEANUP_SCRIPT, sender, false);
    if (request?.type === 'ready:inject') return injectForSender(READY_SCRIPT, sender, false);
    if (request?.type?.startsWith('lists:')) {
      // Only the extension's own pages (Options) manage subscriptions; a content script has no reason to.
      if (!isExtensionPage(sender)) return Promise.resolve({ ok: false, error: 'not allowed from a page' });
      return handleListRequest(request as ListRequest);
    }
    if (request?.type === 'rules:add') return addCustomRule(sender.url ?? sender.tab?.url, request.rule);
    if (request?.type === 'picker:start') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ ok: false, error: 'no tab' });
      return injectPicker(tabId, sender.frameId ?? 0).then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, error: String(error) }),
      );
    }
    return handleRequest(request, HANDLER_DEPS, { fromExtensionPage: isExtensionPage(sender) });
  });
  // Content scripts hold a port open only to learn, by its disconnect, that the extension went away.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT) port.disconnect();
  });
}
