/**
 * A commitment's progress updates, newest first: accomplished, remaining, blockers and whether the
 * owner asked the cohort for help, each with its date. The latest shows; earlier ones fold away.
 */
import type { ProgressUpdate } from '../../../shared/cohort/schema.ts';
import { formatDate } from '../../ui/format/dates.ts';
import styles from './Commitments.module.css';

type UpdateWords = Pick<
  ProgressUpdate,
  'at' | 'accomplished' | 'remaining' | 'blockers' | 'helpAsked'
>;

/** One update: its day, then what was accomplished, what remains and what blocks it. */
export function UpdateLines({ update }: { update: UpdateWords }) {
  const day = formatDate(update.at.slice(0, 10), { day: 'numeric', month: 'short' });
  return (
    <dl className={styles.update}>
      <dt className={styles.updateDay}>{day}</dt>
      {update.accomplished ? (
        <dd>
          <span className={styles.updateLabel}>Accomplished</span> {update.accomplished}
        </dd>
      ) : null}
      {update.remaining ? (
        <dd>
          <span className={styles.updateLabel}>Remaining</span> {update.remaining}
        </dd>
      ) : null}
      {update.blockers ? (
        <dd>
          <span className={styles.updateLabel}>Blocked</span> {update.blockers}
          {update.helpAsked ? <span className={styles.helpAsked}>Help asked</span> : null}
        </dd>
      ) : null}
    </dl>
  );
}

export function UpdateHistory({ updates }: { updates: readonly ProgressUpdate[] }) {
  const newestFirst = [...updates].reverse();
  const [latest, ...earlier] = newestFirst;
  if (!latest) return null;
  return (
    <div className={styles.history}>
      <UpdateLines update={latest} />
      {earlier.length > 0 ? (
        <details>
          <summary>
            {earlier.length} earlier {earlier.length === 1 ? 'update' : 'updates'}
          </summary>
          {earlier.map((update) => (
            <UpdateLines key={update.id} update={update} />
          ))}
        </details>
      ) : null}
    </div>
  );
}
