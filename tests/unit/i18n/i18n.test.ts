import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  formatMessage,
  placeholderNames,
  substitutionIndices,
  type MessageEntry,
} from '../../../src/i18n/format';
import { englishMessage, resolvedMessages } from '../../../src/i18n/english';
import { setProvidedMessages, t, type MessageKey } from '../../../src/i18n/i18n';

const LOCALES_DIR = join(__dirname, '../../../public/_locales');
const LOCALES = ['en', 'fr', 'es', 'de', 'ru', 'zh_CN'];

function readLocale(locale: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    MessageEntry
  >;
}
const en = readLocale('en');

/** Keys and English texts the panel and reader (written by the lead) rely on. */
const REQUIRED: Record<string, string> = {
  extName: 'Unshill',
  panelLabel: 'Unshill: article summary',
  keyPointsHeading: 'Key points',
  sourcePublisher: 'From the publisher',
  sourceLocal: 'On-device summary',
  sourceChrome: 'Chrome on-device AI',
  readingTime: '4 min read',
  hiddenCount: '3 promotions hidden',
  hiddenNone: 'No promotions hidden',
  revealShow: 'Show hidden',
  revealHide: 'Hide again',
  translateButton: 'Translate',
  translateShowOriginal: 'Show original',
  openReader: 'Reader view',
  collapsePanel: 'Collapse panel',
  expandPanel: 'Expand panel',
  siteOff: 'Turn off on this site',
  siteOn: 'Turn on on this site',
  readerClose: 'Close reader view',
  readerNoArticle: 'No article could be found on this page.',
  readerTextSize: 'Text size',
  readerSmaller: 'Smaller text',
  readerLarger: 'Larger text',
  readerWidth: 'Line width',
  readerNarrower: 'Narrower',
  readerWider: 'Wider',
  readerFont: 'Font',
  readerSerif: 'Serif',
  readerSans: 'Sans-serif',
  readerTheme: 'Theme',
  themeAuto: 'Automatic',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSepia: 'Sepia',
  readerBy: 'By Jane Doe',
  translationNone: 'No translation service available for fr → en: configure one in Options',
  translationError: 'Translation failed: the server did not answer',
  translating: 'Translating…',
  translatedBy: 'Translated by LibreTranslate',
  publisherEdition: "Publisher's French edition",
  chromeOnDevice: 'Chrome on-device',
  downloadingModel: 'Downloading the on-device model: 42%',
  disclosureSponsored: 'Sponsored / press release',
  disclosureReferral: 'Referral links (2)',
  disclosureRepublished: 'Republished',
  // Options labels the end-to-end tests find controls by (CONTRACT.md).
  translateTo: 'Translate to',
  translationService: 'Translation service',
  serverUrl: 'Server address',
  apiKey: 'API key',
  cleanupEnabled: 'Clean up automatically on known sites',
  optionsSaved: 'Saved',
};

function exampleSubstitutions(entry: MessageEntry): string[] {
  const subs: string[] = [];
  for (const placeholder of Object.values(entry.placeholders ?? {})) {
    const index = Number(/\$([1-9])/.exec(placeholder.content)?.[1]);
    if (index) subs[index - 1] = placeholder.example ?? '';
  }
  return subs;
}

