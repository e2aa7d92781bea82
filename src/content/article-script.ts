/**
 * The on-demand part of the content script (heavy: Readability, DOMPurify, summarizer, UI).
 * It publishes one object on the isolated world's global, which the early script and the
 * background call: loading it twice is harmless.
 */
import { settingItems } from '../settings/settings';
import { DEFAULT_READER } from '../settings/defaults';
import { validateSetting } from '../settings/validate';
import type { ReaderPrefs } from '../ui/reader';
import './api';
import { startArticle, type ArticleSession } from './article-controller';
import { computeKeyPoints } from './key-points';
import { createReaderToggle } from './reader-controller';

async function loadReaderPrefs(): Promise<ReaderPrefs> {
  try {
    return validateSetting('reader', await settingItems.reader.getValue()).value;
  } catch {
    return { ...DEFAULT_READER };
  }
}

export function startArticleScript(): void {
  if (globalThis.__unshill) return;
  let session: ArticleSession | null = null;
  const toggleReader = createReaderToggle(document, {
    loadPrefs: loadReaderPrefs,
    savePrefs: (prefs) => settingItems.reader.setValue(prefs).catch(() => undefined),
    keyPoints: async (doc, article) => session?.keyPoints() ?? computeKeyPoints(doc, null, article).points,
  });
  globalThis.__unshill = {
    toggleReader,
    startArticle(ctx) {
      session = startArticle(ctx, () => void toggleReader());
      ctx.signal.addEventListener('abort', () => (session = null));
    },
  };
}
