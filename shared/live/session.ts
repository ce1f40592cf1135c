/**
 * The live session: one pure reducer `(state, command, now) → state` combining the agenda, the
 * challenges, the question deck, the speaker queue, the two timers, and the notes and commitments
 * captured during the run. Time enters only as `now`. A command that changes nothing returns the
 * same state object; a command that cannot apply is refused in words, never thrown.
 *
 * Each area's commands are handled in its own module; this one combines their tables into one
 * with a handler for every command type, and answers with the state, a refusal, or effects.
 */
import type { Segment } from '../cohort/schema.ts';
import * as agenda from './agenda.ts';
import { agendaHandlers, withAgenda } from './agendaCommands.ts';
import { challengeHandlers } from './challengeCommands.ts';
import type { LiveCommand, LiveCommandOf, LiveCommandType } from './commands.ts';
import { commitmentHandlers } from './commitmentCommands.ts';
import { deckHandlers } from './deckCommands.ts';
import type { LiveHandler, LiveHandlers } from './liveHandler.ts';
import type { LiveState } from './liveState.ts';
import { noteHandlers } from './noteCommands.ts';
import * as queue from './queue.ts';
import { queueContext, queueHandlers, withQueue } from './queueCommands.ts';
import { isRefusal, refuse, type Refusal } from './refusal.ts';
import * as timer from './timer.ts';
import { timerHandlers } from './timerCommands.ts';

export {
  createLiveState,
  DEFAULT_OPTIONS,
  LiveCommitmentSchema,
  LiveInitSchema,
  LiveNoteSchema,
  LiveOptionsSchema,
  LiveStateSchema,
  ownerId,
  PersonSchema,
  type LiveCommitment,
  type LiveInit,
  type LiveNote,
  type LiveOptions,
  type LiveState,
  type Person,
} from './liveState.ts';

/** Work the host does for a command beyond the session itself. */
export type LiveEffect = { kind: 'saveAgendaTemplate'; segments: Segment[] };

export type LiveResult = { ok: true; state: LiveState; effects: LiveEffect[] } | Refusal;

const NO_EFFECTS: LiveEffect[] = [];

/** The end: leave the current segment, release the floor, and stop both timers. */
const endSession: LiveHandler<'session.end'> = (state, _command, now) => {
  const left = withAgenda(state, agenda.enterSegment(state.agenda, null, now), now);
  if (isRefusal(left)) return left;
  const released = withQueue(left, queue.releaseFloor(left.queue, queueContext(left, now)), now);
  if (isRefusal(released)) return released;
  return {
    ...released,
    status: 'ended',
    endedAt: now,
    timers: {
      segment: timer.pauseTimer(released.timers.segment, now),
      turn: timer.pauseTimer(released.timers.turn, now),
    },
  };
};

/** Every command type has its handler here, or this does not compile. */
const handlers: LiveHandlers = {
  ...agendaHandlers,
  ...challengeHandlers,
  ...deckHandlers,
  ...queueHandlers,
  ...timerHandlers,
  ...noteHandlers,
  ...commitmentHandlers,
  'session.end': endSession,
};

function reduce<T extends LiveCommandType>(
  state: LiveState,
  command: LiveCommandOf<T>,
  now: number,
): LiveState | Refusal {
  const handler: LiveHandler<T> = handlers[command.type as T];
  return handler(state, command, now);
}

/** Applies a command; answers the new state (the same object if nothing changed) or a refusal. */
export function applyLiveCommand(state: LiveState, command: LiveCommand, now: number): LiveResult {
  if (state.status === 'ended') return refuse('ended', 'This session has ended.');
  if (command.type === 'agenda.saveAsTemplate') {
    return {
      ok: true,
      state,
      effects: [{ kind: 'saveAgendaTemplate', segments: agenda.toSegmentRecords(state.agenda) }],
    };
  }
  const next = reduce(state, command, now);
  return isRefusal(next) ? next : { ok: true, state: next, effects: NO_EFFECTS };
}
