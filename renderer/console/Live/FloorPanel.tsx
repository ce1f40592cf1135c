/**
 * Who has the floor, the turn timer, and who speaks next. The facilitator calls the next speaker,
 * gives the floor to anyone, switches the queue's mode; every change can be undone.
 */
import { floor } from '../../../shared/live/selectors.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import { QUEUE_MODE_WORDS, QUEUE_MODES } from '../../../shared/vocabulary/queueModes.ts';
import { LiveTimerFace } from './LiveTimerFace.tsx';
import { ActionButton } from './ActionButton.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import { PeopleTools } from './PeopleTools.tsx';
import { QueueList } from './QueueList.tsx';
import { TimerControls } from './TimerControls.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

const queueControls = (state: LiveState) => ({
  mode: state.queue.mode,
  balancedScope: state.queue.balancedScope,
  canUndo: state.queue.undo.length > 0,
});

export function FloorPanel() {
  const send = useLiveSend();
  const speaking = useLive(floor);
  const queue = useLive(queueControls);
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
      <LiveTimerFace timer="turn" label="Turn timer" size="large" />
      <TimerControls timer="turn" title="Turn timer" presets />
      <div className={styles.floorActions}>
        <ActionButton action="next-speaker" className={buttons.primary} />
        <button
          type="button"
          className={buttons.button}
          disabled={!speaking}
          onClick={() => void send({ type: 'queue.release' })}
        >
          Release floor
        </button>
        <ActionButton action="undo-queue" className={buttons.quiet} disabled={!queue.canUndo}>
          Undo
        </ActionButton>
      </div>

      <div className={fields.segmented} role="radiogroup" aria-label="Queue mode">
        {QUEUE_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={queue.mode === mode}
            title={QUEUE_MODE_WORDS[mode].hint}
            onClick={() => void send({ type: 'queue.mode', mode })}
          >
            {QUEUE_MODE_WORDS[mode].label}
          </button>
        ))}
      </div>
      {queue.mode === 'balanced' ? (
        <label className={fields.toggle}>
          <input
            type="checkbox"
            checked={queue.balancedScope === 'cohort'}
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
