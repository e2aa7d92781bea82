/**
 * Rules the extension writes into the reader's custom rules on their behalf (element picker, "Not a
 * promotion"): always for one site, checked by the same parser as typed rules, never duplicated.
 */
import { parseCosmeticRules, type SelectorValidator } from './cosmetic';

export type RuleLine = { ok: true; line: string } | { ok: false; error: string };

/** `##.promo` for `www.example.com` → `www.example.com##.promo`; `#@#…` the same. One valid rule or an error. */
export function siteRuleLine(hostname: string, rule: string, validate?: SelectorValidator): RuleLine {
  const host = hostname.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host)) return { ok: false, error: `not a site: ${hostname}` };
  if (!/^#@?#/.test(rule) || /[\r\n]/.test(rule))
    return { ok: false, error: 'one ##… or #@#… rule expected' };
  const line = `${host}${rule}`;
  const { rules, errors } = parseCosmeticRules([line], validate);
  if (errors[0]) return { ok: false, error: errors[0].reason };
  if (rules.length !== 1) return { ok: false, error: 'one rule expected' };
  return { ok: true, line };
}

/** The custom rules with `line` added at the end (unchanged when it is already there). */
export function appendRule(customRules: string, line: string): string {
  const lines = customRules.split('\n');
  if (lines.some((existing) => existing.trim() === line)) return customRules;
  const body = customRules.replace(/\s+$/, '');
  return body ? `${body}\n${line}\n` : `${line}\n`;
}
