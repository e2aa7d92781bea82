/**
 * What the reader view does to the page under it, and undoes on close: the page stops scrolling, is out of
 * reach of Tab and assistive technology (inert), and never sees the keys pressed in the reader; on close the
 * scroll position, the root's inline style and the focus come back exactly.
 */

/** Key events the page must not see while the reader is open (its own shortcuts would fire). */
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

/** The focused element, looking inside open shadow roots (e.g. a button of our panel). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Locks the page behind the dialog; the returned function puts it back as it was. */
export function lockPage(doc: Document): () => void {
  const root = doc.documentElement;
  const win = doc.defaultView;
  const savedOverflow = root.style.getPropertyValue('overflow');
  const savedPriority = root.style.getPropertyPriority('overflow');
  const hadStyle = root.hasAttribute('style');
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
  const previousFocus = deepActiveElement(doc);
  const pageBody = doc.body;
  const bodyWasInert = pageBody?.inert ?? false;

  root.style.setProperty('overflow', 'hidden', 'important');
  if (pageBody) pageBody.inert = true;

  return () => {
    if (pageBody) pageBody.inert = bodyWasInert;
    if (savedOverflow) root.style.setProperty('overflow', savedOverflow, savedPriority);
    else root.style.removeProperty('overflow');
    if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    win?.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus({ preventScroll: true });
  };
}

/** The reader's focusable controls and links, in order, that can take focus now. */
function focusableIn(shadow: ShadowRoot): HTMLElement[] {
  return [
    ...shadow.querySelectorAll<HTMLElement>('button, select, a[href], [tabindex]:not([tabindex="-1"])'),
  ].filter((el) => !el.hidden && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
}

/**
 * Keeps the keyboard inside the dialog: Escape calls `onEscape`, Tab and Shift+Tab cycle through the reader's
 * own controls, and no key reaches the page's handlers. Returns the function that lets go.
 */
export function guardKeys(
  doc: Document,
  shadow: ShadowRoot,
  onEscape: () => void,
  // The reader's own keys only (jsdom, which cannot make a trusted event, passes its own test).
  isReaderInput: (event: KeyboardEvent) => boolean = (event) => event.isTrusted,
): () => void {
  const trapFocus = (event: KeyboardEvent): void => {
    const focusable = focusableIn(shadow);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const current = shadow.activeElement;
    const inside = !!current && focusable.includes(current as HTMLElement);
    if (!inside || (event.shiftKey ? current === first : current === last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };
  const swallowKeys = (event: KeyboardEvent): void => {
    // A page's synthetic key events neither close the reader nor move its focus.
    if (!isReaderInput(event)) return;
    if (event.type === 'keydown' && event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    }
    if (event.type === 'keydown' && event.key === 'Tab') trapFocus(event);
    // Default actions (scrolling, Tab, activating our buttons) still happen; page handlers never run.
    event.stopImmediatePropagation();
  };
  const win = doc.defaultView;
  for (const type of KEY_EVENTS) win?.addEventListener(type, swallowKeys, true);
  return () => {
    for (const type of KEY_EVENTS) win?.removeEventListener(type, swallowKeys, true);
  };
}
