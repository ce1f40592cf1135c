/**
 * The reflection phase's "Write in the journal": one button per member in the room, opening their
 * journal for this session. The entries stay on the console; the room sees only the prompt.
 */
import { useState } from 'react';
import { useQuery } from '../../bridge/useQuery.ts';
import { useLive } from '../Live/LiveContext.tsx';
import { JournalEntryDialog } from './JournalEntryDialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './journal.module.css';

export function ReflectJournal() {
  const cohortId = useLive((state) => state.cohortId);
  const sessionId = useLive((state) => state.sessionId);
  const members = useLive((state) =>
    state.people.flatMap((p) => (p.memberId ? [{ id: p.memberId, name: p.name }] : [])),
  );
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const [writing, setWriting] = useState<{ id: string; name: string }>();
  const written = new Set(
    cohort.data?.journal.filter((e) => e.sessionId === sessionId).map((e) => e.memberId),
  );
  if (members.length === 0) return null;
  const commitments = (memberId: string) =>
    cohort.data?.sessions.flatMap((s) =>
      s.commitments.filter(
        (c) => c.ownerId === memberId && (c.status === 'open' || s.id === sessionId),
      ),
    ) ?? [];

  return (
    <section className={styles.reflect} aria-labelledby="reflect-journal-heading">
      <h2 id="reflect-journal-heading" className={styles.reflectTitle}>
        Learning journal
      </h2>
      <p className={styles.privacy}>
        Private to each member unless they mark an entry shareable. Never shown on the room’s
        screen.
      </p>
      <ul className={styles.reflectMembers} aria-label="Write in the journal">
        {members.map((member) => (
          <li key={member.id}>
            <button
              type="button"
              className={`${buttons.button} ${buttons.small}`}
              aria-label={`Write in the journal for ${member.name}`}
              disabled={!cohort.data}
              onClick={() => setWriting(member)}
            >
              {member.name}
              {written.has(member.id) ? <span className={styles.written}> · written</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {writing ? (
        <JournalEntryDialog
          cohortId={cohortId}
          member={writing}
          sessionId={sessionId}
          commitments={commitments(writing.id)}
          onClose={() => setWriting(undefined)}
        />
      ) : null}
    </section>
  );
}
