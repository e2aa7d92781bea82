/**
 * The article script's extras (extras.js), loaded on demand: the reader view (Readability, DOMPurify,
 * read aloud), the translation engines and "why hidden". It leaves its API in the isolated world's shared
 * state for the article script, and answers the background's `reader:toggle` request (toolbar, shortcut,
 * menu), on any page: loading it twice is harmless.
 */
import { browser } from 'wxt/browser';
import type { PageReplyMap, PageRequest } from '../messaging/protocol';
import { loadSettings, settingItems } from '../settings/settings';
import { DEFAULT_READER } from '../settings/defaults';
import { validateSetting } from '../settings/validate';
import type { MountedReader, ReaderPrefs } from '../ui/reader';
import { extractArticle } from '../extract/article';
import { articleTextBlocks } from './article-blocks';
import { createTranslationController } from './translation-controller';
import { translationOffer } from './translation-offer';
import { createWhyController } from './why-controller';
import { world } from '../world/world';
import { computeKeyPointsAsync } from './key-points';
import { summarizeInBackground } from './summarize-remote';
import { createReaderToggle } from './reader-controller';

async function loadReaderPrefs(): Promise<ReaderPrefs> {
  try {
    return validateSetting('reader', await settingItems.reader.getValue()).value;
  } catch {
    return { ...DEFAULT_READER };
  }
}

/** The reader view's own translation toggle: the same engines, on the reader's copy of the article. */
async function offerReaderTranslation(reader: MountedReader, keyPoints: string[]): Promise<() => void> {
  if (!reader.body) return () => undefined;
  const { settings } = await loadSettings();
  const blocks = articleTextBlocks(reader.body).map((b) => b.element);
  const offer = await translationOffer(document, reader.body.textContent ?? '', settings);
  const controller = createTranslationController(
    document,
    { blocks: reader.title ? [reader.title, ...blocks] : blocks, root: reader.body, title: reader.title },
    offer,
    settings,
    (update) => reader.setTranslation(update),
  );
  if (controller.offered) reader.offerTranslation(() => void controller.toggle(keyPoints));
  return () => controller.dispose();
}

export function startExtrasScript(): void {
  const shared = world();
  if (shared.extras) return;
  let disposeReaderTranslation: Promise<() => void> | null = null;
  const toggleReader = createReaderToggle(document, {
    loadPrefs: loadReaderPrefs,
    savePrefs: (prefs) => settingItems.reader.setValue(prefs).catch(() => undefined),
    keyPoints: async (doc, article) => {
      const shown = world().article?.keyPoints();
      if (shown?.length) return shown;
      return (await computeKeyPointsAsync(doc, null, article, summarizeInBackground)).points;
    },
    onOpen(reader, keyPoints) {
      disposeReaderTranslation = offerReaderTranslation(reader, keyPoints).catch(() => () => undefined);
    },
    onClose() {
      void disposeReaderTranslation?.then((dispose) => dispose());
      disposeReaderTranslation = null;
    },
  });
  shared.extras = { extractArticle, createTranslationController, createWhyController, toggleReader };
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as PageRequest | undefined)?.type !== 'reader:toggle') return undefined;
    const reply: Promise<PageReplyMap['reader:toggle']> = toggleReader().then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, error: String(error) }),
    );
    return reply;
  });
}
