import { useEffect } from 'react';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { Store } from '../../ui/state/store.ts';
import { actionForKey } from './actions.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The live actions' keyboard shortcuts, while the session runs, no field has focus and no dialog
 * is open. The state is read when the key is pressed, so this never re-renders anything.
 */
export function useLiveShortcuts(
  store: Store<LiveState>,
  send: (command: LiveCommandInput) => unknown,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = store.get();
      if (
        state.status !== 'running' ||
        event.defaultPrevented ||
        isTyping(event.target) ||
        document.querySelector('dialog[open]')
      )
        return;
      // A focused button takes Space and Enter itself.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      const action = actionForKey(event);
      const command = action?.command(state);
      if (!command) return;
      event.preventDefault();
      void send(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, send]);
}
