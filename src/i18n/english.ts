/**
 * The English messages (the default locale), for what needs the whole table: the background, which hands
 * every message to the content scripts (resolvedMessages), and contexts without the i18n API (unit tests).
 */
import en from '../../public/_locales/en/messages.json';
import { extensionApi } from '../content/ext';
import { formatMessage, type MessageEntry } from './format';
import type { GetMessage, MessageKey } from './i18n';

const ENGLISH: Readonly<Record<string, MessageEntry>> = en;

export function englishMessage(key: MessageKey, substitutions?: string | string[]): string {
  const entry = ENGLISH[key];
  return entry ? formatMessage(entry, substitutions) : key;
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
