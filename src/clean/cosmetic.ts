/**
 * Cosmetic filters in the syntax of uBlock Origin / Adblock Plus / AdGuard, the one users already know:
 *
 *   example.com,~sub.example.com##.selector      hide (domain list optional; `~` excludes)
 *   example.com#@#.selector                      exception: cancels the same selector on those hosts
 *   ##.card:has-text(/sponsored/i)               procedural: text test (uBO `:has-text`, ABP `:-abp-contains`)
 *   ##.box:has(> .ad:has-text(Advertisement))    procedural inside `:has()` / `:not()`
 *   #?#… and #$#sel { display: none !important }  AdGuard spellings of the same
 *
 * Everything else (scriptlets, style injection, `:remove()`, `:upward()`, network filters) is reported as an
 * error with its reason, never dropped silently: Unshill only hides, so that "reveal" restores the page exactly.
 * Plain selectors end up in one stylesheet (buildHideStylesheet); procedural ones are evaluated on the DOM
 * (matchProcedural) once it exists.
 */

export interface RuleError {
  /** 1-based line number in the parsed text. */
  line: number;
  text: string;
  reason: string;
}

export type TextPattern = { kind: 'substring'; value: string } | { kind: 'regexp'; regexp: RegExp };

/**
 * One step of a procedural selector, applied to the current set of elements:
 * `matches` keeps those matching a CSS compound, `has-text` those whose text contains the pattern,
 * `has` those with a descendant matching `selector`, `not` those not matching it themselves,
 * `descend` replaces each element by its descendants matching `css` (`> .x` or `.x`).
 */
export type ProceduralStep =
  | { op: 'matches'; css: string }
  | { op: 'has-text'; pattern: TextPattern }
  | { op: 'has'; selector: ProceduralSelector }
  | { op: 'not'; selector: ProceduralSelector }
  | { op: 'descend'; css: string };

export interface ProceduralSelector {
  /** Leading CSS (may start with a combinator inside `:has()`, may be empty inside `:has()`/`:not()`). */
  css: string;
  steps: ProceduralStep[];
}

export interface ProceduralRule extends ProceduralSelector {
  /** The selector as written (aliases normalized), used for exceptions and debugging. */
  selector: string;
}

export interface CosmeticRule {
  line: number;
  /** The line as written. */
  text: string;
  /** Hosts the rule is limited to (and their subdomains); empty = everywhere. */
  domains: string[];
  /** Hosts (and their subdomains) where the rule does not apply (`~example.com`). */
  excludedDomains: string[];
  /** `#@#`: cancels rules with the same selector. */
  exception: boolean;
  /** Normalized selector text (`:-abp-has` → `:has`, `:-abp-contains`/`:contains` → `:has-text`). */
  selector: string;
  /** Set when the selector needs script (a text test); plain CSS otherwise. */
  procedural?: ProceduralRule;
}

export interface CompiledRules {
  /** Plain CSS selectors for the hide stylesheet, exceptions removed, duplicates removed. */
  selectors: string[];
  /** Rules evaluated on the DOM, exceptions removed. */
  procedural: ProceduralRule[];
}

export type SelectorValidator = (selector: string) => boolean;

class RuleSyntaxError extends Error {}

