/**
 * The facilitator says whose challenge the group works on, in a line, when no one wrote one (a
 * protocol where one owner presents, like Wise Crowds) or for the next case: it is entered and
 * chosen at once, so the queue knows the owner for the questions and the consult that follow.
 */
import { useState } from 'react';
import { challengeIdFor } from '../../../shared/live/challenges.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { PersonOptions } from '../../ui/Field/PersonOptions.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

export function OwnerPicker({ lead }: { lead: string }) {
  const send = useLiveSend();
  const people = useLive((state) => state.people);
  const [ownerId, setOwnerId] = useState('');
  const [text, setText] = useState('');

  const choose = async () => {
    const entered = await send({ type: 'challenge.enter', attendeeId: ownerId, text });
    if (!entered) return;
    const chosen = await send({ type: 'challenge.choose', challengeId: challengeIdFor(ownerId) });
    // Ready for the next case's owner.
    if (chosen) {
      setOwnerId('');
      setText('');
    }
  };

  return (
    <form
      className={styles.ownerPicker}
      aria-label="Whose challenge"
      onSubmit={(event) => {
        event.preventDefault();
        void choose();
      }}
    >
      <p className={styles.stageLead}>{lead}</p>
      <label className={fields.field}>
        Owner
        <select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
          <option value="">Choose a person</option>
          <PersonOptions people={people} />
        </select>
      </label>
      <label className={fields.field}>
        Challenge
        <input
          value={text}
          maxLength={MAX_LENGTH.challenge}
          placeholder="The challenge in a line"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className={buttons.primary}
        disabled={ownerId === '' || text.trim() === ''}
      >
        Choose
      </button>
    </form>
  );
}
