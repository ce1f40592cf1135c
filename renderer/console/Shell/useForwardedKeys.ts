/**
 * Keys the desktop app hands over from the presenter window (a clicker used after a click on the
 * projector's screen): each goes to `onKey`, the same function the console's own key handler
 * calls, so a key does the same wherever it was pressed. Not while a dialog is open, as for a key
 * pressed here; a focused text field does not count, since the key was not typed into it.
 */
import { useEffect } from 'react';
import type { KeyPress } from '../../../shared/contract/shell.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { dialogIsOpen } from './keyTarget.ts';

export function useForwardedKeys(onKey: (key: KeyPress) => unknown): void {
  const bridge = useBridge();
  useEffect(
    () =>
      bridge.subscribe('shell.key', (key) => {
        if (!dialogIsOpen()) onKey(key);
      }),
    [bridge, onKey],
  );
}