// Functional pseudo-classes that our engine evaluates, with the aliases of other blockers.
const PROCEDURAL_ALIASES: Record<string, string> = {
  'has-text': 'has-text',
  contains: 'has-text',
  '-abp-contains': 'has-text',
  has: 'has',
  '-abp-has': 'has',
  not: 'not',
};
const REASONS: Record<string, string> = {
  remove: ':remove() deletes elements; Unshill only hides them so that reveal restores the page',
  style: ':style() injects styles; Unshill only hides elements',
  'remove-attr': ':remove-attr() changes the page; Unshill only hides elements',
  'remove-class': ':remove-class() changes the page; Unshill only hides elements',
  upward: ':upward() is not supported: target the ancestor with :has() instead',
  'nth-ancestor': ':nth-ancestor() is not supported: target the ancestor with :has() instead',
};
const UNSUPPORTED = [
  'xpath',
  'matches-css',
  'matches-css-before',
  'matches-css-after',
  'min-text-length',
  'watch-attr',
  'matches-path',
  'matches-attr',
  'matches-prop',
  'matches-media',
  'others',
  'shadow',
  'if',
  'if-not',
  '-abp-properties',
  'properties',
  'spath',
];
const SEPARATORS = ['#@?#', '#@$#', '#@%#', '#@#', '#?#', '#$?#', '#$#', '#%#', '##'] as const;
const DOMAIN_SHAPE = /^~?[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const DISPLAY_NONE = /^([^{]+)\{\s*display\s*:\s*none\s*(!\s*important)?\s*;?\s*\}$/;
const HIDE_DECLARATION = '{ display: none !important; }';
/** Selectors per CSS rule: one selector the engine rejects voids only its own chunk. */
const STYLESHEET_CHUNK = 50;

/**
 * Text a regular expression of a `:has-text()` rule is tested against, at most: with nested quantifiers
 * refused, what is left is polynomial at worst, and a promotion's text is far shorter.
 */
export const MAX_REGEXP_TEXT = 2048;

let scratch: DocumentFragment | undefined;
let scratchSheet: CSSStyleSheet | undefined;

/**
 * Validates with the engine that will apply the selector, and checks that it stays a selector in the hide
 * stylesheet. The fragment holds one element because some engines (jsdom) only complain about unknown
 * pseudo-classes when there is something to match.
 */
export function isValidSelector(selector: string): boolean {
  if (!isHideSelector(selector)) return false;
  if (typeof document === 'undefined') return true;
  if (!scratch) {
    scratch = document.createDocumentFragment();
    scratch.appendChild(document.createElement('div'));
  }
  try {
    scratch.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `selector`, written into the hide stylesheet as `selector { display: none !important; }`, is one
 * style rule with that one declaration: it cannot close the rule, open a comment or a string that swallows
 * the rest of the sheet, or add declarations, at-rules or `url()`s (e.g. `*{background:url(…)}x`, `a/*`).
 * Checked twice: by the CSS parser itself (CSSOM `insertRule` into a scratch sheet) and lexically, for engines
 * without a CSS parser (the background) and as a second line.
 */
export function isHideSelector(selector: string): boolean {
  if (!selector.trim() || !isLexicallyContained(selector)) return false;
  if (typeof CSSStyleSheet === 'undefined') return true;
  try {
    scratchSheet ??= new CSSStyleSheet();
    while (scratchSheet.cssRules.length) scratchSheet.deleteRule(0);
    scratchSheet.insertRule(`${selector} ${HIDE_DECLARATION}`);
    const rule = scratchSheet.cssRules[0];
    return (
      scratchSheet.cssRules.length === 1 &&
      rule instanceof CSSStyleRule &&
      rule.selectorText.trim() !== '' &&
      rule.style.length === 1 &&
      rule.style.getPropertyValue('display') === 'none' &&
      rule.style.getPropertyPriority('display') === 'important'
    );
  } catch {
    return false;
  }
}

/** Outside quoted strings and escapes: no braces, semicolons or comment markers, every string closed. */
function isLexicallyContained(selector: string): boolean {
  let outside = '';
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i] ?? '';
    if (ch === '\\') {
      if (i + 1 >= selector.length || selector[i + 1] === '\n') return false;
      i++;
      outside += quote ? '' : '_';
    } else if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\n' || ch === '\r') return false;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else {
      outside += ch;
    }
  }
  return !quote && !/[{};]|\/\*|\*\/|<!--|-->/.test(outside);
}

/**
 * Why a `:has-text()` regular expression could backtrack for too long, or '' when it cannot:
 * - a repeated group that itself holds a quantifier or an alternation (`(a+)+`, `(a|a)*`, `(\w+\s?)*`):
 *   exponential;
 * - a second unbounded repeat (`a*a*x`): tried from every start, cubic (36 s on 4 096 characters in jsdom);
 *   a bounded repeat (`\s{1,5}`) costs a constant factor;
 * - a backreference.
 * Conservative: a harmless `(ab|cd)+` is refused too. With one unbounded repeat and MAX_REGEXP_TEXT, a test
 * costs at most about 2 048² steps (30 ms in jsdom, `npm run bench`).
 */
export function backtrackingRisk(source: string): string {
  interface Frame {
    quantified: boolean;
    alternation: boolean;
  }
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  const repeatAt = (i: number): number => {
    // Length of a quantifier that can repeat (`*`, `+`, `{n,}`, `{n,m}` with m > 1) at `i`, else 0; `?` → -1.
    const ch = source[i];
    if (ch === '*' || ch === '+') return 1;
    if (ch === '?') return -1;
    const brace = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!brace) return 0;
    const max = brace[2] === undefined ? Number(brace[1]) : brace[3] ? Number(brace[3]) : Infinity;
    return max > 1 ? brace[0].length : -brace[0].length;
  };
  const countUnbounded = (i: number): boolean => {
    const ch = source[i];
    if (ch === '*' || ch === '+' || /^\{\d+,\}/.test(source.slice(i))) unbounded++;
    return unbounded > 1;
  };
  const secondRepeat =
    'a second unbounded repeat (*, +, {n,}) can take very long: use a bounded one such as {1,20}';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const top = stack[stack.length - 1] as Frame;
    if (ch === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return 'backreferences are not supported in :has-text()';
      i++;
    } else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (ch === '(') {
      stack.push({ quantified: false, alternation: false });
    } else if (ch === '|') {
      top.alternation = true;
    } else if (ch === ')' && stack.length > 1) {
      stack.pop();
      const parent = stack[stack.length - 1] as Frame;
      const repeat = repeatAt(i + 1);
      if (repeat > 0 && (top.quantified || top.alternation)) {
        return 'nested quantifiers in a regular expression can take forever: write it without the outer repeat';
      }
      if (countUnbounded(i + 1)) return secondRepeat;
      parent.quantified ||= top.quantified || repeat !== 0;
    } else if (repeatAt(i) !== 0) {
      if (countUnbounded(i)) return secondRepeat;
      top.quantified = true;
    }
  }
  return '';
}

