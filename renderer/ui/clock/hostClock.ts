/**
 * The host's clock as seen from this view. Snapshots carry the host's `now`; the view keeps the
 * offset between that and its own monotonic clock, so every window computes the same remaining
 * time at the same moment, even a browser on another machine.
 */
let offsetMs = 0;
let anchored = false;

/** Called when a snapshot arrives; keeps the smallest offset seen (the one with least latency). */
export function anchorHostClock(hostNow: number): void {
  const candidate = hostNow - localNow();
  if (!anchored || candidate > offsetMs) offsetMs = candidate;
  anchored = true;
}

export const hostNow = (): number => localNow() + offsetMs;

function localNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The wall-clock time (ms since the epoch, this machine's clock) of an instant on the host's clock. */
export const wallTimeOf = (hostInstant: number): number => Date.now() + (hostInstant - hostNow());
