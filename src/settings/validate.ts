/**
 * Validation of stored or imported settings, pure. A value that is missing falls back to its default quietly;
 * a value that is present but wrong (type, range, unknown choice) falls back too and yields a Problem.
 * Lists and the reader object are repaired entry by entry, so one bad entry does not wipe the rest.
 */
import type { MessageKey } from '../i18n/i18n';
import {
  DEFAULT_SETTINGS,
  READER_FONTS,
  READER_LIMITS,
  READER_THEMES,
  SETTING_KEYS,
  SUMMARY_SOURCES,
  TRANSLATION_DISPLAYS,
  TRANSLATION_SERVICES,
  type ReaderSettings,
  type SettingKey,
  type Settings,
} from './defaults';
import { normalizeOrigin, normalizeServerUrl } from './origins';

export interface Problem {
  /** Setting path, e.g. 'reader.fontSize'. */
  key: string;
  /** i18n message; its first substitution is `key`, then `args`. */
  message: MessageKey;
  args: string[];
}

interface Checked<T> {
  value: T;
  problems: Problem[];
}

/** Language codes as the translation engines take them: 'fr', 'zh', 'pt-BR'. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Site ids are the catalogue's file names. */
const SITE_ID = /^[a-z0-9][a-z0-9-]*$/;

type Validator<T> = (raw: unknown, key: string, fallback: T) => Checked<T>;

const VALIDATORS: { [K in SettingKey]: Validator<Settings[K]> } = {
  cleanupEnabled: checkBoolean,
  anySite: checkBoolean,
  disabledSites: checkList((entry) => (SITE_ID.test(entry) ? entry : null)),
  extraSites: checkList(normalizeOrigin),
  customRules: checkString(() => true),
  summarySource: checkChoice(SUMMARY_SOURCES),
  translateTo: checkString((s) => s === '' || LANGUAGE_CODE.test(s)),
  translationService: checkChoice(TRANSLATION_SERVICES),
  serverUrl: checkNormalized((s) => (s === '' ? '' : normalizeServerUrl(s))),
  apiKey: checkString(() => true),
  translationDisplay: checkChoice(TRANSLATION_DISPLAYS),
  reader: checkReader,
  panelCollapsed: checkBoolean,
  panelCompactOpen: checkBoolean,
  stripReferralParams: checkBoolean,
};

/** One setting: `undefined` (never stored) is the default without a problem. */
export function validateSetting<K extends SettingKey>(key: K, raw: unknown): Checked<Settings[K]> {
  const fallback = structuredClone(DEFAULT_SETTINGS[key]) as Settings[K];
  if (raw === undefined || raw === null) return { value: fallback, problems: [] };
  return VALIDATORS[key](raw, key, fallback);
}

/** A whole record (storage snapshot or imported file); keys it does not know are ignored here. */
export function validateSettings(raw: Readonly<Record<string, unknown>>): Checked<Settings> {
  const problems: Problem[] = [];
  const settings = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    const checked = validateSetting(key, raw[key]);
    settings[key] = checked.value;
    problems.push(...checked.problems);
  }
  return { value: settings as Settings, problems };
}

function problem(key: string, message: MessageKey, ...args: string[]): Problem {
  return { key, message, args };
}

/** A short, printable rendering of a stored value for a problem note. */
export function describeValue(raw: unknown): string {
  let text: string;
  try {
    text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  } catch {
    text = String(raw);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function checkBoolean(raw: unknown, key: string, fallback: boolean): Checked<boolean> {
  if (typeof raw === 'boolean') return { value: raw, problems: [] };
  return { value: fallback, problems: [problem(key, 'problemWrongType')] };
}

function checkString(isValid: (s: string) => boolean): Validator<string> {
  return (raw, key, fallback) => {
    if (typeof raw !== 'string') return { value: fallback, problems: [problem(key, 'problemWrongType')] };
    if (!isValid(raw))
      return { value: fallback, problems: [problem(key, 'problemBadValue', describeValue(raw))] };
    return { value: raw, problems: [] };
  };
}

function checkNormalized(normalize: (s: string) => string | null): Validator<string> {
  return (raw, key, fallback) => {
    if (typeof raw !== 'string') return { value: fallback, problems: [problem(key, 'problemWrongType')] };
    const value = normalize(raw);
    if (value === null)
      return { value: fallback, problems: [problem(key, 'problemBadValue', describeValue(raw))] };
    return { value, problems: [] };
  };
}

function checkChoice<T extends string>(choices: readonly T[]): Validator<T> {
  return (raw, key, fallback) => {
    if (typeof raw !== 'string') return { value: fallback, problems: [problem(key, 'problemWrongType')] };
    if (!(choices as readonly string[]).includes(raw)) {
      return { value: fallback, problems: [problem(key, 'problemUnknownChoice', describeValue(raw))] };
    }
    return { value: raw as T, problems: [] };
  };
}

/** A list of strings, each normalized; invalid entries dropped with a problem, duplicates merged quietly. */
function checkList(normalize: (entry: string) => string | null): Validator<string[]> {
  return (raw, key, fallback) => {
    if (!Array.isArray(raw)) return { value: fallback, problems: [problem(key, 'problemWrongType')] };
    const problems: Problem[] = [];
    const value: string[] = [];
    for (const entry of raw as unknown[]) {
      const normalized = typeof entry === 'string' ? normalize(entry) : null;
      if (normalized === null) problems.push(problem(key, 'problemBadEntry', describeValue(entry)));
      else if (!value.includes(normalized)) value.push(normalized);
    }
    return { value, problems };
  };
}

function checkNumber(
  raw: unknown,
  key: string,
  fallback: number,
  limits: { min: number; max: number },
): Checked<number> {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { value: fallback, problems: [problem(key, 'problemWrongType')] };
  }
  if (raw < limits.min || raw > limits.max) {
    const args = [describeValue(raw), String(limits.min), String(limits.max)];
    return { value: fallback, problems: [problem(key, 'problemOutOfRange', ...args)] };
  }
  return { value: raw, problems: [] };
}

function checkReader(raw: unknown, key: string, fallback: ReaderSettings): Checked<ReaderSettings> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { value: fallback, problems: [problem(key, 'problemWrongType')] };
  }
  const stored = raw as Record<string, unknown>;
  const field = <T>(name: keyof ReaderSettings, check: Validator<T>, def: T): Checked<T> =>
    stored[name] === undefined ? { value: def, problems: [] } : check(stored[name], `${key}.${name}`, def);
  const fontSize = field(
    'fontSize',
    (r, k, d) => checkNumber(r, k, d, READER_LIMITS.fontSize),
    fallback.fontSize,
  );
  const lineWidth = field(
    'lineWidth',
    (r, k, d) => checkNumber(r, k, d, READER_LIMITS.lineWidth),
    fallback.lineWidth,
  );
  const font = field('font', checkChoice(READER_FONTS), fallback.font);
  const theme = field('theme', checkChoice(READER_THEMES), fallback.theme);
  return {
    value: { fontSize: fontSize.value, lineWidth: lineWidth.value, font: font.value, theme: theme.value },
    problems: [...fontSize.problems, ...lineWidth.problems, ...font.problems, ...theme.problems],
  };
}
