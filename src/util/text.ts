/** Runs of whitespace (newlines, tabs, nbsp) as one space, trimmed: text as a reader sees it. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
