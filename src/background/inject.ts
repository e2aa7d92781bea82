import { browser } from '#imports';
import { resolvedMessages } from '../i18n/i18n';

/** Path of the on-demand script (entrypoints/article.ts): Readability, DOMPurify, summarizer, panel, reader. */
export const ARTICLE_SCRIPT = '/article.js';

type UnshillGlobal = { __unshill?: { toggleReader(): void } };

let messages: ReturnType<typeof resolvedMessages> | null = null;

/** Loads the on-demand script into a tab's frame, with the UI's messages (see `t`: no sync IPC in the page). */
export async function injectArticleScript(tabId: number, frameId = 0): Promise<void> {
  messages ??= resolvedMessages();
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (table: typeof messages) => {
      globalThis.__unshillMessages ??= table ?? undefined;
    },
    args: [messages],
  });
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ARTICLE_SCRIPT] });
}

/** Loads the on-demand script into a tab's isolated world once; later calls find it there. */
export async function ensureArticleScript(tabId: number, frameId = 0): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: () => typeof (globalThis as UnshillGlobal).__unshill === 'object',
  });
  if (probe?.result === true) return;
  await injectArticleScript(tabId, frameId);
}

/** The toolbar button, the keyboard shortcut and the context menu all end here. */
export async function toggleReaderInTab(tabId: number): Promise<void> {
  await ensureArticleScript(tabId);
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as UnshillGlobal).__unshill?.toggleReader(),
  });
}