// ---------------------------------------------------------------------------------------------- parsing

interface Segment {
  css: string;
  op?: { name: string; arg: string };
}

/**
 * Index just after the `)` closing the `(` at `open`. Quotes count only inside `[...]` (attribute values):
 * a `:has-text()` argument is raw text where an apostrophe is just a letter.
 */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let bracket = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (quote) {
      if (ch === quote) quote = '';
    } else if (bracket > 0 && (ch === '"' || ch === "'")) {
      quote = ch;
    } else if (ch === '[') {
      bracket++;
    } else if (ch === ']') {
      bracket = Math.max(0, bracket - 1);
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')' && --depth === 0) {
      return i + 1;
    }
  }
  throw new RuleSyntaxError('unbalanced parentheses');
}

/**
 * Splits a selector at its top-level procedural operators. Native functional pseudo-classes stay in the
 * CSS text, unless they contain a procedural operator (`:has(.x:has-text(y))`).
 */
function splitSelector(text: string): Segment[] {
  const segments: Segment[] = [];
  let css = '';
  let quote = '';
  let bracket = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      css += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
    } else if (bracket > 0 && (ch === '"' || ch === "'")) {
      quote = ch;
    } else if (ch === '[') {
      bracket++;
    } else if (ch === ']') {
      bracket--;
    } else if (ch === ':' && bracket === 0 && text[i + 1] !== ':' && text[i - 1] !== ':') {
      const name = /^[-\w]+/.exec(text.slice(i + 1))?.[0] ?? '';
      const open = i + 1 + name.length;
      if (name && text[open] === '(') {
        const close = closingParen(text, open);
        const arg = text.slice(open + 1, close - 1);
        const lower = name.toLowerCase();
        const reason =
          REASONS[lower] ?? (UNSUPPORTED.includes(lower) ? `unsupported operator :${lower}()` : '');
        if (reason) throw new RuleSyntaxError(reason);
        const canonical = PROCEDURAL_ALIASES[lower];
        const needsScript = canonical === 'has-text' || (canonical !== undefined && isProcedural(arg));
        if (needsScript && canonical) {
          segments.push({ css, op: { name: canonical, arg } });
          css = '';
        } else if (isProcedural(arg)) {
          throw new RuleSyntaxError(`procedural operator inside :${lower}() is not supported`);
        } else {
          css += `:${canonical ?? name}(${arg})`;
        }
        i = close - 1;
        continue;
      }
    }
    css += ch;
  }
  if (quote || bracket !== 0) throw new RuleSyntaxError('unbalanced quotes or brackets');
  segments.push({ css });
  return segments;
}

function isProcedural(selector: string): boolean {
  return splitSelector(selector).length > 1;
}

