/** Lengths of time in words, the same on the screen and in every export. */

/** "45 s", "12 min", "12 min 30 s". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Minutes, as an agenda is planned; under a minute in seconds. */
export const formatMinutes = (ms: number): string =>
  ms > 0 && ms < 60_000 ? formatDuration(ms) : `${Math.round(ms / 60_000)} min`;

/** "1 turn", "3 turns". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;
