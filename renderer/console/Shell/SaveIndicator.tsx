/**
 * A quiet word about the cohort file: saved, saving, or what went wrong. When a save failed or the
 * file was changed elsewhere, a banner under the top bar says so in full and offers a way out.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SaveStatus } from '../../../shared/contract/index.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { SaveProblemBanner } from '../Files/SaveProblemBanner.tsx';

const WORDS: Record<SaveStatus['state'], string> = {
  saved: 'Saved',
  saving: 'Saving…',
  failed: 'Not saved',
  conflict: 'Changed elsewhere',
};

export function SaveIndicator({ cohortId }: { cohortId: string }) {
  const bridge = useBridge();
  const [latest, setStatus] = useState<SaveStatus>();
  // Kept across screens: a status of another cohort says nothing about this one.
  const status = latest?.cohortId === cohortId ? latest : undefined;
  const [dismissedAt, setDismissedAt] = useState<string>();
  // The banner takes a row of the console's layout, just under the top bar.
  const [layout, setLayout] = useState<Element | null>(null);
  const ref = useCallback((node: HTMLParagraphElement | null) => {
    if (node) setLayout(node.closest('.console') ?? document.body);
  }, []);

  useEffect(
    () =>
      bridge.subscribe('save.status', (next) => {
        if (next.cohortId === cohortId) setStatus(next);
      }),
    [bridge, cohortId],
  );

  const state = status?.state ?? 'saved';
  const problem =
    status && (state === 'failed' || state === 'conflict') && status.at !== dismissedAt;
  return (
    <>
      <p
        ref={ref}
        className="save-indicator"
        data-state={state}
        role="status"
        title={status?.message ?? ''}
      >
        <span className="save-indicator__dot" aria-hidden="true" />
        {WORDS[state]}
      </p>
      {problem && layout ? (
        <SaveProblemBanner
          status={status}
          host={layout}
          onDismiss={() => setDismissedAt(status.at)}
        />
      ) : null}
    </>
  );
}