function parseTextPattern(arg: string): TextPattern {
  const regexp = /^\/(.+)\/([a-z]*)$/s.exec(arg);
  if (!regexp) return { kind: 'substring', value: arg };
  const [, source = '', flags = ''] = regexp;
  if (!/^[imsu]*$/.test(flags)) throw new RuleSyntaxError(`unsupported regular expression flags "${flags}"`);
  const risk = backtrackingRisk(source);
  if (risk) throw new RuleSyntaxError(risk);
  try {
    return { kind: 'regexp', regexp: new RegExp(source, flags) };
  } catch {
    throw new RuleSyntaxError(`bad regular expression ${arg}`);
  }
}

function requireValid(selector: string, probe: string, validate: SelectorValidator): void {
  if (!validate(probe)) throw new RuleSyntaxError(`bad selector "${selector}"`);
}

/** Turns a selector into base CSS + steps; `relative` when it is the argument of `:has()`/`:not()`. */
function parseProcedural(text: string, validate: SelectorValidator, relative: boolean): ProceduralSelector {
  const segments = splitSelector(text);
  const base = (segments[0]?.css ?? '').trim();
  if (!relative && !base)
    throw new RuleSyntaxError('a procedural rule needs a CSS selector before its operator');
  if (/,/.test(base.replace(/\([^)]*\)|\[[^\]]*\]/g, ''))) {
    throw new RuleSyntaxError(
      'a procedural rule takes one selector, not a list: write one rule per selector',
    );
  }
  if (/^[+~]/.test(base))
    throw new RuleSyntaxError('sibling combinators are not supported in procedural :has()');
  if (base) requireValid(base, /^>/.test(base) ? `:scope ${base}` : base, validate);
  const steps: ProceduralStep[] = [];
  segments.forEach((segment, index) => {
    if (index > 0) {
      const css = segment.css;
      if (/^\s*[+~]/.test(css)) throw new RuleSyntaxError('sibling combinators after a procedural operator');
      if (/^\s*>|^\s+\S/.test(css)) {
        requireValid(css, `:scope ${css.trim()}`, validate);
        steps.push({ op: 'descend', css: css.trim() });
      } else if (css.trim()) {
        if (/[\s>+~]/.test(css.replace(/\([^)]*\)|\[[^\]]*\]/g, ''))) {
          throw new RuleSyntaxError('write compound selectors before the procedural operator');
        }
        requireValid(css, `*${css}`, validate);
        steps.push({ op: 'matches', css });
      }
    }
    const op = segment.op;
    if (!op) return;
    if (op.name === 'has-text') steps.push({ op: 'has-text', pattern: parseTextPattern(op.arg) });
    else if (op.name === 'has') steps.push({ op: 'has', selector: parseProcedural(op.arg, validate, true) });
    else steps.push({ op: 'not', selector: parseProcedural(op.arg, validate, true) });
  });
  return { css: base, steps };
}

function canonicalSelector(text: string): string {
  // Rebuilt from the segments so that aliases (:-abp-has, :contains…) compare equal in exceptions.
  return splitSelector(text)
    .map((segment) => {
      const op = segment.op;
      if (!op) return segment.css;
      return `${segment.css}:${op.name}(${op.name === 'has-text' ? op.arg : canonicalSelector(op.arg)})`;
    })
    .join('');
}

interface LineParts {
  domains: string;
  separator: (typeof SEPARATORS)[number];
  body: string;
}

function splitLine(line: string): LineParts {
  const hash = line.indexOf('#');
  const separator = hash < 0 ? undefined : SEPARATORS.find((sep) => line.startsWith(sep, hash));
  if (!separator) {
    if (line.includes('$$') || line.includes('$@$'))
      throw new RuleSyntaxError('HTML filtering rules are not supported');
    throw new RuleSyntaxError('network filter, not a cosmetic rule');
  }
  return { domains: line.slice(0, hash), separator, body: line.slice(hash + separator.length).trim() };
}

function parseDomains(list: string): { domains: string[]; excludedDomains: string[] } {
  const domains: string[] = [];
  const excludedDomains: string[] = [];
  for (const raw of list.split(',')) {
    const domain = raw.trim().toLowerCase();
    if (!domain) continue;
    if (domain.endsWith('.*')) throw new RuleSyntaxError(`entity domains (${domain}) are not supported`);
    if (!DOMAIN_SHAPE.test(domain)) throw new RuleSyntaxError(`network filter or bad domain "${raw.trim()}"`);
    if (domain.startsWith('~')) excludedDomains.push(domain.slice(1));
    else domains.push(domain);
  }
  return { domains, excludedDomains };
}

