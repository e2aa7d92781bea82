/**
 * A subscribed filter list (uBlock Origin / Adblock Plus syntax) read with the one cosmetic parser
 * (src/clean/cosmetic.ts): cosmetic rules are kept, network rules are counted and ignored, every other
 * line that is not a comment becomes an error with its line number and reason. Nothing here is fatal;
 * only a body that is not a filter list at all (an HTML page, binary data, nothing usable) is refused,
 * so that a captive portal or a broken server never replaces a good copy.
 */
import { parseCosmeticRules, type RuleError, type SelectorValidator } from '../clean/cosmetic';

export interface ParsedList {
  /** `! Title:` from the header, if any. */
  title: string | null;
  /** `! Expires:` in milliseconds (clamped), or null when the list does not say. */
  expiresMs: number | null;
  /** The cosmetic rule lines, as written (hiding rules and exceptions). */
  lines: string[];
  /** Network filters (`||ads.example^`, `/banner/*`…): Unshill does not block requests. */
  networkCount: number;
  /** Lines that are neither comments, cosmetic rules nor network filters. */
  errors: RuleError[];
}

export type ListCheck = { ok: true; list: ParsedList } | { ok: false; reason: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** uBlock Origin's bounds: a list cannot ask to be fetched more often than hourly, nor rest longer than 2 weeks. */
export const MIN_EXPIRES_MS = HOUR;
export const MAX_EXPIRES_MS = 14 * DAY;
/** When a list does not say (uBO assumes 5 days; Adblock Plus 5 days too). */
export const DEFAULT_EXPIRES_MS = 5 * DAY;
/** The first bad lines kept for the options page; the count says how many there were. */
export const MAX_REPORTED_ERRORS = 20;

/** A cosmetic separator (`##`, `#@#`, `#?#`, `#$#`, `#@$?#`…). */
const COSMETIC_SEPARATOR = /#@?[$?%]{0,2}#/;
/** Network filters are one word (`||ads.example^$third-party`); a line with spaces and no separator is prose. */
function isNetworkFilter(line: string): boolean {
  return !COSMETIC_SEPARATOR.test(line) && !/\s/.test(line);
}

/** `! Expires: 4 days (update frequency)`, `! Expires: 12 hours`, `! Expires: 1d`. */
export function parseExpires(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(d|days?|h|hours?)\b/i.exec(value);
  if (!match) return null;
  const amount = Number(match[1]) * (/^h/i.test(match[2] ?? '') ? HOUR : DAY);
  return Math.min(MAX_EXPIRES_MS, Math.max(MIN_EXPIRES_MS, amount));
}

function headerValue(lines: readonly string[], name: string): string | null {
  const pattern = new RegExp(`^!\\s*${name}\\s*:\\s*(.+)$`, 'i');
  // The header is at the top; reading the first lines is enough and cheap on a 100k-line list.
  for (const line of lines.slice(0, 50)) {
    const value = pattern.exec(line.trim())?.[1]?.trim();
    if (value) return value;
  }
  return null;
}

/** Why `text` cannot be a filter list, or null when it may be one. */
function refusal(text: string): string | null {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (!start) return 'the server sent an empty file';
  if (/^(<!doctype|<html|<\?xml|<head|<body)/.test(start))
    return 'the server sent a web page, not a filter list';
  if (start.startsWith('{') || start.startsWith('[{')) return 'the server sent JSON, not a filter list';
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)))
    return 'the server sent binary data, not a filter list';
  return null;
}

export function parseFilterList(text: string, validate?: SelectorValidator): ListCheck {
  const refused = refusal(text);
  if (refused) return { ok: false, reason: refused };
  const all = text.split(/\r?\n/);
  const { rules, errors } = parseCosmeticRules(all, validate);
  const badLines: RuleError[] = [];
  let networkCount = 0;
  for (const error of errors) {
    if (isNetworkFilter(error.text)) networkCount++;
    else if (COSMETIC_SEPARATOR.test(error.text)) badLines.push(error);
    else badLines.push({ ...error, reason: 'not a filter rule' });
  }
  if (rules.length === 0 && networkCount === 0 && badLines.length > 0)
    return {
      ok: false,
      reason: `no line of it is a filter rule (line ${badLines[0]?.line}: ${badLines[0]?.reason})`,
    };
  const expires = headerValue(all, 'Expires');
  return {
    ok: true,
    list: {
      title: headerValue(all, 'Title'),
      expiresMs: expires === null ? null : parseExpires(expires),
      lines: rules.map((rule) => rule.text),
      networkCount,
      errors: badLines,
    },
  };
}
