import { browser, type ScriptPublicPath } from '#imports';

/** Path of the on-demand script (entrypoints/article.ts): Readability, DOMPurify, summarizer, panel, reader. */
export const ARTICLE_SCRIPT: ScriptPublicPath = '/article.js';

type UnshillGlobal = { __unshill?: { toggleReader(): void } };

/** Loads the on-demand script into a tab's frame (the early script asks only when it is missing). */
export async function injectArticleScript(tabId: number, frameId = 0): Promise<void> {
  await injectScript(ARTICLE_SCRIPT, tabId, frameId);
}

/** The DOM-ready cleanup script (entrypoints/ready.ts), loaded on demand in any-site mode. */
export const CLEANUP_SCRIPT: ScriptPublicPath = '/ready.js';

/** Loads a script file into one frame of a tab (the content scripts' isolated world). */
export async function injectScript(file: ScriptPublicPath, tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** Loads the on-demand script into a tab's isolated world once; later calls find it there. */
export async function ensureArticleScript(tabId: number, frameId = 0): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: () => typeof (globalThis as UnshillGlobal).__unshill === 'object',
  });
  if (probe?.result === true) return;
  await injectScript(ARTICLE_SCRIPT, tabId, frameId);
}

/** The toolbar button, the keyboard shortcut and the context menu all end here. */
export async function toggleReaderInTab(tabId: number): Promise<void> {
  await ensureArticleScript(tabId);
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as UnshillGlobal).__unshill?.toggleReader(),
  });
}

/** Path of the element picker (entrypoints/picker.ts), loaded when the reader asks for it. */
export const PICKER_SCRIPT = '/picker.js';

export async function injectPicker(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PICKER_SCRIPT] });
}
