/**
 * Who speaks next, and everyone not in the line one click from joining it: in hands mode that click
 * is a raised hand. Reorder, skip, remove and give the floor from the line itself.
 */
import { challengeOwner, upNext } from '../../../shared/live/selectors.ts';
import type { Person } from '../../../shared/live/session.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';

export function QueueList() {
  const send = useLiveSend();
  const next = useLive(upNext);
  const owner = useLive(challengeOwner);
  const people = useLive((state) => state.people);
  const queue = useLive((state) => state.queue);
  const ownerAnswers = useLive((state) => state.options.ownerAnswersAfterEach);
  const hands = queue.mode === 'hands';
  const waiting = new Set(queue.waiting);
  const listed = new Set(next.map((person) => person.id));
  // In a round the owner answers rather than queues; anyone else out of the line can join it.
  const outside = people.filter(
    (person) =>
      !waiting.has(person.id) &&
      !listed.has(person.id) &&
      person.id !== queue.floor &&
      !(queue.mode === 'round' && person.id === owner?.id),
  );

  return (
    <>
      <h3 className="live-panel__subtitle">Up next</h3>
      {owner && queue.mode === 'round' && ownerAnswers ? (
        <p className="live-panel__empty">{owner.name} answers after each question.</p>
      ) : null}
      {next.length === 0 ? (
        <p className="live-panel__empty">
          {hands
            ? 'No hands up. Click a name below when someone raises a hand.'
            : 'Nobody is waiting.'}
        </p>
      ) : (
        <ol className="queue" aria-label="Up next">
          {next.map((person, index) => (
            <QueueRow
              key={`${person.id}-${index}`}
              person={person}
              place={index + 1}
              answers={person.id === owner?.id && !waiting.has(person.id)}
            />
          ))}
        </ol>
      )}
      {outside.length > 0 ? (
        <>
          <h3 className="live-panel__subtitle">{hands ? 'Raise a hand' : 'Not in the queue'}</h3>
          <ul className="chip-list" aria-label={hands ? 'Raise a hand' : 'Not in the queue'}>
            {outside.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="chip-button"
                  aria-label={
                    hands ? `Raise hand for ${person.name}` : `Add ${person.name} to the queue`
                  }
                  onClick={() => void send({ type: 'queue.add', personId: person.id })}
                >
                  ＋ {person.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function QueueRow({ person, place, answers }: { person: Person; place: number; answers: boolean }) {
  const send = useLiveSend();
  const at = useLive((state) => state.queue.waiting.indexOf(person.id));
  return (
    <li className="queue__person">
      <span className="queue__place">{place}</span>
      <span className="queue__name">
        {person.name}
        {answers ? <span className="queue__role"> answers</span> : null}
      </span>
      <span className="queue__actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Give the floor to ${person.name}`}
          onClick={() => void send({ type: 'queue.give', personId: person.id })}
        >
          ▶
        </button>
        {at >= 0 ? (
          <>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${person.name} up`}
              disabled={at === 0}
              onClick={() =>
                void send({ type: 'queue.move', personId: person.id, toIndex: Math.max(0, at - 1) })
              }
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Skip ${person.name}`}
              onClick={() => void send({ type: 'queue.skip', personId: person.id })}
            >
              ⤼
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${person.name} from the queue`}
              onClick={() => void send({ type: 'queue.remove', personId: person.id })}
            >
              ✕
            </button>
          </>
        ) : null}
      </span>
    </li>
  );
}
