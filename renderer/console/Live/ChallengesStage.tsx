/** Each person brings one challenge, or passes. */
import { useState } from 'react';
import type { Person } from '../../../shared/live/session.ts';
import { useLive } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

export function ChallengesStage() {
  const { state } = useLive();
  return (
    <section aria-label="Challenges">
      <p className={styles.stageLead}>
        Each person writes one challenge: complex, affecting others, taking mental energy. Or
        passes.
      </p>
      <ul className={styles.challengeList}>
        {state.people.map((person) => (
          <ChallengeRow key={person.id} person={person} />
        ))}
      </ul>
    </section>
  );
}

function ChallengeRow({ person }: { person: Person }) {
  const { state, send } = useLive();
  const entry = state.challenges.entries.find((c) => c.attendeeId === person.id);
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
          maxLength={4000}
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
