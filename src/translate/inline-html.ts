// String-level handling of inline HTML fragments. It runs in the background service worker, which has no
// DOM, so it tokenizes instead of parsing. Inputs are already sanitized paragraphs (inline markup only);
// outputs still go through DOMPurify before they reach a page.

export interface HtmlToken {
  kind: 'tag' | 'text';
  value: string;
}

const VOID_ELEMENTS = new Set(['br', 'img', 'wbr', 'hr', 'input', 'source', 'col', 'area', 'embed']);

/**
 * Splits into tags (quoted attribute values may contain '>'), comments and text, in one linear pass: the
 * regular expression it replaces took 9.8 s on 40 000 unclosed `<!--` (security review F7). Lossless: the
 * tokens join back into the input. A tag that never closes makes the rest text: sanitized input never has
 * one, and a server answer that does fails the markup check and is redone from the source.
 */
export function tokenizeInlineHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  // Where the next '-->' is, searched once per position reached: positions only grow, so this is linear.
  let commentEnd = -2;
  const findCommentEnd = (from: number): number => {
    if (commentEnd === -1 || commentEnd >= from) return commentEnd;
    commentEnd = html.indexOf('-->', from);
    return commentEnd;
  };
  const push = (start: number, end: number): void => {
    if (start > last) tokens.push({ kind: 'text', value: html.slice(last, start) });
    tokens.push({ kind: 'tag', value: html.slice(start, end) });
    last = end;
  };
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    let next = i + 1;
    if (html.startsWith('<!--', i)) {
      const close = findCommentEnd(i + 4);
      if (close !== -1) {
        next = close + 3;
        push(i, next);
      }
    } else if (isTagStart(html, i)) {
      const end = tagEnd(html, i);
      if (end === -1) break;
      next = end;
      push(i, next);
    }
    i = html.indexOf('<', next);
  }
  if (last < html.length) tokens.push({ kind: 'text', value: html.slice(last) });
  return tokens;
}

/** `<a`, `</a`: a letter after '<' or '</'. */
function isTagStart(html: string, i: number): boolean {
  const letterAt = (k: number): boolean => /[a-zA-Z]/.test(html[k] ?? '');
  return letterAt(i + 1) || (html[i + 1] === '/' && letterAt(i + 2));
}

/** Index after the '>' closing the tag at `start` (quotes respected), or -1 when it never closes. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let k = start + 1; k < html.length; k++) {
    const ch = html[k];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return k + 1;
    }
  }
  return -1;
}

/** What `\s` matches, by code (a regular expression per character costs 40 ms on 200k characters). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** 'lead', 'core', 'trail' of a text: its leading and trailing white space split off, in linear time. */
function splitSpace(text: string): { lead: string; core: string; trail: string } {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { lead: text.slice(0, start), core: text.slice(start, end), trail: text.slice(end) };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
const ENTITY_PATTERN = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;

function entityChar(match: string, dec?: string, hex?: string, name?: string): string {
  if (name) return NAMED_ENTITIES[name] ?? match;
  const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Text of an HTML text run → plain text. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY_PATTERN, entityChar);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Prepares a block for a server: entities in text become characters (Apertium reads `l&#x27;actif` as an
 * unknown word), except `&amp; &lt; &gt;` which must stay escaped; no-break spaces become spaces because
 * the analysers do not treat U+00A0 as a word boundary. Tags are left byte for byte.
 */
export function normalizeBlockForServer(html: string): string {
  return tokenizeInlineHtml(html)
    .map((t) => (t.kind === 'tag' ? t.value : escapeText(decodeEntities(t.value)).replace(/\u00a0/g, ' ')))
    .join('');
}

function tagName(tag: string): string {
  return /^<\/?([a-zA-Z][^\s/>]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
}

/**
 * True when `translated` has exactly the tags of `source` (same multiset, attributes byte for byte) and
 * they still nest properly. Machine translation may move a tag to another word (acceptable) but must not
 * drop, invent, or cross them: a lost `</a>` would turn the rest of the paragraph into a link.
 */
export function sameInlineMarkup(source: string, translated: string): boolean {
  const tagsOf = (html: string) =>
    tokenizeInlineHtml(html)
      .filter((t) => t.kind === 'tag' && !t.value.startsWith('<!--'))
      .map((t) => t.value);
  const a = tagsOf(source);
  const b = tagsOf(translated);
  if (a.length !== b.length) return false;
  if ([...a].sort().join('\u0000') !== [...b].sort().join('\u0000')) return false;
  const open: string[] = [];
  for (const tag of b) {
    const name = tagName(tag);
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) continue;
    if (tag.startsWith('</')) {
      if (open.pop() !== name) return false;
    } else {
      open.push(name);
    }
  }
  return open.length === 0;
}

/**
 * Translates only the text between tags, so every tag stays exactly where it was. Used by engines that
 * take plain text (Chrome's Translator) and as the fallback when a server mangles markup. Loses some
 * context at tag boundaries, which is why whole-block translation is tried first.
 * `translateTexts` gets plain text (entities decoded) and returns plain text (escaped here).
 */
export async function translateTextRuns(
  html: string,
  translateTexts: (texts: string[]) => Promise<string[]>,
): Promise<string> {
  const tokens = tokenizeInlineHtml(html);
  const runs: { index: number; lead: string; core: string; trail: string }[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'text') return;
    const { lead, core, trail } = splitSpace(decodeEntities(token.value));
    // Runs without letters ("(", " – ", "100 %") are kept as they are.
    if (!/\p{L}/u.test(core)) return;
    runs.push({ index, lead, core, trail });
  });
  if (runs.length === 0) return html;
  const translated = await translateTexts(runs.map((r) => r.core));
  const out = tokens.map((t) => t.value);
  runs.forEach((run, i) => {
    out[run.index] = escapeText(run.lead + (translated[i] ?? run.core) + run.trail);
  });
  return out.join('');
}

/** Replaces each output whose markup no longer matches its source by a text-run translation. */
export async function repairMarkup(
  sources: string[],
  outputs: string[],
  translateTexts: (texts: string[]) => Promise<string[]>,
): Promise<string[]> {
  const repaired = [...outputs];
  for (const [i, source] of sources.entries()) {
    const output = outputs[i] ?? '';
    if (sameInlineMarkup(source, output)) continue;
    repaired[i] = await translateTextRuns(source, translateTexts);
  }
  return repaired;
}
