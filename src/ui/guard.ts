/**
 * The page cannot drive the extension (CONTRACT.md, security review F2). The panel's and the reader's shadow
 * roots stay OPEN, as the test contract requires (tests and assistive tools read them), so a page script can
 * reach our buttons: every control therefore acts on trusted events only (the reader's own mouse, keyboard
 * or touch; `el.click()` and `dispatchEvent` from a page are untrusted), and only while the extension's
 * element is plainly visible, so that page CSS cannot make a control invisible and put it under the cursor
 * (clickjacking).
 */

/** `:host` rules that page CSS cannot override: important declarations of a shadow root win over the page's. */
export const HOST_LOCK_CSS = `
:host {
  all: initial !important; opacity: 1 !important; visibility: visible !important; filter: none !important;
  transform: none !important; clip-path: none !important; mask: none !important; pointer-events: auto !important;
  position: static !important; z-index: auto !important; mix-blend-mode: normal !important;
}`;

/** Below this effective opacity (host and ancestors), a click is not taken as the reader's. */
const MIN_OPACITY = 0.5;

/** The element's parent, crossing shadow roots. */
function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Whether the reader can see `surface` (the panel's host, the reader's full-window backdrop) where they
 * clicked: effective opacity (the page's ancestors included) at least MIN_OPACITY, visible, not collapsed to
 * nothing, and the click inside it.
 */
export function isPlainlyVisible(surface: Element, event?: MouseEvent): boolean {
  const view = surface.ownerDocument.defaultView;
  if (!view || !surface.isConnected) return false;
  const own = view.getComputedStyle(surface);
  if (own.visibility !== 'visible') return false;
  let opacity = 1;
  for (let el: Element | null = surface; el; el = parentAcrossShadow(el)) {
    opacity *= Number.parseFloat(view.getComputedStyle(el).opacity) || 0;
    if (opacity < MIN_OPACITY) return false;
  }
  const box = surface.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  // Keyboard activation reports (0, 0) or the control's centre; only pointer clicks carry a real position.
  if (event && event.detail > 0 && (event.clientX !== 0 || event.clientY !== 0)) {
    const inside =
      event.clientX >= box.left - 1 &&
      event.clientX <= box.right + 1 &&
      event.clientY >= box.top - 1 &&
      event.clientY <= box.bottom + 1;
    if (!inside) return false;
  }
  return true;
}

export interface Guard {
  /** Adds a listener that runs only for the reader's own input while `host` is plainly visible. */
  listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** `surface`: the element the reader sees, whose box a click must fall in. */
export function createGuard(surface: Element): Guard {
  return {
    listen(target, type, listener, listenerOptions) {
      target.addEventListener(
        type,
        (event) => {
          if (!event.isTrusted) return;
          if (!isPlainlyVisible(surface, event instanceof MouseEvent ? event : undefined)) return;
          listener(event as HTMLElementEventMap[typeof type]);
        },
        listenerOptions,
      );
    },
  };
}
