/**
 * The settings' types and defaults: the only place a default value lives.
 * Storage, validation and the options page all read from here.
 */
import type { TranslationServiceId } from '../messaging/protocol';

export type SummarySource = 'auto' | 'local' | 'chrome';
export type TranslationService = TranslationServiceId;
export type TranslationDisplay = 'replace' | 'side-by-side';
export type ReaderFont = 'serif' | 'sans';
export type ReaderTheme = 'auto' | 'light' | 'dark' | 'sepia';

export interface ReaderSettings {
  /** Body text size in px. */
  fontSize: number;
  /** Maximum width of the text column in px. */
  lineWidth: number;
  font: ReaderFont;
  /** 'auto' follows prefers-color-scheme. */
  theme: ReaderTheme;
}

export interface Settings {
  /** "Clean up automatically on known sites". */
  cleanupEnabled: boolean;
  /**
   * "Clean up crypto news on any site": the cleanup runs on every http(s) page and the page's signals
   * decide (a crypto news article or nothing). Needs the optional permission for all sites.
   */
  anySite: boolean;
  /** Ids of catalogue sites (src/sites) where cleanup is off. */
  disabledSites: string[];
  /** Origins outside the catalogue the reader added, e.g. 'https://news.example.com'. */
  extraSites: string[];
  /** uBlock Origin cosmetic rules, one per line, kept verbatim (invalid lines included). */
  customRules: string;
  /** auto = publisher's points, else on-device summary; chrome = Chrome on-device AI when available. */
  summarySource: SummarySource;
  /** Target language code ('fr', 'zh'); '' = the browser's UI language. */
  translateTo: string;
  translationService: TranslationService;
  /** Self-hosted LibreTranslate or Apertium APy server; '' = none. */
  serverUrl: string;
  apiKey: string;
  translationDisplay: TranslationDisplay;
  reader: ReaderSettings;
  panelCollapsed: boolean;
  /** Phone width: the one-line panel kept open (src/ui/panel-compact.ts). */
  panelCompactOpen: boolean;
  stripReferralParams: boolean;
}

export type SettingKey = keyof Settings;

export const SUMMARY_SOURCES: readonly SummarySource[] = ['auto', 'local', 'chrome'];
export const TRANSLATION_SERVICES: readonly TranslationService[] = [
  'auto',
  'publisher',
  'chrome',
  'libretranslate',
  'apertium',
];
export const TRANSLATION_DISPLAYS: readonly TranslationDisplay[] = ['replace', 'side-by-side'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'dark', 'sepia'];

/** Bounds of the reader typography; the reader's Smaller/Larger buttons step within them. */
export const READER_LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineWidth: { min: 480, max: 900, step: 20 },
} as const;

export const DEFAULT_READER: Readonly<ReaderSettings> = Object.freeze({
  fontSize: 19,
  lineWidth: 680,
  font: 'serif',
  theme: 'auto',
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  cleanupEnabled: true,
  // On in the e2e build (which holds the permission for all sites): held-out pages outside the
  // catalogue are judged as a reader who turned it on would see them (CONTRACT.md, "Any site").
  anySite: import.meta.env.MODE === 'e2e',
  disabledSites: [],
  extraSites: [],
  customRules: '',
  summarySource: 'auto',
  translateTo: '',
  translationService: 'auto',
  serverUrl: '',
  apiKey: '',
  translationDisplay: 'replace',
  reader: DEFAULT_READER,
  panelCollapsed: false,
  panelCompactOpen: false,
  stripReferralParams: false,
});

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/**
 * Where each setting is stored. `sync` follows the reader across browsers; `local` holds what is big
 * (customRules) or tied to this machine (extraSites, anySite, serverUrl, apiKey: see settings.ts).
 */
export const SETTING_AREAS: Readonly<Record<SettingKey, 'sync' | 'local'>> = {
  cleanupEnabled: 'sync',
  // Tied to this machine: the permission for all sites is granted per install.
  anySite: 'local',
  disabledSites: 'sync',
  extraSites: 'local',
  customRules: 'local',
  summarySource: 'sync',
  translateTo: 'sync',
  translationService: 'sync',
  serverUrl: 'local',
  apiKey: 'local',
  translationDisplay: 'sync',
  reader: 'sync',
  panelCollapsed: 'sync',
  panelCompactOpen: 'sync',
  stripReferralParams: 'sync',
};

/** The language to translate into: the chosen one, else the browser UI language's base ('zh-CN' → 'zh'). */
export function resolveTranslateTo(settings: Settings, uiLanguage: string): string {
  if (settings.translateTo) return settings.translateTo;
  return uiLanguage.split(/[-_]/)[0]?.toLowerCase() || 'en';
}
