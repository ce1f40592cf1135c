/**
 * One of the live session's timers on the console: it re-renders when that timer's data changes
 * and paints its digits per frame in between (TimerFace).
 */
import type { TimerName } from '../../../shared/live/commands.ts';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';
import { useLive } from './LiveContext.tsx';

export function LiveTimerFace({
  timer,
  label,
  size,
}: {
  timer: TimerName;
  label: string;
  size: 'compact' | 'large';
}) {
  const data = useLive((state) => state.timers[timer]);
  return <TimerFace timer={data} label={label} size={size} />;
}
