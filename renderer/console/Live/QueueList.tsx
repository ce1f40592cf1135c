/**
 * Who speaks next, and everyone not in the line one click from joining it: in hands mode that click
 * is a raised hand. Reorder, skip, remove and give the floor from the line itself.
 */
import { ArrowUp, Play, Plus, SkipForward, X } from 'lucide-react';
import { challengeOwner, upNext } from '../../../shared/live/selectors.ts';
import type { Person } from '../../../shared/live/session.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

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
      <h3 className={styles.livePanelSubtitle}>Up next</h3>
      {owner && queue.mode === 'round' && ownerAnswers ? (
        <p className={styles.livePanelEmpty}>{owner.name} answers after each question.</p>
      ) : null}
      {next.length === 0 ? (
        <p className={styles.livePanelEmpty}>
          {hands
            ? 'No hands up. Click a name below when someone raises a hand.'
            : 'Nobody is waiting.'}
        </p>
      ) : (
        <ol className={styles.queue} aria-label="Up next">
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
          <h3 className={styles.livePanelSubtitle}>
            {hands ? 'Raise a hand' : 'Not in the queue'}
          </h3>
          <ul className={fields.chipList} aria-label={hands ? 'Raise a hand' : 'Not in the queue'}>
            {outside.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className={buttons.chip}
                  aria-label={
                    hands ? `Raise hand for ${person.name}` : `Add ${person.name} to the queue`
                  }
                  onClick={() => void send({ type: 'queue.add', personId: person.id })}
                >
                  <Plus size={14} />
                  {person.name}
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
    <li className={styles.queuePerson}>
      <span className={styles.queuePlace}>{place}</span>
      <span className={styles.queueName}>
        {person.name}
        {answers ? <span className={styles.queueRole}> answers</span> : null}
      </span>
      <span className={styles.queueActions}>
        <button
          type="button"
          className={buttons.icon}
          aria-label={`Give the floor to ${person.name}`}
          onClick={() => void send({ type: 'queue.give', personId: person.id })}
        >
          <Play size={15} />
        </button>
        {at >= 0 ? (
          <>
            <button
              type="button"
              className={buttons.icon}
              aria-label={`Move ${person.name} up`}
              disabled={at === 0}
              onClick={() =>
                void send({ type: 'queue.move', personId: person.id, toIndex: Math.max(0, at - 1) })
              }
            >
              <ArrowUp size={15} />
            </button>
            <button
              type="button"
              className={buttons.icon}
              aria-label={`Skip ${person.name}`}
              onClick={() => void send({ type: 'queue.skip', personId: person.id })}
            >
              <SkipForward size={15} />
            </button>
            <button
              type="button"
              className={buttons.icon}
              aria-label={`Remove ${person.name} from the queue`}
              onClick={() => void send({ type: 'queue.remove', personId: person.id })}
            >
              <X size={15} />
            </button>
          </>
        ) : null}
      </span>
    </li>
  );
}
