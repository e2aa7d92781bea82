/** DOM building for the options page: text only through textContent, never markup. */
import { h as el } from '../ui/dom';

type Props = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

// The one element builder (src/ui/dom.ts), under the name the options sections use.
export { el };

let counter = 0;
/** A unique id for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A checkbox with its label after it (the platform convention). */
export function checkboxField(
  doc: Document,
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  props: Props = {},
): { row: HTMLElement; input: HTMLInputElement } {
  const id = uid('opt');
  const input = el(doc, 'input', { type: 'checkbox', id, ...props });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  const row = el(doc, 'div', { class: 'check' }, input, el(doc, 'label', { for: id }, label));
  return { row, input };
}

/** A labelled `<select>`; options are [value, label] pairs. */
export function selectField(
  doc: Document,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
  props: Props = {},
): { row: HTMLElement; select: HTMLSelectElement } {
  const id = uid('opt');
  const select = el(doc, 'select', { id, ...props });
  for (const [optionValue, optionLabel] of options) {
    select.append(el(doc, 'option', { value: optionValue }, optionLabel));
  }
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  const row = el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: id }, label), select);
  return { row, select };
}

/** A group of radio buttons under a legend. */
export function radioGroup(
  doc: Document,
  legend: string,
  name: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): { fieldset: HTMLFieldSetElement; inputs: HTMLInputElement[] } {
  const fieldset = el(doc, 'fieldset', {}, el(doc, 'legend', {}, legend));
  const inputs = options.map(([optionValue, optionLabel]) => {
    const id = uid(name);
    const input = el(doc, 'input', { type: 'radio', name, id, value: optionValue });
    input.checked = optionValue === value;
    input.addEventListener('change', () => {
      if (input.checked) onChange(optionValue);
    });
    fieldset.append(el(doc, 'div', { class: 'check' }, input, el(doc, 'label', { for: id }, optionLabel)));
    return input;
  });
  return { fieldset, inputs };
}

/** A help or message paragraph that a control points to with aria-describedby. */
export function describe(doc: Document, control: HTMLElement, text: string, className = 'help'): HTMLElement {
  const id = uid('desc');
  const note = el(doc, 'p', { id, class: className }, text);
  const existing = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', existing ? `${existing} ${id}` : id);
  return note;
}

export function section(doc: Document, heading: string, ...children: Child[]): HTMLElement {
  const id = uid('section');
  return el(doc, 'section', { 'aria-labelledby': id }, el(doc, 'h2', { id }, heading), ...children);
}

/** A labelled address field with its submit button, help and an aria-live message line. */
export function addressForm(
  doc: Document,
  texts: { label: string; button: string; help: string; placeholder: string },
): { form: HTMLFormElement; input: HTMLInputElement; help: HTMLElement; message: HTMLElement } {
  const inputId = uid('address');
  const input = el(doc, 'input', {
    type: 'text',
    id: inputId,
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: texts.placeholder,
  });
  const help = describe(doc, input, texts.help);
  const message = describe(doc, input, '', 'message');
  message.setAttribute('aria-live', 'polite');
  const form = el(
    doc,
    'form',
    { class: 'inline-form' },
    el(doc, 'label', { for: inputId }, texts.label),
    el(doc, 'div', { class: 'row' }, input, el(doc, 'button', { type: 'submit' }, texts.button)),
  );
  return { form, input, help, message };
}
