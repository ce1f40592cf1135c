/**
 * A member's learning journal, newest first: each entry's day, the session it was written in, its
 * prompt and words, what it is about, and whether it is private or shareable. An entry can be
 * changed or removed, and a removal undone for a while.
 */
import { useEffect, useState } from 'react';
import type { Cohort, JournalEntry } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { JournalEntryDialog } from './JournalEntryDialog.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './journal.module.css';

const UNDO_OFFER_MS = 12_000;

interface Props {
  cohortId: string;
  cohort: Cohort;
  member: { id: string; name: string };
}

export function JournalList({ cohortId, cohort, member }: Props) {
  const entries = cohort.journal.filter((entry) => entry.memberId === member.id).reverse();
  const commitments = cohort.sessions.flatMap((session) =>
    session.commitments.filter((commitment) => commitment.ownerId === member.id),
  );
  const [writing, setWriting] = useState(false);
  const [editing, setEditing] = useState<JournalEntry>();
  const [removed, setRemoved] = useState<{ entry: JournalEntry; index: number } | null>(null);
  const remove = useCommand('journal.remove');
  const restore = useCommand('journal.restore');
  useEffect(() => {
    if (!removed) return;
    const timeout = setTimeout(() => setRemoved(null), UNDO_OFFER_MS);
    return () => clearTimeout(timeout);
  }, [removed]);

  const sessionTitle = (id: string | undefined) => {
    const session = cohort.sessions.find((s) => s.id === id);
    return session ? session.title || `Session of ${formatDate(session.date)}` : null;
  };
  const commitmentText = (id: string) => commitments.find((c) => c.id === id)?.text;

  return (
    <section className={panels.panel} aria-labelledby="journal-heading">
      <div className={panels.header}>
        <h2 id="journal-heading">Learning journal</h2>
        <span className={panels.count}>{entries.length}</span>
        <span className={panels.spacer} />
        <button type="button" className={buttons.primary} onClick={() => setWriting(true)}>
          Write in the journal
        </button>
      </div>
      <p className={styles.privacy}>
        Entries are private to {member.name} unless marked shareable; only a shareable one can
        appear in a session’s report.
      </p>
      {removed ? (
        <p className={styles.undo} role="status">
          Entry removed.
          <button
            type="button"
            className={`${buttons.quiet} ${buttons.small}`}
            onClick={() =>
              void restore.run({ cohortId, ...removed }).then((r) => r.ok && setRemoved(null))
            }
          >
            Undo removal
          </button>
        </p>
      ) : null}
      <ErrorLine message={remove.error?.message ?? restore.error?.message} />
      {entries.length === 0 ? (
        <p className={panels.empty}>
          Nothing written yet. After a session, “What did I learn from others today?” is a good
          start.
        </p>
      ) : (
        <ol className={styles.entries} aria-label={`${member.name}’s journal entries`}>
          {entries.map((entry) => (
            <li key={entry.id} className={styles.entry}>
              <div className={styles.entryHead}>
                <time dateTime={entry.at}>{formatDate(entry.at.slice(0, 10))}</time>
                {sessionTitle(entry.sessionId) ? (
                  <span>{sessionTitle(entry.sessionId)}</span>
                ) : null}
                <span className={entry.shareable ? badges.badge : badges.quiet}>
                  {entry.shareable ? 'Shareable' : 'Private'}
                </span>
                <span className={panels.spacer} />
                <button
                  type="button"
                  className={`${buttons.quiet} ${buttons.small}`}
                  aria-label={`Edit the entry of ${formatDate(entry.at.slice(0, 10))}`}
                  onClick={() => setEditing(entry)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className={`${buttons.quiet} ${buttons.small}`}
                  aria-label={`Remove the entry of ${formatDate(entry.at.slice(0, 10))}`}
                  onClick={() =>
                    void remove.run({ cohortId, entryId: entry.id }).then((r) => {
                      if (r.ok) setRemoved(r.value);
                    })
                  }
                >
                  Remove
                </button>
              </div>
              {entry.prompt ? <p className={styles.prompt}>{entry.prompt}</p> : null}
              <p className={styles.text}>{entry.text}</p>
              {entry.commitmentIds.length > 0 ? (
                <p className={styles.about}>
                  About:{' '}
                  {entry.commitmentIds
                    .map(commitmentText)
                    .filter(Boolean)
                    .map((text) => `“${text}”`)
                    .join(', ')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {writing || editing ? (
        <JournalEntryDialog
          cohortId={cohortId}
          member={member}
          commitments={commitments}
          entry={editing}
          onClose={() => {
            setWriting(false);
            setEditing(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
