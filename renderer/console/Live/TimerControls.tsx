/**
 * Start, pause, resume, reset and nudge one of the two timers. Starting or pausing re-renders
 * only the run button; the rest reads the timer's length and direction.
 */
import { timerRun, TURN_PRESETS_MS } from '../../../shared/live/timer.ts';
import type { TimerName } from '../../../shared/live/commands.ts';
import { formatDuration } from '../../ui/format/clock.ts';
import { CustomDuration } from './CustomDuration.tsx';
import { useLive, useLiveSend } from './LiveContext.tsx';

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
  const send = useLiveSend();
  const durationMs = useLive((state) => state.timers[timer].durationMs);
  const countsUp = useLive((state) => state.timers[timer].direction === 'up');

  return (
    <div className="timer-controls" role="group" aria-label={`${title} controls`}>
      <div className="timer-controls__row">
        <RunButton timer={timer} />
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
                aria-pressed={durationMs === ms}
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
  return run === 'running' ? (
    <button
      type="button"
      className="button"
      onClick={() => void send({ type: 'timer.pause', timer })}
    >
      Pause
    </button>
  ) : (
    <button
      type="button"
      className="button button--primary"
      onClick={() => void send({ type: run === 'paused' ? 'timer.resume' : 'timer.start', timer })}
    >
      {run === 'paused' ? 'Resume' : 'Start'}
    </button>
  );
}
