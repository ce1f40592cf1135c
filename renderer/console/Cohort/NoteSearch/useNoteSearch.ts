/**
 * The note search as the facilitator types: the query is sent once typing pauses briefly, and
 * again when the cohort changes. Each answer is kept with the query it answers, and only the
 * answer to the latest query sent is taken, so what is on screen always says what it answers.
 * The first, empty query readies the host's index, so the first word typed is answered as fast
 * as the rest.
 */
import { useEffect, useRef, useState } from 'react';
import type { ContractError } from '../../../../shared/contract/index.ts';
import type { NoteSearchAnswer } from '../../../../shared/contract/requests/notes.ts';
import { useBridge, useConnectionState } from '../../../bridge/ConnectionContext.tsx';

/** Long enough to skip the letters of a word typed quickly, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 120;

export interface NoteSearchState {
  /** The latest answer, and the query it answers. */
  answer: { query: string; limit: number; value: NoteSearchAnswer } | undefined;
  error: ContractError | undefined;
}

export function useNoteSearch(cohortId: string, query: string, limit: number): NoteSearchState {
  const bridge = useBridge();
  const connection = useConnectionState();
  const [sent, setSent] = useState(query);
  const [state, setState] = useState<NoteSearchState>({ answer: undefined, error: undefined });
  const [changes, setChanges] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    // Clearing the box is taken at once; a word being typed once the typing pauses.
    const timeout = setTimeout(() => setSent(query), query.trim() ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timeout);
  }, [query]);

  useEffect(() => bridge.subscribe('cohort.changed', () => setChanges((n) => n + 1)), [bridge]);

  useEffect(() => {
    if (connection !== 'open') return;
    const ticket = ++latest.current;
    void bridge.invoke('notes.search', { cohortId, query: sent, limit }).then((result) => {
      if (ticket !== latest.current) return;
      setState(
        result.ok
          ? { answer: { query: sent, limit, value: result.value }, error: undefined }
          : { answer: undefined, error: result.error },
      );
    });
  }, [bridge, connection, cohortId, sent, limit, changes]);

  return state;
}
