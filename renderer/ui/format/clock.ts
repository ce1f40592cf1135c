/** Digits for a timer: "4:05", "0:09", "−0:12" in overtime, "1:02:03" past an hour. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  // Round towards the larger magnitude so a countdown shows 0:01 until it really reaches zero.
  const totalSeconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const body =
    hours > 0
      ? `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
      : `${minutes}:${String(seconds).padStart(2, '0')}`;
  return negative && totalSeconds > 0 ? `−${body}` : body;
}

/** "12 min behind", "3 min ahead", "on time". */
export function formatDrift(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes === 0) return 'on time';
  return `${minutes} min ${ms > 0 ? 'behind' : 'ahead'}`;
}

export { formatDuration } from '../../../shared/time/durations.ts';
