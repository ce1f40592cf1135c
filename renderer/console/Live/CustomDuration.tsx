/** "Custom…" beside a timer's presets: a length in minutes and seconds. */
import { useState } from 'react';
import { X } from 'lucide-react';
import type { TimerName } from '../../../shared/live/commands.ts';
import { formatDuration } from '../../ui/format/clock.ts';
import { useLive, useLiveSend } from './LiveContext.tsx';
import buttons from '../../ui/Button/Button.module.css';
import styles from './live.module.css';

const MAX_MS = 10 * 3_600_000;

export function CustomDuration({
  timer,
  presets,
}: {
  timer: TimerName;
  presets: readonly number[];
}) {
  const send = useLiveSend();
  const current = useLive((state) => state.timers[timer].durationMs);
  const custom = !presets.includes(current);
  const [open, setOpen] = useState(false);
  const [minutes, setMinutes] = useState('0');
  const [seconds, setSeconds] = useState('45');
  const durationMs = ((Number(minutes) || 0) * 60 + (Number(seconds) || 0)) * 1000;
  const valid = Number.isInteger(durationMs) && durationMs >= 1000 && durationMs <= MAX_MS;

  if (!open) {
    return (
      <button
        type="button"
        className={buttons.chipSmall}
        aria-pressed={custom}
        aria-label={custom ? `Custom length, now ${formatDuration(current)}` : 'Custom length'}
        onClick={() => {
          setMinutes(String(Math.floor(current / 60_000)));
          setSeconds(String(Math.round((current % 60_000) / 1000)));
          setOpen(true);
        }}
      >
        {custom ? formatDuration(current) : 'Custom…'}
      </button>
    );
  }
  return (
    <form
      className={styles.customDuration}
      aria-label="Custom turn length"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        void send({ type: 'timer.duration', timer, durationMs }).then((ok) => ok && setOpen(false));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <input
        autoFocus
        type="number"
        min={0}
        max={600}
        aria-label="Minutes"
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <span aria-hidden="true">m</span>
      <input
        type="number"
        min={0}
        max={59}
        aria-label="Seconds"
        value={seconds}
        onChange={(event) => setSeconds(event.target.value)}
      />
      <span aria-hidden="true">s</span>
      <button type="submit" className={`${buttons.primary} ${buttons.small}`} disabled={!valid}>
        Set
      </button>
      <button
        type="button"
        className={buttons.icon}
        aria-label="Cancel the custom length"
        onClick={() => setOpen(false)}
      >
        <X size={14} />
      </button>
    </form>
  );
}
