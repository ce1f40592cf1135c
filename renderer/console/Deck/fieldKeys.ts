import type { KeyboardEvent } from 'react';

/** Enter does the action, Escape gives up, and neither reaches the dialog around the editor. */
export function fieldKeys(onEnter: () => void, onEscape?: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  };
}
