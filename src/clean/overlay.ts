/**
 * Overlays read from markup alone (no layout): what floats above the page or takes it over. The promotion
 * heuristics score it; hiding (src/clean/hide.ts) adds a computed-style check before it unlocks scrolling.
 */

/** Fixed or sticky by inline style, a dialog, or the `fixed`/`sticky` utility class (Tailwind, Bootstrap). */
export function isOverlay(el: Element): boolean {
  const style = el.getAttribute('style')?.slice(0, 300) ?? '';
  if (/position\s*:\s*(fixed|sticky)/i.test(style)) return true;
  if (
    /^(dialog|alertdialog)$/.test(el.getAttribute('role') ?? '') ||
    el.getAttribute('aria-modal') === 'true'
  )
    return true;
  return /(^|\s)(fixed|sticky|fixed-(top|bottom)|sticky-(top|bottom))(\s|$)/.test(
    (el.getAttribute('class') ?? '').slice(0, 300),
  );
}
