/**
 * Who has the floor, the turn timer, and who speaks next. The facilitator calls the next speaker,
 * gives the floor to anyone, switches the queue's mode; every change can be undone.
 */
import { floor } from '../../../shared/live/selectors.ts';
import { QUEUE_MODE_WORDS, QUEUE_MODES } from '../../../shared/vocabulary/queueModes.ts';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';
import { useLive } from './LiveContext.tsx';
import { PeopleTools } from './PeopleTools.tsx';
import { QueueList } from './QueueList.tsx';
import { TimerControls } from './TimerControls.tsx';

export function FloorPanel() {
  const { state, send } = useLive();
  const speaking = floor(state);
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
        {QUEUE_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={state.queue.mode === mode}
            title={QUEUE_MODE_WORDS[mode].hint}
            onClick={() => void send({ type: 'queue.mode', mode })}
          >
            {QUEUE_MODE_WORDS[mode].label}
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

      <QueueList />
      <PeopleTools />
    </section>
  );
}