function selectorOf(parts: LineParts): string {
  const { separator, body } = parts;
  if (separator === '#%#' || separator === '#@%#')
    throw new RuleSyntaxError('JavaScript rules are not supported');
  if (separator === '#$?#') throw new RuleSyntaxError('CSS injection rules are not supported');
  if (body.startsWith('+js(')) throw new RuleSyntaxError('scriptlets (##+js) are not supported');
  if (body.startsWith('^')) throw new RuleSyntaxError('HTML filtering rules (##^) are not supported');
  if (separator === '#$#' || separator === '#@$#') {
    // AdGuard's CSS injection is accepted in its one hiding form: `sel { display: none !important; }`.
    const hide = DISPLAY_NONE.exec(body);
    if (!hide) throw new RuleSyntaxError('CSS injection other than display: none is not supported');
    return (hide[1] ?? '').trim();
  }
  return body;
}

function parseLine(line: string, lineNumber: number, validate: SelectorValidator): CosmeticRule {
  const parts = splitLine(line);
  const { domains, excludedDomains } = parseDomains(parts.domains);
  const raw = selectorOf(parts);
  if (!raw) throw new RuleSyntaxError('empty selector');
  const selector = canonicalSelector(raw);
  const rule: CosmeticRule = {
    line: lineNumber,
    text: line,
    domains,
    excludedDomains,
    exception: parts.separator.includes('@'),
    selector,
  };
  if (isProcedural(selector)) {
    rule.procedural = { selector, ...parseProcedural(selector, validate, false) };
  } else {
    requireValid(selector, selector, validate);
  }
  return rule;
}

/**
 * Parses filter-list text (or one rule per array item). Comments (`!`), list headers (`[Adblock Plus 2.0]`)
 * and blank lines are skipped; every other line becomes a rule or an error with its reason.
 */
export function parseCosmeticRules(
  source: string | readonly string[],
  validate: SelectorValidator = isValidSelector,
): { rules: CosmeticRule[]; errors: RuleError[] } {
  const lines = typeof source === 'string' ? source.split(/\r?\n/) : source;
  const rules: CosmeticRule[] = [];
  const errors: RuleError[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (!text || text.startsWith('!') || /^\[.*\]$/.test(text)) return;
    try {
      rules.push(parseLine(text, index + 1, validate));
    } catch (error) {
      if (!(error instanceof RuleSyntaxError)) throw error;
      errors.push({ line: index + 1, text, reason: error.message });
    }
  });
  return { rules, errors };
}

// -------------------------------------------------------------------------------------------- compiling

