/**
 * Selectors the element picker writes: robust across page loads and redesigns of unrelated parts.
 * Preference: an id, then `data-` attributes, then meaningful classes, each with its tag, narrowed by a
 * robust ancestor when alone it matches more than the picked element. Never `nth-child` (breaks when a
 * sibling is added) and never generated class names (CSS modules, styled-components, emotion), which
 * change with every build of the site.
 */
import { isOwn } from '../world/own-nodes';

/** `css-1x2y3z` (emotion), `sc-abc123` / `kJhgfD` (styled-components), `title__3xYz1` (CSS modules)… */
export function isGeneratedName(name: string): boolean {
  if (name.length > 40) return true;
  if (/^(css|sc|jsx|emotion|tw|svelte|astro)-[a-z0-9]+$/i.test(name)) return true;
  if (/^_[a-z0-9_-]*\d/i.test(name)) return true; // `_3xYz1`, `_1a2b`
  if (/__[a-z0-9_-]*\d[a-z0-9_-]*$/i.test(name) && /__/.test(name)) return true; // CSS modules `Block_el__h4sh5`
  if (/^[a-z]+-[a-z]+-\d+$/i.test(name) && /^(makeStyles|jss)/i.test(name)) return true; // `makeStyles-root-12`
  const segments = name.split(/[-_]+/).filter(Boolean);
  const last = segments[segments.length - 1] ?? name;
  // A segment that mixes letters and digits (`3fa9b2`, `x7k2q`), but not a size word like `h1`, `w100`, `2xl`.
  if (last.length >= 5 && /\d/.test(last) && /[a-z]/i.test(last) && !/^[a-z]{1,3}\d+$/i.test(last))
    return true;
  // Mixed case without separators, short: styled-components' second class (`bdVaJa`, `kJhgfD`).
  if (
    /^[a-zA-Z]{5,8}$/.test(name) &&
    /[a-z][A-Z]/.test(name) &&
    /[A-Z].*[A-Z]/.test(name) &&
    !/^[A-Z]?[a-z]+([A-Z][a-z]{2,})+$/.test(name)
  )
    return true;
  return false;
}

/** Ids that frameworks generate (`:r1:`, `ember123`, `yui_3_18_1_1_1234`) change per load. */
function isStableId(id: string): boolean {
  return !!id && !/[:\s]/.test(id) && !/\d{3,}/.test(id) && !isGeneratedName(id);
}

/** `data-` attributes worth naming: not ours, not frameworks' bookkeeping, with a short stable value. */
const IGNORED_DATA =
  /^data-(unshill|reactid|react|v-|vue|emotion|styled|n-head|hydrat|gtm|ga-|track|analytics|index|key|id$|uid|timestamp|time|ts|nonce|src|lazy|srcset|original|style|state|visible|loaded|aos)/i;

function dataAttributes(element: Element): { name: string; value: string }[] {
  const result: { name: string; value: string }[] = [];
  for (const attr of Array.from(element.attributes)) {
    if (!attr.name.startsWith('data-') || IGNORED_DATA.test(attr.name)) continue;
    const value = attr.value.trim();
    if (value.length > 40 || /[{}[\]<>]/.test(value) || /\d{4,}/.test(value)) continue;
    if (value && isGeneratedName(value)) continue;
    result.push({ name: attr.name, value });
  }
  // Names that say what the element is come first.
  const rank = (name: string): number =>
    /test|qa|component|module|widget|ad|promo|banner|block|type|role/.test(name) ? 0 : 1;
  return result.sort((a, b) => rank(a.name) - rank(b.name));
}

function meaningfulClasses(element: Element): string[] {
  return Array.from(element.classList).filter(
    (name) =>
      !isGeneratedName(name) &&
      !/^(is-|has-)?(active|hover|focus|open|visible|hidden|selected|show|in|fade)$/i.test(name),
  );
}

function escapeIdent(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/([^\w-])/g, '\\$1');
}

