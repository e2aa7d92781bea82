import { browser, type ScriptPublicPath } from '#imports';
import type { PageReplyTo, PageRequest } from '../messaging/protocol';
import { resolvedMessages } from '../i18n/english';

/** Path of the on-demand article script (entrypoints/article.ts): key points, disclosures, the panel. */
export const ARTICLE_SCRIPT: ScriptPublicPath = '/article.js';

/**
 * Path of the article script's extras (entrypoints/extras.ts): Readability, DOMPurify, the reader view,
 * read aloud, translation, "why hidden". Loaded only when one of them is asked for.
 */
export const EXTRAS_SCRIPT: ScriptPublicPath = '/extras.js';

/** The DOM-ready script (entrypoints/ready.ts), loaded on demand in any-site mode. */
export const READY_SCRIPT: ScriptPublicPath = '/ready.js';

/** The rules and promotion heuristics (entrypoints/cleanup.ts), loaded once ready.js found an article. */
export const CLEANUP_SCRIPT: ScriptPublicPath = '/cleanup.js';

/** Path of the element picker (entrypoints/picker.ts), loaded when the reader asks for it. */
export const PICKER_SCRIPT: ScriptPublicPath = '/picker.js';

/**
 * Loads a script file into one frame of a tab (the content scripts' isolated world). At once: by default
 * an injection into a page still loading waits for document_idle, up to 200 ms after DOMContentLoaded or
 * until `load`, and the page asked for it because it needs it now.
 */
export async function injectScript(file: ScriptPublicPath, tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [file],
    injectImmediately: true,
  });
}

let messages: ReturnType<typeof resolvedMessages> | null = null;

/**
 * Loads a script that shows text into a tab's frame, with the UI's messages: the page's first
 * `chrome.i18n.getMessage` is a synchronous IPC that blocks the page (22 to 89 ms measured; see `t`).
 * Both injections are sent at once: the scripts call `t` only once they run their work, long after the
 * small messages table has landed (one after the other, they put 20 to 30 ms before the panel; should
 * the table ever come second, `t` falls back to `getMessage`).
 */
export async function injectWithMessages(file: ScriptPublicPath, tabId: number, frameId = 0): Promise<void> {
  messages ??= resolvedMessages();
  await Promise.all([
    browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      injectImmediately: true,
      // Runs in the page's isolated world, serialized: self-contained, same key as MESSAGES_KEY in i18n.ts.
      func: (table: typeof messages) => {
        const scope = globalThis as { [key: symbol]: unknown };
        scope[Symbol.for('unshill.messages')] ??= table ?? undefined;
      },
      args: [messages],
    }),
    injectScript(file, tabId, frameId),
  ]);
}

export async function injectPicker(tabId: number, frameId = 0): Promise<void> {
  await injectScript(PICKER_SCRIPT, tabId, frameId);
}

/** A typed request to a tab's content scripts; undefined when none answers (none there, or none handles it). */
export async function askTab<R extends PageRequest>(
  tabId: number,
  request: R,
  frameId = 0,
): Promise<PageReplyTo<R> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request, { frameId })) as PageReplyTo<R> | undefined;
  } catch {
    return undefined;
  }
}

/** The toolbar button, the keyboard shortcut and the context menu all end here. */
export async function toggleReaderInTab(tabId: number): Promise<void> {
  const request: PageRequest = { type: 'reader:toggle' };
  // The extras script answers when it is loaded; when nothing answers, load it once and ask again.
  let reply = await askTab(tabId, request);
  if (!reply) {
    await injectWithMessages(EXTRAS_SCRIPT, tabId);
    reply = await askTab(tabId, request);
  }
  if (!reply?.ok) throw new Error(reply?.error ?? 'the reader did not answer');
}
