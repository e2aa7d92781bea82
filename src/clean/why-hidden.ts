/**
 * "Why was this hidden?": for an element the cleanup hid, the rule that did it and where the rule comes
 * from (the site catalogue, a subscribed list, the reader's own rules), or the heuristic's name.
 * Also the reader's "Not a promotion" exceptions as the heuristics see them: a `site#@#selector` in the
 * custom rules exempts whatever that selector matches from the generic detection too.
 */
import { matchProcedural, parseCosmeticRules, ruleAppliesTo, type CosmeticRule } from './cosmetic';

export type HideSource =
  | { kind: 'site'; name: string }
  | { kind: 'list'; name: string }
  | { kind: 'custom' }
  | { kind: 'heuristic'; name: string };

export interface RuleSource {
  source: HideSource;
  lines: readonly string[];
}

export interface Explanation {
  source: HideSource;
  /** The rule as `##selector` (null for a heuristic). */
  rule: string | null;
  /** The selector a `#@#` exception needs to cancel this rule (null for a heuristic). */
  selector: string | null;
}

interface CompiledSource {
  source: HideSource;
  rules: CosmeticRule[];
}

/** Marks that rules (not the heuristics) set: src/content/ready.ts and the picker use them. */
const RULE_MARKS = new Set(['site-rule', 'custom-rule']);

/** Each source's hiding rules for `hostname`, minus what any source's exceptions cancel (as the sheet does). */
export function compileSources(sources: readonly RuleSource[], hostname: string): CompiledSource[] {
  const parsed = sources.map(({ source, lines }) => ({ source, rules: parseCosmeticRules(lines).rules }));
  const cancelled = new Set(
    parsed.flatMap(({ rules }) =>
      rules.filter((r) => r.exception && ruleAppliesTo(r, hostname)).map((r) => r.selector),
    ),
  );
  return parsed.map(({ source, rules }) => ({
    source,
    rules: rules.filter((r) => !r.exception && !cancelled.has(r.selector) && ruleAppliesTo(r, hostname)),
  }));
}

function ruleMatches(rule: CosmeticRule, element: Element): boolean {
  try {
    if (rule.procedural) return matchProcedural(element.ownerDocument, rule.procedural).includes(element);
    return element.matches(rule.selector);
  } catch {
    return false;
  }
}

/** Why `element` is hidden: the first rule (catalogue, then lists, then custom) that matches it, else the mark. */
export function explainHidden(
  element: Element,
  mark: string | null,
  sources: readonly CompiledSource[],
): Explanation {
  for (const { source, rules } of sources) {
    const rule = rules.find((r) => ruleMatches(r, element));
    if (rule) return { source, rule: `##${rule.selector}`, selector: rule.selector };
  }
  const name = mark && !RULE_MARKS.has(mark) ? mark : 'promotion';
  return { source: { kind: 'heuristic', name }, rule: null, selector: null };
}

/** The reader's `#@#` selectors that apply on `hostname`: elements they match are never hidden by heuristics. */
export function exceptionSelectors(lines: readonly string[], hostname: string): string[] {
  const { rules } = parseCosmeticRules(lines);
  return rules
    .filter((r) => r.exception && !r.procedural && ruleAppliesTo(r, hostname))
    .map((r) => r.selector);
}

/** True when `element` (or an ancestor) is exempted by one of `selectors`. */
export function isExempt(element: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (element.closest(selector)) return true;
    } catch {
      // Validated when parsed; an engine that still refuses one just exempts nothing with it.
    }
  }
  return false;
}
