import { useEffect } from 'react';
import { actionForKey } from '../../../shared/actions/liveActions.ts';
import type { KeyPress } from '../../../shared/contract/shell.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { Store } from '../../ui/state/store.ts';
import { keyIsFree } from '../Shell/keyTarget.ts';

/**
 * What a key does in the live session, pressed in the console or in the presenter window (which
 * hands it over): the command of its live action, sent while the session runs. True when the key
 * was the live session's.
 */
export function handleLiveKey(
  store: Store<LiveState>,
  send: (command: LiveCommandInput) => unknown,
  key: KeyPress,
): boolean {
  const state = store.get();
  if (state.status !== 'running') return false;
  const action = actionForKey(key);
  const command = action?.kind === 'live' ? action.command(state) : null;
  if (!command) return false;
  void send(command);
  return true;
}

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
      if (!keyIsFree(event)) return;
      // A focused button takes Space and Enter itself.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      if (handleLiveKey(store, send, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, send]);
}
