/** Each person brings one challenge, or passes. */
import { startTransition, useOptimistic, useState } from 'react';
import type { Person } from '../../../shared/live/session.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import type { RoomView } from '../../../shared/room/roomView.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useRoomPart } from '../../bridge/useRoomView.ts';
import fields from '../../ui/Field/Field.module.css';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

export function ChallengesStage() {
  const people = useLive((state) => state.people);
  return (
    <section aria-label="Challenges">
      <div className={styles.challengeSwitches}>
        <WriteFirstSwitch />
        <RoomNamesSwitch />
      </div>
      <ul className={styles.challengeList}>
        {people.map((person) => (
          <ChallengeRow key={person.id} person={person} />
        ))}
      </ul>
    </section>
  );
}

const namesShown = (view: RoomView) => view.challengeNames;

/**
 * Write first, reveal together: while on, the room counts the challenges and shows none of them;
 * "Reveal all" puts them up at once.
 */
function WriteFirstSwitch() {
  const send = useLiveSend();
  const [hidden, hideNow] = useOptimistic(useLive((state) => state.challenges.hidden));
  const written = useLive((state) => state.challenges.entries.filter((c) => !c.passed).length);
  return (
    <span className={styles.writeFirst}>
      <label className={fields.toggle}>
        <input
          type="checkbox"
          checked={hidden}
          onChange={(event) => {
            const next = event.target.checked;
            startTransition(async () => {
              hideNow(next);
              await send({ type: 'challenge.hideEntries', hidden: next });
            });
          }}
        />
        Write first: keep challenges off the room’s screen until revealed
      </label>
      {hidden ? (
        <button
          type="button"
          className={`${buttons.primary} ${buttons.small}`}
          disabled={written === 0}
          onClick={() => void send({ type: 'challenge.hideEntries', hidden: false })}
        >
          Reveal all {written > 0 ? `(${written})` : ''}
        </button>
      ) : null}
    </span>
  );
}

/** Whether the room sees who brought each challenge (off by default: some are sensitive). */
function RoomNamesSwitch() {
  const [shown, showNow] = useOptimistic(useRoomPart(namesShown) ?? false);
  const set = useCommand('room.challengeNames');
  return (
    <label className={fields.toggle}>
      <input
        type="checkbox"
        checked={shown}
        onChange={(event) => {
          const next = event.target.checked;
          startTransition(async () => {
            showNow(next);
            await set.run({ shown: next });
          });
        }}
      />
      Show names with the challenges on the room’s screen
    </label>
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
