/**
 * Sign-up boxes (a newsletter's heading, one line and an e-mail field) sit inside article bodies and
 * survive Readability, which keeps whatever shares the body's container. A box is found by what it
 * holds, an e-mail input, not by its words or classes, so it works in any language.
 */

/** The box around a form is the largest ancestor with no more text than this: a form's few lines. */
const MAX_BOX_CHARS = 400;

/** The boxes around e-mail sign-up forms in `doc`: the reader view drops them (call it on a clone). */
export function signupBoxes(doc: Document): Element[] {
  const boxes = new Set<Element>();
  for (const input of doc.querySelectorAll('input[type="email" i]')) {
    let box: Element = input.closest('form') ?? input;
    for (let parent = box.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
      if ((parent.textContent ?? '').trim().length > MAX_BOX_CHARS) break;
      box = parent;
    }
    boxes.add(box);
  }
  return [...boxes];
}
