import { useEffect } from 'react';
import { actionForKey } from '../../../shared/actions/liveActions.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { Store } from '../../ui/state/store.ts';
import { keyIsFree } from '../Shell/keyTarget.ts';

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
      if (state.status !== 'running' || !keyIsFree(event)) return;
      // A focused button takes Space and Enter itself.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      const action = actionForKey(event);
      const command = action?.kind === 'live' ? action.command(state) : null;
      if (!command) return;
      event.preventDefault();
      void send(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, send]);
}
