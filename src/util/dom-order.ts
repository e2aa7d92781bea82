/**
 * Document order. `a` holding `b` counts as `a` first: its start tag comes first (the browser reports
 * CONTAINED_BY together with FOLLOWING), which is what "the title comes before the body" needs.
 */
export function startsBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
}

/** `startsBefore`, or the same node. */
export function startsAtOrBefore(a: Node, b: Node): boolean {
  return a === b || startsBefore(a, b);
}
