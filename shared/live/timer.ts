/**
 * A timer is data: how long it is allotted, when it last started and how much running time it has
 * banked before that. Remaining time is computed from `now` on demand; nothing ever counts down by
 * adding up ticks, so pausing and resuming in any order neither loses nor gains a millisecond.
 */
import { z } from 'zod';
import { TIMER_STATE_WORDS, type TimerRun, type TimerState } from '../vocabulary/timerStates.ts';

export const TimerDirectionSchema = z.enum(['down', 'up']);
export type TimerDirection = z.infer<typeof TimerDirectionSchema>;

export const TimerSchema = z.object({
  /** The allotted time before adjustments. */
  durationMs: z.number().int().min(0),
  /** Counting down shows the remaining time; counting up shows the elapsed time. */
  direction: TimerDirectionSchema,
  /** When the current running interval began; null while idle or paused. */
  startedAt: z.number().nullable(),
  /** Running time banked from earlier intervals (before the last pause). */
  accumulatedMs: z.number().int().min(0),
  /** When the timer was paused; null while idle or running. */
  pausedAt: z.number().nullable(),
  /** The ±10 s / ±1 min adjustments, added to the allotted time. */
  addedMs: z.number().int(),
});
export type Timer = z.infer<typeof TimerSchema>;

export const TURN_PRESETS_MS = [30_000, 60_000, 120_000, 180_000, 300_000] as const;
export const DEFAULT_TURN_MS = 30_000;
/** The warning window: the last 20 % of the allotted time, and never less than the last 10 s. */
export const WARNING_SHARE = 0.2;
export const WARNING_MIN_MS = 10_000;

export const createTimer = (durationMs: number, direction: TimerDirection = 'down'): Timer => ({
  durationMs,
  direction,
  startedAt: null,
  accumulatedMs: 0,
  pausedAt: null,
  addedMs: 0,
});

export const timerRun = (t: Timer): TimerRun =>
  t.startedAt !== null ? 'running' : t.pausedAt !== null ? 'paused' : 'idle';

export const elapsedMs = (t: Timer, now: number): number =>
  t.accumulatedMs + (t.startedAt === null ? 0 : now - t.startedAt);

export const allottedMs = (t: Timer): number => t.durationMs + t.addedMs;

export const remainingMs = (t: Timer, now: number): number => allottedMs(t) - elapsedMs(t, now);

/** Starts from the full allotted time (a restart if it was already running). */
export const startTimer = (t: Timer, now: number): Timer => ({
  ...t,
  startedAt: now,
  accumulatedMs: 0,
  pausedAt: null,
  addedMs: 0,
});

export const pauseTimer = (t: Timer, now: number): Timer =>
  t.startedAt === null
    ? t
    : {
        ...t,
        startedAt: null,
        accumulatedMs: t.accumulatedMs + (now - t.startedAt),
        pausedAt: now,
      };

/** Continues a paused timer; an idle one starts. A running one is left as it is. */
export const resumeTimer = (t: Timer, now: number): Timer =>
  t.startedAt !== null ? t : { ...t, startedAt: now, pausedAt: null };

export const resetTimer = (t: Timer): Timer =>
  t.startedAt === null && t.pausedAt === null && t.accumulatedMs === 0 && t.addedMs === 0
    ? t
    : { ...t, startedAt: null, accumulatedMs: 0, pausedAt: null, addedMs: 0 };

/** Adds to (or takes from) the allotted time; the allotted time never goes below zero. */
export const adjustTimer = (t: Timer, deltaMs: number): Timer => {
  const addedMs = Math.max(t.addedMs + deltaMs, -t.durationMs);
  return addedMs === t.addedMs ? t : { ...t, addedMs };
};

export const setTimerDirection = (t: Timer, direction: TimerDirection): Timer =>
  t.direction === direction ? t : { ...t, direction };

/** A new allotted time (a preset or a custom one): starts over, running if it was running. */
export const setTimerDuration = (t: Timer, durationMs: number, now: number): Timer => ({
  ...t,
  durationMs,
  addedMs: 0,
  accumulatedMs: 0,
  pausedAt: null,
  startedAt: t.startedAt === null ? null : now,
});

export interface TimerView {
  run: TimerRun;
  direction: TimerDirection;
  /** What the digits show: remaining when counting down (negative in overtime), elapsed when up. */
  displayMs: number;
  remainingMs: number;
  elapsedMs: number;
  allottedMs: number;
  state: TimerState;
  /** '' / 'Wrap up' / 'Time', for the views. */
  word: string;
  /** 0 → 1 over the allotted time, capped at 1. */
  progress: number;
  /** While running: the instant remaining time reaches zero (a view chimes when it crosses it). */
  endsAt: number | null;
  /** While running: the instant the warning starts. */
  warnsAt: number | null;
}

export const warningWindowMs = (allotted: number): number =>
  Math.min(allotted, Math.max(allotted * WARNING_SHARE, WARNING_MIN_MS));

export function timerState(t: Timer, now: number): TimerState {
  const remaining = remainingMs(t, now);
  if (timerRun(t) === 'idle') return 'normal';
  if (remaining <= 0) return 'overtime';
  return remaining <= warningWindowMs(allottedMs(t)) ? 'warning' : 'normal';
}

export function viewTimer(t: Timer, now: number): TimerView {
  const run = timerRun(t);
  const allotted = allottedMs(t);
  const elapsed = elapsedMs(t, now);
  const remaining = allotted - elapsed;
  const state = timerState(t, now);
  const endsAt = t.startedAt === null ? null : now + remaining;
  return {
    run,
    direction: t.direction,
    displayMs: t.direction === 'down' ? remaining : elapsed,
    remainingMs: remaining,
    elapsedMs: elapsed,
    allottedMs: allotted,
    state,
    word: TIMER_STATE_WORDS[state].label,
    progress: allotted <= 0 ? 1 : Math.min(1, Math.max(0, elapsed / allotted)),
    endsAt,
    warnsAt: endsAt === null ? null : endsAt - warningWindowMs(allotted),
  };
}