function hostIn(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** The one domain-list test: `host` (lower case) is in no excluded domain, and in an included one if any. */
function domainsAllow(host: string, included: readonly string[], excluded: readonly string[]): boolean {
  if (excluded.some((domain) => hostIn(host, domain))) return false;
  return included.length === 0 || included.some((domain) => hostIn(host, domain));
}

/** True when the rule's domain list includes `hostname` (or the rule has no inclusion list). */
export function ruleAppliesTo(rule: CosmeticRule, hostname: string): boolean {
  return domainsAllow(hostname.toLowerCase(), rule.domains, rule.excludedDomains);
}

/** Keeps the rules that apply to `hostname`, minus those cancelled by an exception (same selector). */
export function compileRules(rules: readonly CosmeticRule[], hostname: string): CompiledRules {
  const applicable = rules.filter((rule) => ruleAppliesTo(rule, hostname));
  const cancelled = new Set(applicable.filter((rule) => rule.exception).map((rule) => rule.selector));
  const selectors = new Set<string>();
  const procedural = new Map<string, ProceduralRule>();
  for (const rule of applicable) {
    if (rule.exception || cancelled.has(rule.selector)) continue;
    if (rule.procedural) procedural.set(rule.selector, rule.procedural);
    else selectors.add(rule.selector);
  }
  return { selectors: [...selectors], procedural: [...procedural.values()] };
}

/** `sel1,\nsel2 { display: none !important; }`, in chunks so one selector an engine rejects voids only its chunk. */
export function buildHideStylesheet(selectors: readonly string[], chunkSize = STYLESHEET_CHUNK): string {
  const rules: string[] = [];
  for (let start = 0; start < selectors.length; start += chunkSize) {
    rules.push(`${selectors.slice(start, start + chunkSize).join(',\n')} ${HIDE_DECLARATION}`);
  }
  return rules.join('\n');
}

// --------------------------------------------------------------------------------------------- matching

function testText(pattern: TextPattern, text: string): boolean {
  if (pattern.kind === 'substring') return text.includes(pattern.value);
  pattern.regexp.lastIndex = 0;
  return pattern.regexp.test(text.length > MAX_REGEXP_TEXT ? text.slice(0, MAX_REGEXP_TEXT) : text);
}

function applySteps(elements: Element[], steps: readonly ProceduralStep[]): Element[] {
  let current = elements;
  for (const step of steps) {
    if (current.length === 0) break;
    switch (step.op) {
      case 'matches':
        current = current.filter((element) => element.matches(step.css));
        break;
      case 'has-text':
        current = current.filter((element) => testText(step.pattern, element.textContent ?? ''));
        break;
      case 'has':
        current = current.filter((element) => queryRelative(element, step.selector).length > 0);
        break;
      case 'not':
        current = current.filter((element) => !matchesSelf(element, step.selector));
        break;
      case 'descend': {
        const found = new Set<Element>();
        for (const element of current)
          element.querySelectorAll(`:scope ${step.css}`).forEach((e) => found.add(e));
        current = [...found];
        break;
      }
    }
  }
  return current;
}

/** Descendants of `element` matching a `:has()` argument (`> .x`, `.x`, or empty = any descendant). */
function queryRelative(element: Element, selector: ProceduralSelector): Element[] {
  const candidates = Array.from(element.querySelectorAll(`:scope ${selector.css || '*'}`));
  return applySteps(candidates, selector.steps);
}

/** Whether `element` itself matches a `:not()` argument. */
function matchesSelf(element: Element, selector: ProceduralSelector): boolean {
  if (selector.css && !element.matches(selector.css)) return false;
  return applySteps([element], selector.steps).length > 0;
}

/** Elements under `root` matched by a procedural rule, in document order, without duplicates. */
export function matchProcedural(root: ParentNode, rule: ProceduralSelector): Element[] {
  return applySteps(Array.from(root.querySelectorAll(rule.css)), rule.steps);
}

// --------------------------------------------------------------------------------------------- fast path

/** Anything that needs script or that Unshill rejects: left to the full parser at DOM ready. */
const NEEDS_FULL_PARSER =
  /:(?:has-text|contains|-abp-|upward|remove|style|xpath|matches-|min-text|watch-attr|others|if)/;

/**
 * Every procedural rule has a text test (`:has-text` or an alias, maybe inside `:has()`/`:not()`), and so does
 * its exception: the lines without one need not pay for the full parser (most pages have none at all).
 */
const TEXT_TEST = /has-text|contains/i;

export function mayHoldProceduralRule(line: string): boolean {
  return TEXT_TEST.test(line);
}

/**
 * The plain-CSS selectors of `lines` for `hostname`, without the full parser: the document_start script
 * must stay small. `##sel` and `host##sel` rules count, `#@#sel` exceptions cancel them; every other line
 * (procedural, scriptlets, network filters, invalid selectors) is skipped here and handled, or reported,
 * by parseCosmeticRules.
 */
export function quickHideSelectors(
  lines: readonly string[],
  hostname: string,
  isSelector: SelectorValidator = isHideSelector,
): string[] {
  const host = hostname.toLowerCase();
  const hide = new Set<string>();
  const cancelled = new Set<string>();
  for (const raw of lines) {
    const line = raw.trim();
    const match = /^([^#]*)#(@?)#([^+^].*)$/.exec(line);
    if (!match || line.startsWith('!')) continue;
    const [, domainList = '', exception, body = ''] = match;
    const selector = body.trim();
    if (!selector || NEEDS_FULL_PARSER.test(selector)) continue;
    const domains = domainList
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    const included = domains.filter((d) => !d.startsWith('~'));
    const excluded = domains.filter((d) => d.startsWith('~')).map((d) => d.slice(1));
    if (!domainsAllow(host, included, excluded)) continue;
    if (exception) cancelled.add(selector);
    else if (isSelector(selector)) hide.add(selector);
  }
  return [...hide].filter((selector) => !cancelled.has(selector));
}

/**
 * For the catalogue's own rules, which its tests parse and validate (tests/unit/sites/catalogue.test.ts):
 * the lexical check alone. The CSS engine's check cost about 1 ms per catalogue page at document_start.
 */
export function isCatalogueSelector(selector: string): boolean {
  return selector.trim() !== '' && isLexicallyContained(selector);
}
