/**
 * The speaker queue's commands: call the next speaker, give or release the floor, reorder the
 * line, change how the queue orders itself, start a round, and seat a guest. A change of floor may
 * start the turn timer over.
 */
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { mint, ownerId, type LiveState } from './liveState.ts';
import { currentSegment } from './agenda.ts';
import { rulesFor } from './phaseRules.ts';
import * as queue from './queue.ts';
import { isRefusal, type Refusal } from './refusal.ts';
import * as timer from './timer.ts';

/** What the queue needs to know of the rest of the session. */
export function queueContext(state: LiveState, now: number): queue.QueueContext {
  const rules = rulesFor(currentSegment(state.agenda)?.phase);
  return {
    seating: state.people.map((p) => p.id),
    ownerId: ownerId(state),
    ownerTakesTurns: rules.ownerTakesTurns,
    ownerAnswers: ownerAnswersNow(state),
    now,
  };
}

/** Whether, in a round now, the owner gets the floor after each speaker: the phase and the setting. */
export const ownerAnswersNow = (state: LiveState): boolean =>
  state.options.ownerAnswersAfterEach &&
  rulesFor(currentSegment(state.agenda)?.phase).ownerAnswersAfterEach;

/** The state with a new queue, the turn timer following the floor when the options say so. */
export function withQueue(
  state: LiveState,
  next: queue.QueueState | Refusal,
  now: number,
): LiveState | Refusal {
  if (isRefusal(next)) return next;
  if (next === state.queue) return state;
  let turn = state.timers.turn;
  if (next.floor !== state.queue.floor && state.options.autoStartTurnOnFloor) {
    turn = next.floor === null ? timer.pauseTimer(turn, now) : timer.startTimer(turn, now);
  }
  return {
    ...state,
    queue: next,
    timers: turn === state.timers.turn ? state.timers : { ...state.timers, turn },
  };
}

export const queueHandlers: LiveHandlers<CommandsOf<'queue'> | 'people.addGuest'> = {
  'queue.next': (state, _command, now) =>
    withQueue(state, queue.callNext(state.queue, queueContext(state, now)), now),
  'queue.give': (state, command, now) =>
    withQueue(state, queue.giveFloor(state.queue, command.personId, queueContext(state, now)), now),
  'queue.release': (state, _command, now) =>
    withQueue(state, queue.releaseFloor(state.queue, queueContext(state, now)), now),
  'queue.skip': (state, command, now) =>
    withQueue(state, queue.skipWaiting(state.queue, command.personId), now),
  'queue.move': (state, command, now) =>
    withQueue(state, queue.moveWaiting(state.queue, command.personId, command.toIndex), now),
  'queue.remove': (state, command, now) =>
    withQueue(
      state,
      queue.removeFromQueue(state.queue, command.personId, queueContext(state, now)),
      now,
    ),
  'queue.add': (state, command, now) =>
    withQueue(
      state,
      queue.addToQueue(state.queue, command.personId, queueContext(state, now)),
      now,
    ),
  'queue.undo': (state, _command, now) =>
    withQueue(state, queue.undoQueue(state.queue, queueContext(state, now)), now),
  'queue.mode': (state, command, now) =>
    withQueue(
      state,
      queue.setMode(state.queue, command.mode, command.scope, queueContext(state, now)),
      now,
    ),
  'queue.round': (state, command, now) =>
    withQueue(state, queue.startRound(state.queue, command.fromId, queueContext(state, now)), now),
  'people.addGuest': (state, command, now) => {
    const [id, minted] = mint(state, 'g');
    const seated: LiveState = {
      ...minted,
      people: [...minted.people, { id, name: command.name, guest: true, memberId: null }],
    };
    return { ...seated, queue: queue.seatNewPerson(seated.queue, id, queueContext(seated, now)) };
  },
};
