/**
 * Every visible string of the extension goes through `t`. Messages live in public/_locales/<lang>/messages.json;
 * English is bundled as the fallback for contexts without the i18n API (unit tests) or a missing key.
 */
import { extensionApi } from '../content/ext';
import en from '../../public/_locales/en/messages.json';
import { formatMessage, type MessageEntry } from './format';

export type MessageKey = keyof typeof en;

const ENGLISH: Readonly<Record<string, MessageEntry>> = en;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

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
    return extensionApi()?.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Stand-ins for $1…$9, so the browser's resolved text shows where each substitution goes. */
const SUBSTITUTION_MARKERS = Array.from({ length: 9 }, (_, i) => `\u0001${i + 1}\u0002`);

/**
 * Every message as the browser resolves it for the UI language (locale fallbacks included), as entries
 * that `t` formats to the same text: for the background to hand to content scripts (see `t`).
 */
export function resolvedMessages(): Record<string, MessageEntry> {
  const out: Record<string, MessageEntry> = {};
  for (const key of Object.keys(ENGLISH)) {
    let text = '';
    try {
      const getMessage = extensionApi()?.i18n.getMessage as GetMessage | undefined;
      if (!getMessage) return {};
      text = getMessage(key, SUBSTITUTION_MARKERS);
    } catch {
      return {};
    }
    if (!text) continue;
    const placeholders: Record<string, { content: string }> = {};
    const message = text.replaceAll('$', '$$$$').replace(/\u0001([1-9])\u0002/g, (_, n: string) => {
      placeholders[`p${n}`] = { content: `$${n}` };
      return `$p${n}$`;
    });
    out[key] = { message, placeholders };
  }
  return out;
}
