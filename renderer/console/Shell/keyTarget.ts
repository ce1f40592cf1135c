/**
 * Whether a key press is the console's to act on: not while typing in a field, not while a dialog
 * is open, and not when something already handled it.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** A dialog asks something first: no shortcut acts under it. */
export const dialogIsOpen = (): boolean => document.querySelector('dialog[open]') !== null;

export const keyIsFree = (event: KeyboardEvent): boolean =>
  !event.defaultPrevented && !isTyping(event.target) && !dialogIsOpen();
