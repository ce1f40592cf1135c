/**
 * The states a timer can be in, declared once: whether it runs (idle, running, paused) and how its
 * time stands (normal, warning, overtime), with what the views say and do in each. Both are
 * computed from a timer's data, never stored; the words are Records, so a new state fails to
 * compile until every view that must show it does.
 */
import { z } from 'zod';

export const TimerRunSchema = z.enum(['idle', 'running', 'paused']);
export type TimerRun = z.infer<typeof TimerRunSchema>;

/** The start/pause/resume button and its shortcut: what it says and sends in each run state. */
export const TIMER_TOGGLE: Record<
  TimerRun,
  { label: string; command: 'timer.start' | 'timer.pause' | 'timer.resume' }
> = {
  idle: { label: 'Start', command: 'timer.start' },
  running: { label: 'Pause', command: 'timer.pause' },
  paused: { label: 'Resume', command: 'timer.resume' },
};

export const TimerStateSchema = z.enum(['normal', 'warning', 'overtime']);
export type TimerState = z.infer<typeof TimerStateSchema>;

/** The word beside the digits: none while there is time, then 'Wrap up', then 'Time'. */
export const TIMER_STATE_WORDS: Record<TimerState, { label: string }> = {
  normal: { label: '' },
  warning: { label: 'Wrap up' },
  overtime: { label: 'Time' },
};
