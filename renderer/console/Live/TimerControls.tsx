/**
 * Start, pause, resume, reset and nudge one of the two timers. Starting or pausing re-renders
 * only the run button; the rest reads the timer's length and direction. The turn timer's buttons
 * perform the actions its keys do (the table's); the segment timer has no keys.
 */
import { timerRun, TURN_PRESETS_MS } from '../../../shared/live/timer.ts';
import type { LiveActionId } from '../../../shared/actions/liveActions.ts';
import type { LiveCommandInput, TimerName } from '../../../shared/live/commands.ts';
import { TIMER_TOGGLE } from '../../../shared/vocabulary/timerStates.ts';
import { formatDuration } from '../../ui/format/clock.ts';
import { useActionProps } from './ActionButton.tsx';
import { CustomDuration } from './CustomDuration.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

const NUDGES: { deltaMs: number; label: string; turnAction?: LiveActionId }[] = [
  { deltaMs: -60_000, label: '−1m' },
  { deltaMs: -10_000, label: '−10s', turnAction: 'turn-minus' },
  { deltaMs: 10_000, label: '+10s', turnAction: 'turn-plus' },
  { deltaMs: 60_000, label: '+1m' },
];

/** A timer's button: the table's action on the turn timer, the command itself on the segment's. */
function TimerButton({
  timer,
  turnAction,
  command,
  className,
  label,
  children,
}: {
  timer: TimerName;
  turnAction: LiveActionId | undefined;
  command: LiveCommandInput;
  className?: string;
  label?: string;
  children: string;
}) {
  const send = useLiveSend();
  const action = useActionProps(timer === 'turn' ? turnAction : undefined);
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      onClick={() => void send(command)}
      {...action}
    >
      {children}
    </button>
  );
}

export function TimerControls({
  timer,
  title,
  presets = false,
}: {
  timer: TimerName;
  title: string;
  presets?: boolean;
}) {
  const send = useLiveSend();
  const durationMs = useLive((state) => state.timers[timer].durationMs);
  const countsUp = useLive((state) => state.timers[timer].direction === 'up');

  return (
    <div className={styles.timerControls} role="group" aria-label={`${title} controls`}>
      <div className={styles.timerControlsRow}>
        <RunButton timer={timer} />
        <TimerButton
          timer={timer}
          turnAction="turn-reset"
          command={{ type: 'timer.reset', timer }}
          className={buttons.quiet}
        >
          Reset
        </TimerButton>
        <span className={styles.timerControlsSpacer} />
        <span
          className={styles.nudges}
          role="group"
          aria-label={`Adjust the ${title.toLowerCase()}`}
        >
          {NUDGES.map(({ deltaMs, label, turnAction }) => (
            <TimerButton
              key={label}
              timer={timer}
              turnAction={turnAction}
              command={{ type: 'timer.adjust', timer, deltaMs }}
              label={`${label} on the ${title.toLowerCase()}`}
            >
              {label}
            </TimerButton>
          ))}
        </span>
      </div>
      <div className={styles.timerControlsRow}>
        {presets
          ? TURN_PRESETS_MS.map((ms) => (
              <button
                key={ms}
                type="button"
                className={buttons.chipSmall}
                aria-pressed={durationMs === ms}
                onClick={() => void send({ type: 'timer.duration', timer, durationMs: ms })}
              >
                {formatDuration(ms)}
              </button>
            ))
          : null}
        {presets ? <CustomDuration timer={timer} presets={TURN_PRESETS_MS} /> : null}
        <span className={styles.timerControlsSpacer} />
        <label className={fields.toggle}>
          <input
            type="checkbox"
            checked={countsUp}
            onChange={(event) =>
              void send({
                type: 'timer.direction',
                timer,
                direction: event.target.checked ? 'up' : 'down',
              })
            }
          />
          Count up
        </label>
      </div>
    </div>
  );
}

function RunButton({ timer }: { timer: TimerName }) {
  const send = useLiveSend();
  const run = useLive((state) => timerRun(state.timers[timer]));
  const action = useActionProps(timer === 'turn' ? 'turn-toggle' : undefined);
  const toggle = TIMER_TOGGLE[run];
  return (
    <button
      type="button"
      className={run === 'running' ? buttons.button : buttons.primary}
      onClick={() => void send({ type: toggle.command, timer })}
      {...action}
    >
      {toggle.label}
    </button>
  );
}
