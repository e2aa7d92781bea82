/**
 * Every visible string of the extension goes through `t`. Messages live in public/_locales/<lang>/messages.json,
 * and the browser resolves them (falling back to English, the default locale, itself). The English table is
 * not bundled here: it was 35 kB of every article's script. Contexts without the i18n API (unit tests,
 * Node tools) set a fallback (english.ts).
 */
import { extensionApi } from '../content/ext';
import { formatMessage, type MessageEntry } from './format';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

type Fallback = (key: MessageKey, substitutions?: string | string[]) => string;
let fallback: Fallback = (key) => key;

/** Where no browser resolves messages (unit tests, Node tools): the text of a key, e.g. englishMessage. */
export function setFallbackMessages(resolve: Fallback): void {
  fallback = resolve;
}

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Where the background leaves the UI language's messages in a page's isolated world (content scripts):
 * a Symbol key, which no page element can clobber (ids become string-keyed globals).
 */
export const MESSAGES_KEY: unique symbol = Symbol.for('unshill.messages') as never;
type MessagesScope = { [MESSAGES_KEY]?: Readonly<Record<string, MessageEntry>> };

/** The messages handed over by the background, if any; `undefined` takes them away (tests). */
export function setProvidedMessages(table: Readonly<Record<string, MessageEntry>> | undefined): void {
  (globalThis as MessagesScope)[MESSAGES_KEY] = table;
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // In a page, the first chrome.i18n.getMessage is a synchronous IPC for the whole message bundle, which
  // blocks the page's main thread (2 ms usually, 150 ms seen on a loaded machine): the background's copy first.
  const provided = (globalThis as MessagesScope)[MESSAGES_KEY]?.[key];
  if (provided) return formatMessage(provided, substitutions);
  let message = '';
  try {
    // WXT types getMessage per key from the generated .wxt/types/i18n.d.ts; MessageKey is the same set.
    const getMessage = extensionApi()?.i18n.getMessage as GetMessage | undefined;
    message = getMessage?.(key, substitutions) ?? '';
  } catch {
    // No i18n API here (unit tests, Node tools): the fallback below is the answer.
  }
  return message || fallback(key, substitutions);
}

/** The browser's UI language ('en-US'), or 'en' where the API is missing. */
export function uiLanguage(): string {
  try {
    return extensionApi()?.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
