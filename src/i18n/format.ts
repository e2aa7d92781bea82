/**
 * chrome.i18n message formatting, for the English fallback and for tests:
 * `$name$` takes its placeholder's `content`, in which `$1`…`$9` are the substitutions; `$$` is a dollar.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#concepts_and_usage
 */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function formatMessage(entry: MessageEntry, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const substitute = (text: string): string =>
    text.replace(/\$(\$|[1-9])/g, (whole, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  return entry.message
    .split('$$')
    .map((part) =>
      part.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? whole : substitute(content);
      }),
    )
    .join('$');
}

/** The `$n` indices a message uses through its placeholders, sorted: what translations must keep. */
export function substitutionIndices(entry: MessageEntry): number[] {
  const used = new Set<number>();
  for (const name of placeholderNames(entry)) {
    const content = entry.placeholders?.[name]?.content ?? '';
    for (const match of content.matchAll(/\$([1-9])/g)) used.add(Number(match[1]));
  }
  return [...used].sort((a, b) => a - b);
}

/** Placeholder names referenced as `$name$` in the message, lowercased. */
export function placeholderNames(entry: MessageEntry): string[] {
  const names = new Set<string>();
  for (const match of entry.message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
    names.add((match[1] ?? '').toLowerCase());
  }
  return [...names].sort();
}
