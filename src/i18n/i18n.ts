/**
 * Every visible string of the extension goes through `t`. Messages live in public/_locales/<lang>/messages.json;
 * English is bundled as the fallback for contexts without the i18n API (unit tests) or a missing key.
 */
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import { formatMessage, type MessageEntry } from './format';

export type MessageKey = keyof typeof en;

const ENGLISH: Readonly<Record<string, MessageEntry>> = en;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  let message = '';
  try {
    // WXT types getMessage per key from the generated .wxt/types/i18n.d.ts; MessageKey is the same set.
    message = (browser.i18n.getMessage as GetMessage)(key, substitutions);
  } catch {
    // No i18n API here (unit tests, fake browser): the English text below is the answer.
  }
  return message || englishMessage(key, substitutions);
}

export function englishMessage(key: MessageKey, substitutions?: string | string[]): string {
  const entry = ENGLISH[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** The browser's UI language ('en-US'), or 'en' where the API is missing. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
