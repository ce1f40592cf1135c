/**
 * Who has the floor, the turn timer, and who speaks next. The facilitator calls the next speaker,
 * gives the floor to anyone, and reorders the queue; every change can be undone.
 */
import type { QueueMode } from '../../../shared/live/queue.ts';
import { challengeOwner, floor, upNext } from '../../../shared/live/selectors.ts';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';
import { useLive } from './LiveContext.tsx';
import { TimerControls } from './TimerControls.tsx';

const MODES: { mode: QueueMode; label: string; hint: string }[] = [
  { mode: 'round', label: 'Round', hint: 'Around the room in seating order' },
  { mode: 'hands', label: 'Hands', hint: 'First come, first served' },
  { mode: 'balanced', label: 'Balanced', hint: 'Least airtime first' },
];

export function FloorPanel() {
  const { state, send } = useLive();
  const speaking = floor(state);
  const next = upNext(state);
  const waiting = new Set(state.queue.waiting);
  const owner = challengeOwner(state);
  const listed = new Set(next.map((person) => person.id));
  // The challenge owner answers rather than queues; anyone else out of the line can be brought back.
  const outside = state.people.filter(
    (person) =>
      !waiting.has(person.id) &&
      !listed.has(person.id) &&
      person.id !== state.queue.floor &&
      person.id !== owner?.id,
  );

  return (
    <section className="live-panel floor" aria-labelledby="floor-heading">
      <h2 id="floor-heading" className="live-panel__title">
        Floor
      </h2>
      <div className="floor__speaker" aria-live="polite">
        {speaking ? (
          <>
            <span className="floor__name">{speaking.person.name}</span>
            {speaking.isOwner ? <span className="badge">Challenge owner</span> : null}
            {speaking.person.guest ? <span className="badge badge--quiet">Guest</span> : null}
          </>
        ) : (
          <span className="floor__empty">Nobody has the floor</span>
        )}
      </div>
      <TimerFace timer={state.timers.turn} label="Turn timer" size="large" />
      <TimerControls timer="turn" title="Turn timer" presets />
      <div className="floor__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void send({ type: 'queue.next' })}
        >
          Next speaker
        </button>
        <button
          type="button"
          className="button"
          disabled={!speaking}
          onClick={() => void send({ type: 'queue.release' })}
        >
          Release floor
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={state.queue.undo.length === 0}
          onClick={() => void send({ type: 'queue.undo' })}
        >
          Undo
        </button>
      </div>

      <div className="segmented" role="radiogroup" aria-label="Queue mode">
        {MODES.map(({ mode, label, hint }) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={state.queue.mode === mode}
            title={hint}
            onClick={() => void send({ type: 'queue.mode', mode })}
          >
            {label}
          </button>
        ))}
      </div>
      {state.queue.mode === 'balanced' ? (
        <label className="toggle">
          <input
            type="checkbox"
            checked={state.queue.balancedScope === 'cohort'}
            onChange={(event) =>
              void send({
                type: 'queue.mode',
                mode: 'balanced',
                scope: event.target.checked ? 'cohort' : 'session',
              })
            }
          />
          Count airtime across the cohort’s sessions
        </label>
      ) : null}

      <h3 className="live-panel__subtitle">Up next</h3>
      {owner && state.queue.mode === 'round' && state.options.ownerAnswersAfterEach ? (
        <p className="live-panel__empty">{owner.name} answers after each question.</p>
      ) : null}
      {next.length === 0 ? (
        <p className="live-panel__empty">Nobody is waiting.</p>
      ) : (
        <ol className="queue" aria-label="Up next">
          {next.map((person, index) => (
            <li key={`${person.id}-${index}`} className="queue__person">
              <span className="queue__place">{index + 1}</span>
              <span className="queue__name">
                {person.name}
                {person.id === owner?.id ? <span className="queue__role"> answers</span> : null}
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
                {waiting.has(person.id) ? (
                  <>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${person.name} up`}
                      disabled={state.queue.waiting.indexOf(person.id) === 0}
                      onClick={() =>
                        void send({
                          type: 'queue.move',
                          personId: person.id,
                          toIndex: Math.max(0, state.queue.waiting.indexOf(person.id) - 1),
                        })
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
          ))}
        </ol>
      )}
      {outside.length > 0 ? (
        <>
          <h3 className="live-panel__subtitle">Not in the queue</h3>
          <ul className="chip-list" aria-label="Not in the queue">
            {outside.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="chip-button"
                  aria-label={`Add ${person.name} to the queue`}
                  onClick={() => void send({ type: 'queue.add', personId: person.id })}
                >
                  ＋ {person.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
