/** The target languages offered in "Translate to", and their names in the reader's language. */
import { languageName } from '../translate/languages';

/**
 * Languages the engines commonly cover, led by the ones of the catalogue's sites and readers.
 * Base codes as the translation engines take them ('zh' = Simplified Chinese for LibreTranslate and Chrome).
 */
export const TARGET_LANGUAGES: readonly string[] = [
  'en',
  'fr',
  'es',
  'de',
  'ru',
  'zh',
  'pt',
  'it',
  'nl',
  'pl',
  'uk',
  'tr',
  'ar',
  'ja',
  'ko',
  'vi',
  'id',
  'hi',
];

/** [value, label] options for the "Translate to" select; '' (the browser's language) first. */
export function targetLanguageOptions(
  uiLanguage: string,
  browserLanguageLabel: (name: string) => string,
  current: string,
): [string, string][] {
  const codes =
    current && !TARGET_LANGUAGES.includes(current) ? [...TARGET_LANGUAGES, current] : TARGET_LANGUAGES;
  const uiBase = uiLanguage.split(/[-_]/)[0] ?? 'en';
  return [
    ['', browserLanguageLabel(languageName(uiBase, uiLanguage))],
    ...codes.map((code): [string, string] => [code, `${languageName(code, uiLanguage)} (${code})`]),
  ];
}
