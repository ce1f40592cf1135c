/**
 * The live engine's clock: monotonic (performance.now) so it never jumps when the system clock is
 * changed, anchored once to the wall clock so its instants read like epoch milliseconds and survive a
 * restart in the run log. Whole milliseconds, never decreasing.
 */
import { performance } from 'node:perf_hooks';
import { instant, type Instant } from '../../../shared/time/instant.ts';

export interface Clock {
  now(): Instant;
}

export interface ClockSources {
  monotonic?: () => number;
  wall?: () => number;
}

export function monotonicClock({
  monotonic = () => performance.now(),
  wall = () => Date.now(),
}: ClockSources = {}): Clock {
  const offset = wall() - monotonic();
  let last = -Infinity;
  return {
    now() {
      last = Math.max(last, Math.floor(monotonic() + offset));
      return instant(last);
    },
  };
}

/** A clock the tests move by hand. */
export function manualClock(
  start: number,
): Clock & { set(at: number): void; advance(ms: number): void } {
  let at = start;
  return {
    now: () => instant(at),
    set: (to) => void (at = to),
    advance: (ms) => void (at += ms),
  };
}
