/** A quiet word about the cohort file: saved, saving, or what went wrong. */
import { useEffect, useState } from 'react';
import type { SaveStatus } from '../../../shared/contract/index.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';

const WORDS: Record<SaveStatus['state'], string> = {
  saved: 'Saved',
  saving: 'Saving…',
  failed: 'Not saved',
  conflict: 'Changed elsewhere',
};

export function SaveIndicator({ cohortId }: { cohortId: string }) {
  const bridge = useBridge();
  const [status, setStatus] = useState<SaveStatus>();

  useEffect(
    () =>
      bridge.subscribe('save.status', (next) => {
        if (next.cohortId === cohortId) setStatus(next);
      }),
    [bridge, cohortId],
  );

  const state = status?.state ?? 'saved';
  return (
    <p className="save-indicator" data-state={state} role="status" title={status?.message ?? ''}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {WORDS[state]}
      {status?.message && state !== 'saved' && state !== 'saving' ? (
        <span className="save-indicator__message">{status.message}</span>
      ) : null}
    </p>
  );
}