function attributeSelector(name: string, value: string): string {
  return value ? `[${name}="${value.replace(/["\\]/g, '\\$&')}"]` : `[${name}]`;
}

/** Robust one-element selectors for `element`, best first. */
export function candidateParts(element: Element): string[] {
  const tag = element.localName;
  const parts: string[] = [];
  if (isStableId(element.id)) parts.push(`#${escapeIdent(element.id)}`);
  for (const { name, value } of dataAttributes(element))
    parts.push(`${tag}${attributeSelector(name, value)}`);
  const classes = meaningfulClasses(element).map((name) => `.${escapeIdent(name)}`);
  for (const name of classes) parts.push(`${tag}${name}`);
  for (let i = 0; i < classes.length; i++)
    for (let j = i + 1; j < classes.length; j++) parts.push(`${tag}${classes[i]}${classes[j]}`);
  const role = element.getAttribute('role');
  if (role && /^[a-z]+$/.test(role)) parts.push(`${tag}[role="${role}"]`);
  const aria = element.getAttribute('aria-label');
  if (aria && aria.length <= 40 && !/["\\]/.test(aria)) parts.push(`${tag}[aria-label="${aria}"]`);
  return parts;
}

/** Elements `selector` matches in `root`, without the extension's own nodes; null when the engine refuses it. */
export function matchesOf(root: ParentNode, selector: string): Element[] | null {
  try {
    return Array.from(root.querySelectorAll(selector)).filter((el) => !isOwn(el));
  } catch {
    return null;
  }
}

/** True when `selector` matches exactly `expected` (same elements, nothing more) in `root`. */
export function matchesExactly(root: ParentNode, selector: string, expected: readonly Element[]): boolean {
  const found = matchesOf(root, selector);
  return !!found && found.length === expected.length && found.every((el) => expected.includes(el));
}

/** How far up the picker looks for an ancestor that narrows an ambiguous selector. */
const MAX_ANCESTOR_DEPTH = 6;

/**
 * The selector for `target`: the first robust candidate that matches it alone; otherwise one qualified by
 * a robust ancestor (`#sidebar .promo`, `[data-module="feed"] > div.card`); otherwise the candidate that
 * matches it among the fewest elements. Null when the element offers nothing robust to name.
 */
export function buildSelector(target: Element, root: ParentNode = target.ownerDocument): string | null {
  const own = candidateParts(target);
  if (own.length === 0) own.push(target.localName);
  let fallback: { selector: string; count: number } | null = null;
  const consider = (selector: string): boolean => {
    const found = matchesOf(root, selector);
    if (!found || !found.includes(target)) return false;
    if (found.length === 1) return true;
    if (
      own.includes(selector) &&
      !/^[a-z0-9-]+$/.test(selector) &&
      (!fallback || found.length < fallback.count)
    )
      fallback = { selector, count: found.length };
    return false;
  };
  for (const part of own) if (consider(part)) return part;
  // Tags (or best parts) of the elements between an ancestor and the target, for a `>` chain.
  const between: string[] = [];
  let ancestor = target.parentElement;
  for (let depth = 1; ancestor && depth <= MAX_ANCESTOR_DEPTH; depth++, ancestor = ancestor.parentElement) {
    if (ancestor.localName === 'body' || ancestor.localName === 'html') break;
    const anchors = candidateParts(ancestor).slice(0, 3);
    const chain = between.join(' > ');
    for (const anchor of anchors) {
      for (const part of own) {
        if (consider(depth === 1 ? `${anchor} > ${part}` : `${anchor} ${part}`))
          return depth === 1 ? `${anchor} > ${part}` : `${anchor} ${part}`;
        if (depth > 1 && consider(`${anchor} > ${chain} > ${part}`)) return `${anchor} > ${chain} > ${part}`;
      }
    }
    between.unshift(candidateParts(ancestor)[0] ?? ancestor.localName);
  }
  return (fallback as { selector: string } | null)?.selector ?? null;
}
