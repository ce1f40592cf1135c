/** The owner's action plan: each action with an owner and a due date, specific and time-bound. */
import { useState } from 'react';
import { challengeOwner, personById } from '../../../shared/live/selectors.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { formatDate, todayIso } from '../../ui/format/dates.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';

const inAWeek = () => todayIso(new Date(Date.now() + 7 * 24 * 3600_000));

export function CommitStage() {
  const send = useLiveSend();
  const people = useLive((state) => state.people);
  const commitments = useLive((state) => state.commitments);
  const owner = useLive(challengeOwner);
  const [ownerId, setOwnerId] = useState(owner?.id ?? people[0]?.id ?? '');
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState(inAWeek);

  const add = async () => {
    if (await send({ type: 'commitment.add', ownerId, text, dueDate })) setText('');
  };

  return (
    <section aria-label="Commitments">
      <p className="stage__lead">
        Specific, observable and time-bound: “complete prototype 1 by Friday”, not “work on the
        prototype”.
      </p>
      <form
        className="commit-form"
        aria-label="Add a commitment"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className="field">
          Who
          <select value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field commit-form__text">
          Will do
          <input
            value={text}
            maxLength={MAX_LENGTH.commitment}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label className="field">
          By
          <input type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={!text.trim() || !dueDate || !ownerId}
        >
          Add commitment
        </button>
      </form>
      {commitments.length > 0 ? (
        <ul className="commitment-list" aria-label="Commitments made this session">
          {commitments.map((commitment) => (
            <li key={commitment.id} className="commitment">
              <div className="commitment__body">
                <p className="commitment__text">{commitment.text}</p>
                <p className="commitment__meta">
                  <span className="commitment__owner">
                    {personById({ people }, commitment.ownerId)?.name}
                  </span>
                  <span>by {formatDate(commitment.dueDate)}</span>
                </p>
              </div>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Remove commitment: ${commitment.text}`}
                onClick={() =>
                  void send({ type: 'commitment.remove', commitmentId: commitment.id })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
