/**
 * The agenda's commands: move between segments, reorder, skip, add, edit and remove them. Entering
 * a segment sets the segment timer to it; a changed plan changes the timer's length. A change of
 * segment is clean: the shown question leaves the screen, the floor is released, the turn timer
 * starts over, and the queue follows the new phase's rules (shared/live/phaseRules.ts).
 */
import * as agenda from './agenda.ts';
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { mint, type LiveState } from './liveState.ts';
import * as queue from './queue.ts';
import { queueContext } from './queueCommands.ts';
import { isRefusal, type Refusal } from './refusal.ts';
import * as timer from './timer.ts';

/** The state with a new agenda, the segment timer following the segment entered. */
export function withAgenda(
  state: LiveState,
  next: agenda.AgendaState | Refusal,
  now: number,
): LiveState | Refusal {
  if (isRefusal(next) || next === state.agenda) return isRefusal(next) ? next : state;
  let segmentTimer = state.timers.segment;
  if (next.currentId !== state.agenda.currentId) {
    const entered = agenda.currentSegment(next);
    segmentTimer = entered
      ? {
          ...timer.createTimer(agenda.plannedMs(entered), segmentTimer.direction),
          accumulatedMs: entered.actualMs,
          startedAt: now,
        }
      : timer.pauseTimer(segmentTimer, now);
  } else {
    const current = agenda.currentSegment(next);
    if (current && agenda.plannedMs(current) !== segmentTimer.durationMs) {
      segmentTimer = { ...segmentTimer, durationMs: agenda.plannedMs(current) };
    }
  }
  const moved: LiveState = {
    ...state,
    agenda: next,
    timers:
      segmentTimer === state.timers.segment
        ? state.timers
        : { ...state.timers, segment: segmentTimer },
  };
  return next.currentId === state.agenda.currentId ? moved : cleanPhaseChange(moved, now);
}

/** What no phase carries into the next: a shown question, a speaker, a running turn. */
function cleanPhaseChange(state: LiveState, now: number): LiveState {
  return {
    ...state,
    deck: state.deck.shownId === null ? state.deck : { ...state.deck, shownId: null },
    queue: queue.enterPhase(state.queue, queueContext(state, now)),
    timers: { ...state.timers, turn: timer.resetTimer(state.timers.turn) },
  };
}

export const agendaHandlers: LiveHandlers<CommandsOf<'agenda'>> = {
  'agenda.goto': (state, command, now) =>
    withAgenda(state, agenda.gotoSegment(state.agenda, command.segmentId, now), now),
  'agenda.next': (state, _command, now) =>
    withAgenda(state, agenda.nextSegment(state.agenda, now), now),
  'agenda.previous': (state, _command, now) =>
    withAgenda(state, agenda.previousSegment(state.agenda, now), now),
  'agenda.move': (state, command, now) =>
    withAgenda(state, agenda.moveSegment(state.agenda, command.segmentId, command.toIndex), now),
  'agenda.skip': (state, command, now) =>
    withAgenda(
      state,
      agenda.skipSegment(state.agenda, command.segmentId, command.skipped, now),
      now,
    ),
  'agenda.add': (state, command, now) => {
    const [id, minted] = mint(state, 's');
    const next = agenda.addSegment(state.agenda, {
      id,
      title: command.title,
      plannedMinutes: command.plannedMinutes,
      phase: command.phase,
      cue: command.cue,
      afterId: command.afterId,
    });
    return withAgenda(minted, next, now);
  },
  'agenda.edit': (state, command, now) =>
    withAgenda(
      state,
      agenda.editSegment(state.agenda, command.segmentId, {
        title: command.title,
        plannedMinutes: command.plannedMinutes,
        cue: command.cue,
      }),
      now,
    ),
  'agenda.remove': (state, command, now) =>
    withAgenda(state, agenda.removeSegment(state.agenda, command.segmentId), now),
  // Changes nothing in the session: applyLiveCommand answers it with an effect for the host.
  'agenda.saveAsTemplate': (state) => state,
};
