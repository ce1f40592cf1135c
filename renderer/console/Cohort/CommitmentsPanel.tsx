/**
 * Commitments still open, across every session of the cohort: what the group reviews at the
 * start of the next session. Overdue ones first; completion is one click.
 */
import { useState } from 'react';
import { Check } from 'lucide-react';
import type { Cohort, Commitment, ProgressUpdate } from '../../../shared/cohort/schema.ts';
import type { CommitmentStatus } from '../../../shared/vocabulary/commitmentStatus.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { daysUntil, dueWords, formatDate } from '../../ui/format/dates.ts';
import { SuccessSignal } from '../Commitments/SuccessSignal.tsx';
import { UpdateHistory } from '../Commitments/UpdateHistory.tsx';
import { EditCommitmentDialog } from './EditCommitmentDialog.tsx';
import { ProgressDialog } from './ProgressDialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

interface Props {
  cohortId: string;
  cohort: Cohort;
}

export function CommitmentsPanel({ cohortId, cohort }: Props) {
  const setStatusOf = useCommand('commitment.setStatus');
  const [updating, setUpdating] = useState<Commitment>();
  const [editing, setEditing] = useState<Commitment>();
  const names = new Map(cohort.members.map((member) => [member.id, member.name]));
  const updates = new Map<string, ProgressUpdate[]>();
  for (const session of cohort.sessions) {
    for (const update of session.progressUpdates) {
      updates.set(update.commitmentId, [...(updates.get(update.commitmentId) ?? []), update]);
    }
  }
  const open = cohort.sessions
    .flatMap((session) => session.commitments)
    .filter((commitment) => commitment.status === 'open')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const doneCount = cohort.sessions
    .flatMap((s) => s.commitments)
    .filter((c) => c.status === 'done').length;

  const setStatus = (commitment: Commitment, status: Exclude<CommitmentStatus, 'open'>) =>
    setStatusOf.run({ cohortId, commitmentId: commitment.id, status });

  return (
    <section className={panels.panel} aria-labelledby="commitments-heading">
      <div className={panels.header}>
        <h2 id="commitments-heading">Open commitments</h2>
        <span className={panels.count}>{open.length}</span>
        {doneCount > 0 ? <span className={panels.aside}>{doneCount} completed so far</span> : null}
      </div>
      <ErrorLine message={setStatusOf.error?.message} />
      {open.length === 0 ? (
        <p className={panels.empty}>
          No open commitments. Action plans agreed in a session appear here until they are done.
        </p>
      ) : (
        <ul className={styles.commitmentList} aria-label="Open commitments">
          {open.map((commitment) => {
            const overdue = daysUntil(commitment.dueDate) < 0;
            const owner = names.get(commitment.ownerId) ?? 'Former member';
            return (
              <li
                key={commitment.id}
                className={styles.commitment}
                data-overdue={overdue || undefined}
              >
                <div className={styles.commitmentBody}>
                  <p className={styles.commitmentText}>{commitment.text}</p>
                  <p className={styles.commitmentMeta}>
                    <span className={styles.commitmentOwner}>{owner}</span>
                    <span title={formatDate(commitment.dueDate, { dateStyle: 'full' })}>
                      {formatDate(commitment.dueDate)} · {dueWords(commitment.dueDate)}
                    </span>
                  </p>
                  <SuccessSignal signal={commitment.successSignal} />
                  <UpdateHistory updates={updates.get(commitment.id) ?? []} />
                </div>
                <div className={styles.commitmentActions}>
                  <button
                    type="button"
                    className={buttons.button}
                    aria-label={`Mark done: ${commitment.text}`}
                    onClick={() => void setStatus(commitment, 'done')}
                  >
                    <Check size={15} />
                    Done
                  </button>
                  <button
                    type="button"
                    className={buttons.quiet}
                    aria-label={`Progress update: ${commitment.text}`}
                    onClick={() => setUpdating(commitment)}
                  >
                    Update
                  </button>
                  <button
                    type="button"
                    className={buttons.quiet}
                    aria-label={`Edit: ${commitment.text}`}
                    onClick={() => setEditing(commitment)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className={`${buttons.quiet} ${buttons.danger}`}
                    aria-label={`Drop: ${commitment.text}`}
                    onClick={() => void setStatus(commitment, 'dropped')}
                  >
                    Drop
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {editing ? (
        <EditCommitmentDialog
          key={editing.id}
          cohortId={cohortId}
          commitment={editing}
          ownerName={names.get(editing.ownerId) ?? 'A former member'}
          cadence={cohort.cadence}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      <ProgressDialog
        cohortId={cohortId}
        commitment={updating}
        ownerName={updating ? (names.get(updating.ownerId) ?? '') : ''}
        onClose={() => setUpdating(undefined)}
      />
    </section>
  );
}
