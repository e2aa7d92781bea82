/**
 * The on-demand part of the content script (heavy: Readability, DOMPurify, summarizer, UI).
 * It exposes one object on the isolated world's global, which the early script and the
 * background call: loading it twice is harmless.
 */
import { createReaderToggle } from './reader-controller';
import { readerPrefs } from './prefs';

export interface UnshillApi {
  toggleReader(): Promise<void>;
}

declare global {
  var __unshill: UnshillApi | undefined;
}

export function startArticleScript(): void {
  if (globalThis.__unshill) return;
  const toggleReader = createReaderToggle(document, {
    loadPrefs: readerPrefs.load,
    savePrefs: readerPrefs.save,
    keyPoints: async () => [],
  });
  globalThis.__unshill = { toggleReader };
}
