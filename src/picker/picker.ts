/**
 * The element picker: the reader points at something the cleanup missed and gets a rule for this site.
 *
 *   start ─► element under the pointer (or at the centre, for the keyboard) highlighted with every
 *            element the rule would hide, and the count ─► ↑/↓ or the wheel: parent / child
 *         ─► Enter or "Create rule": the rule still matches exactly what was previewed ─► custom rules
 *         ─► Escape or "Cancel": everything removed, the page as it was
 *
 * Its UI lives in a closed shadow root and every handler ignores untrusted events, so the page's scripts
 * can neither read it nor drive it. The page's elements are never modified.
 */
import { t } from '../i18n/i18n';
import { isOwn, markOwn } from '../world/own-nodes';
import { h, styleElement } from '../ui/dom';
import { PICKER_CSS } from './picker-styles';
import { buildSelector, matchesExactly, matchesOf } from './selector';

export interface PickerOptions {
  /** Writes `##selector` for this site; resolves to the line written or an error to show. */
  saveRule(rule: string): Promise<{ ok: true; line: string } | { ok: false; error: string }>;
  /** Called with the elements the new rule hides, so they disappear now and not only on the next load. */
  onSaved?(elements: Element[]): void;
  onClose?(): void;
}

export interface Picker {
  stop(): void;
}

/** Elements that are never worth a rule: the whole page, or the extension's own nodes. */
function pickable(el: Element | null): el is Element {
  return !!el && el.localName !== 'html' && el.localName !== 'body' && el.localName !== 'head' && !isOwn(el);
}

export function startPicker(doc: Document, options: PickerOptions): Picker {
  const view = doc.defaultView ?? window;
  const host = doc.createElement('unshill-picker');
  markOwn(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const boxes = h(doc, 'div', { 'aria-hidden': 'true' });
  const preview = h(
    doc,
    'p',
    { class: 'preview', role: 'status', 'aria-live': 'polite' },
    t('pickerNothing'),
  );
  const button = (label: string, onClick: () => void, primary = false): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', class: primary ? 'primary' : undefined }, label);
    b.addEventListener('click', (event) => {
      if (event.isTrusted) onClick();
    });
    return b;
  };
  const parent = button(t('pickerParent'), () => move('up'));
  const child = button(t('pickerChild'), () => move('down'));
  const create = button(t('pickerCreate'), () => void createRule(), true);
  const cancel = button(t('pickerCancel'), () => stop());
  const bar = h(
    doc,
    'div',
    { class: 'bar', role: 'dialog', 'aria-label': t('pickerLabel'), 'aria-modal': 'false' },
    h(doc, 'h2', {}, t('pickerLabel')),
    h(doc, 'p', { class: 'help' }, t('pickerHelp')),
    preview,
    h(doc, 'div', { class: 'buttons' }, parent, child, create, cancel),
  );
  shadow.append(styleElement(doc, PICKER_CSS), boxes, bar);
  doc.documentElement.append(host);

  let current: Element | null = null;
  let selector: string | null = null;
  let previewed: Element[] = [];
  /** Elements left when going up, so that going down returns the same way. */
  const trail: Element[] = [];
  let busy = false;

  const draw = (): void => {
    boxes.replaceChildren(
      ...previewed.slice(0, 200).map((el) => {
        const rect = el.getBoundingClientRect();
        const box = h(doc, 'div', { class: el === current ? 'box primary' : 'box' });
        box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
        return box;
      }),
    );
  };

  const select = (el: Element | null, keepTrail = false): void => {
    if (!pickable(el) || el === current) return;
    if (!keepTrail) trail.length = 0;
    current = el;
    selector = buildSelector(el, doc);
    previewed = selector ? (matchesOf(doc, selector) ?? []) : [el];
    preview.textContent = selector
      ? t('pickerCount', [String(previewed.length), `##${selector}`])
      : t('pickerNoRule');
    create.disabled = !selector;
    child.disabled = !trail.length && !el.firstElementChild;
    draw();
  };

  function move(direction: 'up' | 'down'): void {
    if (!current) return;
    if (direction === 'up') {
      const up = current.parentElement;
      if (!pickable(up)) return;
      trail.push(current);
      select(up, true);
    } else {
      const down = trail.pop() ?? current.firstElementChild;
      select(down, true);
    }
  }

  async function createRule(): Promise<void> {
    if (!selector || busy) return;
    // The page may have changed since the preview: the rule must hide exactly what the reader saw.
    if (!matchesExactly(doc, selector, previewed)) {
      const el = current;
      current = null;
      select(el);
      return;
    }
    busy = true;
    create.disabled = true;
    const result = await options.saveRule(`##${selector}`).catch((error: unknown) => ({
      ok: false as const,
      error: String(error),
    }));
    busy = false;
    if (!result.ok) {
      preview.textContent = t('listRequestFailed', result.error);
      create.disabled = false;
      return;
    }
    options.onSaved?.(previewed);
    stop();
  }

  const ours = (event: Event): boolean => event.composedPath().includes(host);
  const onPointer = (event: MouseEvent): void => {
    if (!event.isTrusted || ours(event)) return;
    const target = event.target instanceof Element ? event.target : null;
    select(target);
  };
  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || ours(event)) return;
    // A click picks, it does not follow the page's link or run its handler.
    event.preventDefault();
    event.stopImmediatePropagation();
    select(event.target instanceof Element ? event.target : null);
    create.focus();
  };
  const onWheel = (event: WheelEvent): void => {
    if (!event.isTrusted || ours(event) || !current || event.deltaY === 0) return;
    event.preventDefault();
    move(event.deltaY < 0 ? 'up' : 'down');
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    const onButton = ours(event);
    if (event.key === 'Escape') stop();
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') move('up');
    else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') move('down');
    else if (event.key === 'Enter' && !onButton) void createRule();
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onLayout = (): void => draw();

  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['mouseover', onPointer as EventListener, { capture: true }],
    ['click', onClick as EventListener, { capture: true }],
    ['wheel', onWheel as EventListener, { capture: true, passive: false }],
    ['keydown', onKey as EventListener, { capture: true }],
    ['scroll', onLayout, { capture: true, passive: true }],
    ['resize', onLayout, { passive: true }],
  ];
  for (const [type, listener, opts] of listeners) view.addEventListener(type, listener, opts);

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    for (const [type, listener, opts] of listeners) view.removeEventListener(type, listener, opts);
    host.remove();
    options.onClose?.();
  }

  // Keyboard start: the element at the centre of the view, then arrows; the pointer takes over when it moves.
  select(doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2));
  create.focus();
  return { stop };
}
