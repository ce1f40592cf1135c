/**
 * A quiet word about the cohort file: saved, saving, or what went wrong. When a save failed or the
 * file was changed elsewhere, a banner under the top bar says so in full and offers a way out; it
 * stays through the store's own retries until a save succeeds (or, for a conflict, is dismissed).
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SaveStatus } from '../../../shared/contract/index.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { SaveCopyDialog } from '../Files/SaveCopyDialog.tsx';
import { SaveProblemBanner } from '../Files/SaveProblemBanner.tsx';
import styles from './shell.module.css';

const WORDS: Record<SaveStatus['state'], string> = {
  saved: 'Saved',
  saving: 'Saving…',
  failed: 'Not saved',
  conflict: 'Changed elsewhere',
};

export function SaveIndicator({ cohortId }: { cohortId: string }) {
  const bridge = useBridge();
  const [latest, setLatest] = useState<SaveStatus>();
  const [lastProblem, setProblem] = useState<SaveStatus>();
  const [copying, setCopying] = useState(false);
  // The banner and its dialog take a place in the console's layout, just under the top bar.
  const [layout, setLayout] = useState<Element | null>(null);
  const ref = useCallback((node: HTMLParagraphElement | null) => {
    if (node) setLayout(node.closest(`.${styles.console}`) ?? document.body);
  }, []);

  useEffect(
    () =>
      bridge.subscribe('save.status', (next) => {
        if (next.cohortId !== cohortId) return;
        setLatest(next);
        if (next.state === 'failed' || next.state === 'conflict') setProblem(next);
        if (next.state === 'saved') setProblem(undefined);
      }),
    [bridge, cohortId],
  );

  // Kept across screens: a status of another cohort says nothing about this one.
  const status = latest?.cohortId === cohortId ? latest : undefined;
  const problem = lastProblem?.cohortId === cohortId ? lastProblem : undefined;
  const state = status?.state ?? 'saved';
  // A write tried again after a failure is still a problem until it succeeds.
  const retrying = problem?.state === 'failed' && state === 'saving';
  return (
    <>
      <p
        ref={ref}
        className={styles.saveIndicator}
        data-state={retrying ? 'failed' : state}
        role="status"
        title={status?.message ?? ''}
      >
        <span className={styles.saveIndicatorDot} aria-hidden="true" />
        {retrying ? 'Retrying…' : WORDS[state]}
      </p>
      {problem && layout ? (
        <SaveProblemBanner
          status={problem}
          host={layout}
          onSaveCopy={() => setCopying(true)}
          onDismiss={() => setProblem(undefined)}
        />
      ) : null}
      {copying && layout
        ? createPortal(
            <SaveCopyDialog cohortId={cohortId} onClose={() => setCopying(false)} />,
            layout,
          )
        : null}
    </>
  );
}
