/** Start, pause, resume, reset and nudge one of the two timers. */
import { timerRun, TURN_PRESETS_MS } from '../../../shared/live/timer.ts';
import type { TimerName } from '../../../shared/live/commands.ts';
import { TIMER_TOGGLE } from '../../../shared/vocabulary/timerStates.ts';
import { formatDuration } from '../../ui/format/clock.ts';
import { CustomDuration } from './CustomDuration.tsx';
import { useLive } from './LiveContext.tsx';

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
  const toggle = TIMER_TOGGLE[run];

  return (
    <div className="timer-controls" role="group" aria-label={`${title} controls`}>
      <div className="timer-controls__row">
        <button
          type="button"
          className={run === 'running' ? 'button' : 'button button--primary'}
          onClick={() => void send({ type: toggle.command, timer })}
        >
          {toggle.label}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void send({ type: 'timer.reset', timer })}
        >
          Reset
        </button>
        <span className="timer-controls__spacer" />
        <span className="nudges" role="group" aria-label={`Adjust the ${title.toLowerCase()}`}>
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
      <div className="timer-controls__row">
        {presets
          ? TURN_PRESETS_MS.map((ms) => (
              <button
                key={ms}
                type="button"
                className="chip-button chip-button--small"
                aria-pressed={data.durationMs === ms}
                onClick={() => void send({ type: 'timer.duration', timer, durationMs: ms })}
              >
                {formatDuration(ms)}
              </button>
            ))
          : null}
        {presets ? <CustomDuration timer={timer} presets={TURN_PRESETS_MS} /> : null}
        <span className="timer-controls__spacer" />
        <label className="toggle">
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
