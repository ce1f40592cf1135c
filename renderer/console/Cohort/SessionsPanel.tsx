import type { Cohort } from '../../../shared/cohort/schema.ts';
import { formatDate } from '../../ui/format/dates.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { hrefFor } from '../Shell/route.ts';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

/** The cohort's history, newest first, with what each session produced. */
export function SessionsPanel({ cohortId, cohort }: { cohortId: string; cohort: Cohort }) {
  const sessions = [...cohort.sessions].sort((a, b) => b.date.localeCompare(a.date));
  const ownerOf = new Map(
    cohort.sessions.flatMap((session) => session.attendance).map((a) => [a.id, a.name] as const),
  );
  return (
    <section className={panels.panel} aria-labelledby="sessions-heading">
      <div className={panels.header}>
        <h2 id="sessions-heading">Sessions</h2>
        <span className={panels.count}>{sessions.length}</span>
      </div>
      {sessions.length === 0 ? (
        <p className={panels.empty}>No sessions yet. “Start a session” when the group meets.</p>
      ) : (
        <ol className={styles.sessionList} aria-label="Sessions">
          {sessions.map((session) => {
            const chosen = session.challenges.find((c) => c.id === session.chosenChallengeId);
            const present = session.attendance.filter((a) => a.present).length;
            return (
              <li key={session.id} className={styles.sessionRow}>
                <a
                  className={styles.sessionRowLink}
                  href={hrefFor({ screen: 'live', cohortId, sessionId: session.id })}
                >
                  <span className={styles.sessionRowDate}>{formatDate(session.date)}</span>
                  <span className={styles.sessionRowTitle}>
                    {session.title ||
                      (chosen
                        ? `${ownerOf.get(chosen.attendeeId) ?? 'A member'}’s challenge`
                        : 'Session')}
                  </span>
                </a>
                {chosen ? <p className={styles.sessionRowChallenge}>{chosen.text}</p> : null}
                <p className={styles.sessionRowFacts}>
                  {plural(present, 'attendee')} · {plural(session.notes.length, 'note')} ·{' '}
                  {plural(session.commitments.length, 'commitment')}
                  {session.endedAt ? '' : ' · not ended'}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
