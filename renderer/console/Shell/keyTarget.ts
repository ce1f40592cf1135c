/**
 * Whether a key press is the console's to act on: not while typing in a text field, not while a
 * dialog is open, and not when something already handled it. A focused button, checkbox or link
 * is not typing: the console's keys still work there (Space is the turn timer's, not the button's).
 */
const NOT_TYPED_INTO = new Set([
  'button',
  'checkbox',
  'radio',
  'submit',
  'reset',
  'image',
  'color',
  'file',
]);

export const isTextEntry = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TYPED_INTO.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
};

/** A dialog asks something first: no shortcut acts under it. */
export const dialogIsOpen = (): boolean => document.querySelector('dialog[open]') !== null;

export const keyIsFree = (event: KeyboardEvent): boolean =>
  !event.defaultPrevented && !isTextEntry(event.target) && !dialogIsOpen();
