import { world } from './world';

/** Attribute our added elements carry, for people and tests only. */
export const OWN_LABEL = 'data-unshill-added';

/**
 * The one record of "this node is the extension's": hiding, key points, the heuristics and extraction
 * all ask here. A WeakSet, not a marker attribute, so a page cannot claim its own nodes are ours.
 */
export function markOwn<T extends Node>(node: T): T {
  world().ours.add(node);
  // A label for people and tests reading the DOM; the code never trusts it (a page can write it too).
  if (node.nodeType === 1) (node as unknown as Element).setAttribute(OWN_LABEL, '');
  return node;
}

/** `node` is one of ours, or inside one (the same question as `closest`, for the extension's nodes). */
export function isOwn(node: Node | null): boolean {
  const ours = world().ours;
  for (let cur = node; cur; cur = cur.parentNode) if (ours.has(cur)) return true;
  return false;
}

/** `node` itself was added by the extension (not just inside one of its nodes). */
export function isOwnRoot(node: Node): boolean {
  return world().ours.has(node);
}
