// String-level handling of inline HTML fragments. It runs in the background service worker, which has no
// DOM, so it tokenizes instead of parsing. Inputs are already sanitized paragraphs (inline markup only);
// outputs still go through DOMPurify before they reach a page.

export interface HtmlToken {
  kind: 'tag' | 'text';
  value: string;
}

/** A tag with quoted attribute values (which may contain '>'), or a comment. */
const TAG_PATTERN = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

const VOID_ELEMENTS = new Set(['br', 'img', 'wbr', 'hr', 'input', 'source', 'col', 'area', 'embed']);

export function tokenizeInlineHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG_PATTERN)) {
    if (match.index > last) tokens.push({ kind: 'text', value: html.slice(last, match.index) });
    tokens.push({ kind: 'tag', value: match[0] });
    last = match.index + match[0].length;
  }
  if (last < html.length) tokens.push({ kind: 'text', value: html.slice(last) });
  return tokens;
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
    const text = decodeEntities(token.value);
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
    const core = match?.[2] ?? '';
    // Runs without letters ("(", " – ", "100 %") are kept as they are.
    if (!/\p{L}/u.test(core)) return;
    runs.push({ index, lead: match?.[1] ?? '', core, trail: match?.[3] ?? '' });
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
