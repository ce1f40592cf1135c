/**
 * In the desktop app the place for a copy, or the library folder, is chosen in a native dialog
 * that the host opens ('shell.choosePath'); the console keeps only the handle it answers, to send
 * with the request, and the path to show. Each handle is good once: after it is used, or refused,
 * the facilitator chooses again.
 */
import { useState } from 'react';
import type { PathPurpose } from '../../../shared/contract/index.ts';
import { useCommand } from '../../bridge/useCommand.ts';

export interface ChosenPlace {
  handle: string;
  /** The path, to show. */
  shown: string;
}

export function useChosenPath(purpose: PathPurpose, cohortId?: string) {
  const command = useCommand('shell.choosePath');
  const [chosen, setChosen] = useState<ChosenPlace>();

  /** Opens the dialog; answers the place, or undefined when cancelled or refused. */
  const choose = async (): Promise<ChosenPlace | undefined> => {
    const result = await command.run(cohortId === undefined ? { purpose } : { purpose, cohortId });
    if (!result.ok || !('handle' in result.value)) return undefined;
    setChosen(result.value);
    return result.value;
  };

  return {
    chosen,
    choose,
    busy: command.busy,
    error: command.error,
    /** The handle was used or refused: the next save needs a new choice. */
    forget: () => setChosen(undefined),
  };
}
