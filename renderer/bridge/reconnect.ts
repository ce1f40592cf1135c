/**
 * How long a view waits before trying the host again: doubling from a quarter second up to a cap,
 * each wait drawn between half and all of that ("equal jitter"), so a room full of screens does not
 * knock on a restarted host all at the same instant, and a host back after a minute is found within
 * a few seconds. The count starts over once a connection opens.
 */
export const FIRST_RETRY_MS = 250;
export const LONGEST_RETRY_MS = 5000;

/** The wait before the attempt-th retry (0 for the first), with `random` in [0, 1). */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
