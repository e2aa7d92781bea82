import { browser } from '#imports';
import type { PageReplyTo, PageRequest } from '../messaging/protocol';

/** Path of the on-demand script (entrypoints/article.ts): Readability, DOMPurify, summarizer, panel, reader. */
export const ARTICLE_SCRIPT = '/article.js';

/** Loads the on-demand script into a tab's frame (the DOM-ready script asks only when it is missing). */
export async function injectArticleScript(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ARTICLE_SCRIPT] });
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
  // The article script answers when it is loaded; when nothing answers, load it once and ask again.
  let reply = await askTab(tabId, request);
  if (!reply) {
    await injectArticleScript(tabId);
    reply = await askTab(tabId, request);
  }
  if (!reply?.ok) throw new Error(reply?.error ?? 'the reader did not answer');
}

/** Path of the element picker (entrypoints/picker.ts), loaded when the reader asks for it. */
export const PICKER_SCRIPT = '/picker.js';

export async function injectPicker(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PICKER_SCRIPT] });
}
