/**
 * The shape of a command handler: one per command type, `(state, command, now) → state`, answering
 * the same state object when nothing changes and a refusal when the command cannot apply. An
 * area's table is typed by the command types it owns, so a command without a handler fails to
 * compile.
 */
import type { LiveCommandOf, LiveCommandType } from './commands.ts';
import type { LiveState } from './liveState.ts';
import type { Refusal } from './refusal.ts';

export type LiveHandler<T extends LiveCommandType> = (
  state: LiveState,
  command: LiveCommandOf<T>,
  now: number,
) => LiveState | Refusal;

/** A handler for every command type in `T` (all of them by default), and nothing missing. */
export type LiveHandlers<T extends LiveCommandType = LiveCommandType> = {
  [K in T]: LiveHandler<K>;
};

/** The command types whose names start with `area.`, e.g. `'agenda'`. */
export type CommandsOf<Area extends string> = Extract<LiveCommandType, `${Area}.${string}`>;
