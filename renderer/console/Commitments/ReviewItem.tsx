/**
 * One commitment under review at its owner's check-in: what, when due, its updates, and the four
 * outcomes recorded in place: done (celebrated), progress, blocked (with help asked) or dropped.
 */
import { useState } from 'react';
import { m } from 'framer-motion';
import { Check, CircleAlert, PartyPopper, TrendingUp, Undo2, X } from 'lucide-react';
import type { CommitmentReview } from '../../../shared/commitments/review.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { dueWords, formatDate } from '../../ui/format/dates.ts';
import { celebrate } from '../../ui/motion/presets.ts';
import { SuccessSignal } from './SuccessSignal.tsx';
import { UpdateHistory } from './UpdateHistory.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './Commitments.module.css';

interface Props {
  cohortId: string;
  sessionId: string;
  ownerName: string;
  /** The session's date: "overdue" is counted from the day of the review. */
  today: string;
  review: CommitmentReview;
}

type Recording = 'progress' | 'blocked' | null;

export function ReviewItem({ cohortId, sessionId, ownerName, today, review }: Props) {
  const { commitment, updates } = review;
  const setStatus = useCommand('commitment.setStatus');
  const addProgress = useCommand('commitment.addProgress');
  const [recording, setRecording] = useState<Recording>(null);
  const [accomplished, setAccomplished] = useState('');
  const [remaining, setRemaining] = useState('');
  const [blockers, setBlockers] = useState('');
  const [helpAsked, setHelpAsked] = useState(true);

  const status = (next: 'open' | 'done' | 'dropped') =>
    void setStatus.run({ cohortId, commitmentId: commitment.id, status: next, sessionId });
  const save = async () => {
    const words =
      recording === 'blocked'
        ? { blockers, helpAsked }
        : { accomplished, remaining, helpAsked: false };
    const result = await addProgress.run({
      cohortId,
      commitmentId: commitment.id,
      sessionId,
      ...words,
    });
    if (!result.ok) return;
    setRecording(null);
    setAccomplished('');
    setRemaining('');
    setBlockers('');
  };
  const canSave =
    recording === 'blocked' ? blockers.trim() !== '' : (accomplished + remaining).trim() !== '';
  const closed = commitment.status !== 'open';

  return (
    <li className={styles.reviewItem} data-status={commitment.status}>
      <div className={styles.reviewHead}>
        <div className={styles.reviewWhat}>
          <p className={styles.reviewText}>{commitment.text}</p>
          <p className={styles.reviewDue}>
            Due {formatDate(commitment.dueDate)}
            {closed ? null : ` · ${dueWords(commitment.dueDate, today)}`}
          </p>
          <SuccessSignal signal={commitment.successSignal} />
        </div>
        {commitment.status === 'done' ? (
          <m.span className={styles.celebration} role="status" {...celebrate}>
            <PartyPopper size={18} aria-hidden />
            Done! Well done, {ownerName}.
          </m.span>
        ) : null}
        {commitment.status === 'dropped' ? <span className={styles.dropped}>Dropped</span> : null}
      </div>
      <UpdateHistory updates={updates} />
      {closed ? (
        <div className={styles.reviewActions}>
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.small}`}
            aria-label={`Reopen: ${commitment.text}`}
            onClick={() => status('open')}
          >
            <Undo2 size={14} aria-hidden />
            Reopen
          </button>
        </div>
      ) : (
        <div
          className={styles.reviewActions}
          role="group"
          aria-label={`Outcome: ${commitment.text}`}
        >
          <button type="button" className={buttons.button} onClick={() => status('done')}>
            <Check size={15} aria-hidden />
            Done
          </button>
          <button
            type="button"
            className={buttons.quiet}
            aria-pressed={recording === 'progress'}
            onClick={() => setRecording(recording === 'progress' ? null : 'progress')}
          >
            <TrendingUp size={15} aria-hidden />
            Progress
          </button>
          <button
            type="button"
            className={buttons.quiet}
            aria-pressed={recording === 'blocked'}
            onClick={() => setRecording(recording === 'blocked' ? null : 'blocked')}
          >
            <CircleAlert size={15} aria-hidden />
            Blocked
          </button>
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.danger}`}
            onClick={() => status('dropped')}
          >
            <X size={15} aria-hidden />
            Drop
          </button>
        </div>
      )}
      {recording && !closed ? (
        <form
          className={styles.reviewForm}
          aria-label={recording === 'blocked' ? 'What blocks it' : 'Progress so far'}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {recording === 'progress' ? (
            <>
              <label className={fields.field}>
                Accomplished
                <input value={accomplished} onChange={(e) => setAccomplished(e.target.value)} />
              </label>
              <label className={fields.field}>
                Remaining
                <input value={remaining} onChange={(e) => setRemaining(e.target.value)} />
              </label>
            </>
          ) : (
            <>
              <label className={fields.field}>
                Blocked by
                <input value={blockers} onChange={(e) => setBlockers(e.target.value)} />
              </label>
              <label className={fields.toggle}>
                <input
                  type="checkbox"
                  checked={helpAsked}
                  onChange={(e) => setHelpAsked(e.target.checked)}
                />
                Ask the cohort for help at recommendations
              </label>
            </>
          )}
          <button type="submit" className={buttons.primary} disabled={!canSave}>
            Save
          </button>
        </form>
      ) : null}
      <ErrorLine message={setStatus.error?.message ?? addProgress.error?.message} />
    </li>
  );
}
