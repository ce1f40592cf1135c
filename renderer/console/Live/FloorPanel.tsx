/**
 * Who has the floor, the turn timer, and who speaks next. The facilitator calls the next speaker,
 * gives the floor to anyone, switches the queue's mode; every change can be undone.
 */
import type { QueueMode } from '../../../shared/live/queue.ts';
import { floor } from '../../../shared/live/selectors.ts';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';
import { useLive } from './LiveContext.tsx';
import { PeopleTools } from './PeopleTools.tsx';
import { QueueList } from './QueueList.tsx';
import { TimerControls } from './TimerControls.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

const MODES: { mode: QueueMode; label: string; hint: string }[] = [
  { mode: 'round', label: 'Round', hint: 'Around the room in seating order' },
  { mode: 'hands', label: 'Hands', hint: 'First come, first served' },
  { mode: 'balanced', label: 'Balanced', hint: 'Least airtime first' },
];

export function FloorPanel() {
  const { state, send } = useLive();
  const speaking = floor(state);
  return (
    <section className={styles.livePanel} aria-labelledby="floor-heading">
      <h2 id="floor-heading" className={styles.livePanelTitle}>
        Floor
      </h2>
      <div className={styles.floorSpeaker} aria-live="polite">
        {speaking ? (
          <>
            <strong className={styles.floorName}>{speaking.person.name}</strong>
            {speaking.isOwner ? <span className={badges.badge}>Challenge owner</span> : null}
            {speaking.person.guest ? <span className={badges.quiet}>Guest</span> : null}
          </>
        ) : (
          <span className={styles.floorEmpty}>Nobody has the floor</span>
        )}
      </div>
      <TimerFace timer={state.timers.turn} label="Turn timer" size="large" />
      <TimerControls timer="turn" title="Turn timer" presets />
      <div className={styles.floorActions}>
        <button
          type="button"
          className={buttons.primary}
          onClick={() => void send({ type: 'queue.next' })}
        >
          Next speaker
        </button>
        <button
          type="button"
          className={buttons.button}
          disabled={!speaking}
          onClick={() => void send({ type: 'queue.release' })}
        >
          Release floor
        </button>
        <button
          type="button"
          className={buttons.quiet}
          disabled={state.queue.undo.length === 0}
          onClick={() => void send({ type: 'queue.undo' })}
        >
          Undo
        </button>
      </div>

      <div className={fields.segmented} role="radiogroup" aria-label="Queue mode">
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
        <label className={fields.toggle}>
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
