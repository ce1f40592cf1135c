import { useEffect } from 'react';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import { actionForKey } from './actions.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The live actions' keyboard shortcuts, while no field has focus and no dialog is open. */
export function useLiveShortcuts(
  state: LiveState | undefined,
  send: (command: LiveCommandInput) => unknown,
): void {
  useEffect(() => {
    if (!state || state.status !== 'running') return;
    const onKey = (event: KeyboardEvent) => {
      if (
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
  }, [state, send]);
}
