/** What the desktop shell asks of the console: a menu item, a file opened from the OS. */
import { useEffect } from 'react';
import type { ShellAction } from '../../../shared/contract/shell.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { navigate } from './route.ts';

export function useShellEvents(onAction: (action: ShellAction) => void): void {
  const bridge = useBridge();
  useEffect(() => {
    const offAction = bridge.subscribe('shell.action', ({ action }) => onAction(action));
    const offOpened = bridge.subscribe('shell.cohortOpened', ({ cohortId }) =>
      navigate({ screen: 'cohort', cohortId }),
    );
    return () => {
      offAction();
      offOpened();
    };
  }, [bridge, onAction]);
}
