/** Each person brings one challenge, or passes. */
import { useState } from 'react';
import type { Person } from '../../../shared/live/session.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

export function ChallengesStage() {
  const people = useLive((state) => state.people);
  return (
    <section aria-label="Challenges">
      <p className={styles.stageLead}>
        Each person writes one challenge: complex, affecting others, taking mental energy. Or
        passes.
      </p>
      <ul className={styles.challengeList}>
        {people.map((person) => (
          <ChallengeRow key={person.id} person={person} />
        ))}
      </ul>
    </section>
  );
}

function ChallengeRow({ person }: { person: Person }) {
  const send = useLiveSend();
  const challenges = useLive((state) => state.challenges);
  const entry = challenges.entries.find((c) => c.attendeeId === person.id);
  const [text, setText] = useState(entry?.text ?? '');
  const [editing, setEditing] = useState(!entry);

  if (entry && !editing) {
    return (
      <li className={styles.challengeRow} data-passed={entry.passed || undefined}>
        <span className={styles.challengeRowName}>{person.name}</span>
        <p className={styles.challengeRowText}>{entry.passed ? 'Passed' : entry.text}</p>
        <button
          type="button"
          className={`${buttons.quiet} ${buttons.small}`}
          onClick={() => setEditing(true)}
        >
          Change
        </button>
      </li>
    );
  }
  return (
    <li className={styles.challengeRow}>
      <form
        className={styles.challengeRowForm}
        aria-label={`Challenge of ${person.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          void send({ type: 'challenge.enter', attendeeId: person.id, text }).then(
            (ok) => ok && setEditing(false),
          );
        }}
      >
        <span className={styles.challengeRowName}>{person.name}</span>
        <input
          className={styles.challengeRowInput}
          aria-label={`Challenge of ${person.name}`}
          value={text}
          maxLength={MAX_LENGTH.challenge}
          placeholder="The challenge in one sentence"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className={buttons.small} disabled={!text.trim()}>
          Save
        </button>
        <button
          type="button"
          className={`${buttons.quiet} ${buttons.small}`}
          onClick={() =>
            void send({ type: 'challenge.pass', attendeeId: person.id }).then(
              (ok) => ok && setEditing(false),
            )
          }
        >
          Pass
        </button>
      </form>
    </li>
  );
}
