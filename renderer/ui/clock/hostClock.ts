/**
 * The host's clock as seen from this view: its own monotonic clock plus an offset, so every window
 * computes the same remaining time at the same moment, even a browser on another machine. The
 * offset comes from round trips to the host ('app.clock', renderer/bridge/clockSync.ts); until the
 * first one answers, snapshots' stamps give a first guess, and after that they no longer move it.
 *
 * While the connection is down the clock is frozen at the moment it dropped: timers drawn from it
 * show the last value the room saw rather than count on from state that may no longer be true.
 */
import { estimateOffset, withSample, type ClockSample } from './offsetEstimate.ts';

let samples: ClockSample[] = [];
/** The first guess from snapshots: their stamp against the local clock when they arrived. */
let seedOffsetMs: number | undefined;
let frozenAt: number | null = null;

export function localNow(): number {
  return performance.timeOrigin + performance.now();
}

const offsetMs = (): number => estimateOffset(samples) ?? seedOffsetMs ?? 0;

export const hostNow = (): number => frozenAt ?? localNow() + offsetMs();

/**
 * A snapshot arrived stamped with the host's instant. Only a first guess: it keeps the largest
 * offset seen (the snapshot that travelled fastest), until a round trip gives the real estimate.
 */
export function anchorHostClock(stampedAt: number): void {
  if (samples.length > 0) return;
  const candidate = stampedAt - localNow();
  if (seedOffsetMs === undefined || candidate > seedOffsetMs) seedOffsetMs = candidate;
}

/** A round trip to the host answered. */
export function addClockSample(sample: ClockSample): void {
  samples = withSample(samples, sample);
}

/** A new connection: the host may have restarted, so earlier round trips say nothing of it. */
export function forgetClockSamples(): void {
  samples = [];
  seedOffsetMs = undefined;
}

/** The connection dropped: timers stop where they were. */
export function freezeHostClock(): void {
  frozenAt ??= hostNow();
}

/** The host answers again: timers run from its clock. */
export function thawHostClock(): void {
  frozenAt = null;
}

/** Whether the clock stands still (the connection is down); timers read it as they paint. */
export const hostClockFrozen = (): boolean => frozenAt !== null;

/** The wall-clock time (ms since the epoch, this machine's clock) of an instant on the host's clock. */
export const wallTimeOf = (hostInstant: number): number => Date.now() + (hostInstant - hostNow());
