/**
 * Whether an article gets a translation toggle: its language (declared, else detected by the browser)
 * is not the reader's. Light on purpose: the panel decides this on every article, while the engines
 * (translation-controller.ts, in extras.js) load only when the toggle is pressed.
 */
import { extensionApi } from './ext';
import { uiLanguage } from '../i18n/i18n';
import { resolveTranslateTo, type Settings } from '../settings/defaults';
import { declaredPageLanguage, normalizeLang, resolveSourceLanguage } from '../translate/languages';

export interface TranslationOffer {
  /** The article's language, when known. */
  readonly source: string | null;
  /** The reader's language (normalized). */
  readonly target: string;
  /** Whether the toggle is offered (the article is not already in the reader's language). */
  readonly offered: boolean;
}

async function detectLanguage(text: string): Promise<{ language: string; percentage: number }[] | null> {
  try {
    const result = await extensionApi()?.i18n.detectLanguage(text.slice(0, 2000));
    return result?.languages ?? null;
  } catch {
    return null;
  }
}

export async function translationOffer(
  doc: Document,
  articleText: string,
  settings: Settings,
): Promise<TranslationOffer> {
  const source = resolveSourceLanguage(declaredPageLanguage(doc), await detectLanguage(articleText));
  const target = normalizeLang(resolveTranslateTo(settings, uiLanguage()));
  return { source, target, offered: !!source && normalizeLang(source) !== target };
}
