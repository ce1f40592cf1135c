/**
 * The nudges under a commitment form: what the words or the date are missing, and the shape
 * "Verb + object + by when" made from the typed words. Read out politely as they change; they
 * never stop the form from saving.
 */
import { Lightbulb } from 'lucide-react';
import type { Cadence } from '../../../shared/cohort/schema.ts';
import { nextSessionAfter } from '../../../shared/commitments/calendar.ts';
import { commitmentNudges } from '../../../shared/commitments/nudges.ts';
import { formatDate } from '../../ui/format/dates.ts';
import styles from './CommitmentNudges.module.css';

interface Props {
  text: string;
  dueDate: string;
  successSignal: string;
  /** The day the commitment is made: the session's date. */
  today: string;
  /** The cohort's cadence, for when it meets next; absent when it is not known yet. */
  cadence: Cadence | undefined;
}

const day = (iso: string) => formatDate(iso, { weekday: 'short', day: 'numeric', month: 'short' });

export function CommitmentNudges({ text, dueDate, successSignal, today, cadence }: Props) {
  const nextSession = cadence ? nextSessionAfter(cadence, today) : null;
  const advice = commitmentNudges({ text, dueDate, successSignal, today, nextSession }, day);
  return (
    <div className={styles.commitmentNudges} role="status" aria-label="Commitment nudges">
      {advice.nudges.length > 0 ? (
        <>
          <Lightbulb size={16} aria-hidden className={styles.nudgeIcon} />
          <div>
            <ul className={styles.list}>
              {advice.nudges.map((nudge) => (
                <li key={nudge.kind}>{nudge.message}</li>
              ))}
            </ul>
            {advice.suggestion ? <p className={styles.suggestion}>{advice.suggestion}</p> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
