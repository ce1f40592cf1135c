/** A break: how long until the session resumes, and the time it resumes at on the room's clock. */
import { createTimer, type Timer } from '../../../shared/live/timer.ts';
import { useMemo } from 'react';
import { wallTimeOf } from '../../ui/clock/hostClock.ts';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';

const breakTimer = (endsAt: number, at: number): Timer => ({
  ...createTimer(Math.max(0, endsAt - at)),
  startedAt: at,
});

export function BreakScreen({ endsAt, at }: { endsAt: number; at: number }) {
  // The host's clock is monotonic; this machine's wall clock says when that instant falls.
  const time = useMemo(
    () => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(wallTimeOf(endsAt)),
    [endsAt],
  );
  return (
    <div className="room-break">
      <h1 className="room-break__title">Break</h1>
      <p className="room-break__back">Back at {time}</p>
      <TimerFace timer={breakTimer(endsAt, at)} label="Back in" size="projected" />
    </div>
  );
}
