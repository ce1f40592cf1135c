/**
 * The two timers' commands (segment and turn): start, pause, resume, reset, adjust, count up or
 * down, set a length; and the session's options, which say when the turn timer starts by itself.
 */
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import type { LiveOptions, LiveState } from './liveState.ts';
import * as timer from './timer.ts';

/** The state with one timer changed; the same state when the timer did not change. */
export function withTimer(
  state: LiveState,
  name: 'segment' | 'turn',
  change: (t: timer.Timer) => timer.Timer,
): LiveState {
  const before = state.timers[name];
  const after = change(before);
  return after === before ? state : { ...state, timers: { ...state.timers, [name]: after } };
}

const OPTION_KEYS = [
  'autoStartTurnOnFloor',
  'autoStartTurnOnQuestion',
  'ownerAnswersAfterEach',
] as const satisfies readonly (keyof LiveOptions)[];

export const timerHandlers: LiveHandlers<CommandsOf<'timer'> | 'options.set'> = {
  'timer.start': (state, command, now) =>
    withTimer(state, command.timer, (t) => timer.startTimer(t, now)),
  'timer.pause': (state, command, now) =>
    withTimer(state, command.timer, (t) => timer.pauseTimer(t, now)),
  'timer.resume': (state, command, now) =>
    withTimer(state, command.timer, (t) => timer.resumeTimer(t, now)),
  'timer.reset': (state, command) => withTimer(state, command.timer, (t) => timer.resetTimer(t)),
  'timer.adjust': (state, command) =>
    withTimer(state, command.timer, (t) => timer.adjustTimer(t, command.deltaMs)),
  'timer.direction': (state, command) =>
    withTimer(state, command.timer, (t) => timer.setTimerDirection(t, command.direction)),
  'timer.duration': (state, command, now) =>
    withTimer(state, command.timer, (t) =>
      t.durationMs === command.durationMs && t.addedMs === 0
        ? t
        : timer.setTimerDuration(t, command.durationMs, now),
    ),
  'options.set': (state, command) => {
    const options = { ...state.options };
    for (const key of OPTION_KEYS) {
      const value = command[key];
      if (value !== undefined) options[key] = value;
    }
    const same = (Object.keys(options) as (keyof LiveOptions)[]).every(
      (k) => options[k] === state.options[k],
    );
    return same ? state : { ...state, options };
  },
};