describe('locale files', () => {
  it('exist for the six UI languages and nothing else', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it('English has the keys (and texts) the panel, reader, manifest and e2e tests use', () => {
    for (const [key, text] of Object.entries(REQUIRED)) {
      const entry = en[key];
      expect(entry, key).toBeDefined();
      expect(formatMessage(entry!, exampleSubstitutions(entry!)), key).toBe(text);
    }
    const manifestKeys = ['extName', 'extDescription', 'actionTitle', 'commandOpenReader', 'menuOpenReader'];
    for (const key of manifestKeys) expect(en[key]?.message, key).toBeTruthy();
  });

  it('uses only names chrome.i18n accepts, and every English message has a description', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.description, key).toBeTruthy();
      for (const name of Object.keys(entry.placeholders ?? {})) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the keys of en, with consistent placeholders',
    (locale) => {
      const messages = readLocale(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, source] of Object.entries(en)) {
        const entry = messages[key]!;
        expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
        // Same placeholders referenced, each declared, each with the same $n as English.
        expect(placeholderNames(entry), `${locale}.${key}`).toEqual(placeholderNames(source));
        expect(substitutionIndices(entry), `${locale}.${key}`).toEqual(substitutionIndices(source));
        for (const name of placeholderNames(entry)) {
          expect(entry.placeholders?.[name]?.content, `${locale}.${key}.${name}`).toBe(
            source.placeholders?.[name]?.content,
          );
        }
      }
    },
  );

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (locale) => {
    const messages = readLocale(locale);
    const same = Object.keys(en).filter((key) => messages[key]?.message === en[key]?.message);
    // Brand names and units legitimately stay the same ("Unshill", "$VALUE$ px", "Sepia" in es/de).
    expect(same.length / Object.keys(en).length, `${locale}: ${same.join(', ')}`).toBeLessThan(0.06);
  });

  it('every placeholder declared in English is used by its message', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(placeholderNames(entry));
      expect(substitutionIndices(entry), key).toEqual(substitutionIndices(entry).map((_, i) => i + 1));
    }
  });
});

describe('formatMessage', () => {
  it('follows chrome.i18n: named placeholders, $n substitutions, $$ for a dollar', () => {
    const entry: MessageEntry = {
      message: 'Pay $$$AMOUNT$ to $Who$ (missing: $3)',
      placeholders: { amount: { content: '$1' }, who: { content: '$2' } },
    };
    expect(formatMessage(entry, ['5', 'Ada'])).toBe('Pay $5 to Ada (missing: $3)');
    expect(formatMessage(entry, '5')).toBe('Pay $5 to  (missing: $3)');
  });
});

describe('t', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('falls back to English when the i18n API is missing (the unit tests set that fallback)', () => {
    expect(t('readingTime', '7')).toBe('7 min read');
    expect(t('translationNone', ['ru', 'en'])).toBe(
      'No translation service available for ru → en: configure one in Options',
    );
    expect(englishMessage('hiddenCount', '12')).toBe('12 promotions hidden');
  });

  it('uses the browser’s message, and English when the browser has none for the key', () => {
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation((key: string, subs?: string | string[]) =>
        key === 'readingTime' ? `${String(subs)} min de lecture` : '',
      );
    expect(t('readingTime', '4')).toBe('4 min de lecture');
    expect(t('keyPointsHeading')).toBe('Key points');
    expect(getMessage).toHaveBeenCalledWith('keyPointsHeading', undefined);
  });

  it('formats the messages the background hands over exactly as the browser would, without asking it', () => {
    // The browser, resolving the French messages (with a dollar sign in one, to check escaping).
    const fr = readLocale('fr');
    fr.readingTime = { ...en.readingTime!, message: '$$ $MINUTES$ min de lecture' };
    const browserMessage = (key: string, subs?: string | string[]): string =>
      fr[key] ? formatMessage(fr[key], subs) : '';
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(browserMessage);
    const table = resolvedMessages();
    expect(Object.keys(table).length).toBe(Object.keys(en).length);

    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('the page must not ask the browser');
    });
    getMessage.mockClear();
    setProvidedMessages(table);
    try {
      for (const key of Object.keys(en) as MessageKey[]) {
        const subs = substitutionIndices(en[key]!).map((n) => `«${n}»`);
        expect(t(key, subs), key).toBe(browserMessage(key, subs));
      }
      expect(t('readingTime', '4')).toBe('$ 4 min de lecture');
      expect(getMessage).not.toHaveBeenCalled();
    } finally {
      setProvidedMessages(undefined);
    }
  });
});
