/**
 * Whether a key press is the console's to act on: not while typing in a field, not while a dialog
 * is open, and not when something already handled it.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const keyIsFree = (event: KeyboardEvent): boolean =>
  !event.defaultPrevented && !isTyping(event.target) && !document.querySelector('dialog[open]');
