/** Reads schema.org types from JSON-LD blocks; tolerant of broken JSON and of @graph arrays. */

const MAX_BLOCK_CHARS = 200_000; // a bigger JSON-LD block is someone's data dump, not page metadata

export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Some sites emit invalid JSON; the type is still readable as text.
      for (const m of text.matchAll(/"@type"\s*:\s*"([A-Za-z]+)"/g)) if (m[1]) types.push(m[1]);
      continue;
    }
    collectTypes(data, types, 0);
  }
  return types;
}

function collectTypes(node: unknown, out: string[], depth: number): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') out.push(type);
  else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') out.push(t);
  if (record['@graph']) collectTypes(record['@graph'], out, depth + 1);
}
