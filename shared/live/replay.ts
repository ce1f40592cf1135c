/**
 * The run log: the session's first entry holds everything it started from, and each later entry one
 * applied command with the instant it was applied at. Replaying the log from the start gives the same
 * state, which is how a session comes back after a crash.
 */
import type { RunLogEntry } from '../cohort/schema.ts';
import { LiveCommandSchema, type LiveCommand } from './commands.ts';
import {
  applyLiveCommand,
  createLiveState,
  LiveInitSchema,
  type LiveInit,
  type LiveState,
} from './session.ts';

export const RUN_LOG_START = 'live.start';

export const startEntry = (init: LiveInit, now: number): RunLogEntry => ({
  seq: 0,
  now,
  name: RUN_LOG_START,
  input: init,
});

/** The command without its type (the entry's name says it), to keep the log small. */
export function commandEntry(seq: number, now: number, command: LiveCommand): RunLogEntry {
  const { type, ...input } = command;
  return { seq, now, name: type, input };
}

export type ReplayResult =
  { ok: true; state: LiveState; seq: number; lastNow: number } | { ok: false; message: string };

export function replayRunLog(entries: readonly RunLogEntry[]): ReplayResult {
  const first = entries[0];
  if (!first || first.name !== RUN_LOG_START) {
    return { ok: false, message: 'The run log does not start with the session start.' };
  }
  const init = LiveInitSchema.safeParse(first.input);
  if (!init.success) return { ok: false, message: 'The session start in the run log is damaged.' };
  let state = createLiveState(init.data, first.now);
  let last = first;
  for (const entry of entries.slice(1)) {
    const command = LiveCommandSchema.safeParse({ ...(entry.input as object), type: entry.name });
    if (!command.success) return { ok: false, message: `Run log entry ${entry.seq} is damaged.` };
    const result = applyLiveCommand(state, command.data, entry.now);
    if (result.ok) state = result.state;
    last = entry;
  }
  return { ok: true, state, seq: last.seq, lastNow: last.now };
}
