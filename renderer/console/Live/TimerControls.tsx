/** Start, pause, resume, reset and nudge one of the two timers. */
import { timerRun, TURN_PRESETS_MS } from '../../../shared/live/timer.ts';
import type { TimerName } from '../../../shared/live/commands.ts';
import { formatDuration } from '../../ui/format/clock.ts';
import { CustomDuration } from './CustomDuration.tsx';
import { useLive } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './live.module.css';

const NUDGES = [
  { deltaMs: -60_000, label: '−1m' },
  { deltaMs: -10_000, label: '−10s' },
  { deltaMs: 10_000, label: '+10s' },
  { deltaMs: 60_000, label: '+1m' },
];

export function TimerControls({
  timer,
  title,
  presets = false,
}: {
  timer: TimerName;
  title: string;
  presets?: boolean;
}) {
  const { state, send } = useLive();
  const data = state.timers[timer];
  const run = timerRun(data);

  return (
    <div className={styles.timerControls} role="group" aria-label={`${title} controls`}>
      <div className={styles.timerControlsRow}>
        {run === 'running' ? (
          <button
            type="button"
            className={buttons.button}
            onClick={() => void send({ type: 'timer.pause', timer })}
          >
            Pause
          </button>
        ) : (
          <button
            type="button"
            className={buttons.primary}
            onClick={() =>
              void send({ type: run === 'paused' ? 'timer.resume' : 'timer.start', timer })
            }
          >
            {run === 'paused' ? 'Resume' : 'Start'}
          </button>
        )}
        <button
          type="button"
          className={buttons.quiet}
          onClick={() => void send({ type: 'timer.reset', timer })}
        >
          Reset
        </button>
        <span className={styles.timerControlsSpacer} />
        <span
          className={styles.nudges}
          role="group"
          aria-label={`Adjust the ${title.toLowerCase()}`}
        >
          {NUDGES.map(({ deltaMs, label }) => (
            <button
              key={label}
              type="button"
              aria-label={`${label} on the ${title.toLowerCase()}`}
              onClick={() => void send({ type: 'timer.adjust', timer, deltaMs })}
            >
              {label}
            </button>
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
                aria-pressed={data.durationMs === ms}
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
            checked={data.direction === 'up'}
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
