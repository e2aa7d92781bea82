/**
 * The one JSON-LD reader: every object of the page's `application/ld+json` blocks, arrays and `@graph`
 * flattened (a few levels deep), in document order. Tolerant of broken JSON; blocks above the cap are
 * someone's data dump, not page metadata, and are skipped unparsed.
 */

export type LdNode = Record<string, unknown>;

const MAX_BLOCK_CHARS = 200_000;
/** Levels of arrays and `@graph` followed: page metadata is flat; a deeper structure is not about the page. */
const MAX_DEPTH = 4;

export interface JsonLd {
  nodes: LdNode[];
  /** Blocks that are not valid JSON, as text (their `@type` is still readable). */
  broken: string[];
}

export function readJsonLd(doc: Document): JsonLd {
  const result: JsonLd = { nodes: [], broken: [] };
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      result.broken.push(text);
      continue;
    }
    collect(data, result.nodes, 0);
  }
  return result;
}

function collect(node: unknown, out: LdNode[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1);
    return;
  }
  const record = node as LdNode;
  out.push(record);
  if (record['@graph']) collect(record['@graph'], out, depth + 1);
}

/** A node's `@type`, which may be a string or a list. */
export function ldTypesOf(node: LdNode): string[] {
  return ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');
}

/** The schema.org types the page declares, from valid blocks and, as text, from broken ones. */
export function jsonLdTypes(doc: Document): string[] {
  const { nodes, broken } = readJsonLd(doc);
  const types = nodes.flatMap(ldTypesOf);
  for (const text of broken)
    for (const m of text.matchAll(/"@type"\s*:\s*"([A-Za-z]+)"/g)) if (m[1]) types.push(m[1]);
  return types;
}
