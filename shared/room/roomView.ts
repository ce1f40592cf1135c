/**
 * The RoomView: exactly what the room's screen shows, and nothing else (no notes, no ids, no
 * challenge that is not on the screen in this phase). The presenter renders it; the host sends it
 * to the room's audience instead of the live state. Pure: a projection of the room state, the
 * live session and the cohort's part (RoomContext).
 */
import type { Phase } from '../vocabulary/phases.ts';
import { currentSegment, floor, personById, shownQuestion, upNext } from '../live/selectors.ts';
import type { LiveState } from '../live/session.ts';
import { tally } from '../live/challenges.ts';
import { ownerId } from '../live/liveState.ts';
import type { RoomContext } from './roomContext.ts';
import { minimumElementShare } from './readability.ts';
import { ROOM_PHASES } from './roomPhases.ts';
import type { RoomState } from './roomState.ts';
import {
  HELP_SHOWN,
  REVIEW_SHOWN,
  type RoomRun,
  type RoomStageOf,
  type RoomView,
  type RoomWelcome,
} from './roomViewSchema.ts';

export * from './roomViewSchema.ts';

function chosenLine(state: LiveState): { text: string; owner: string | null } | null {
  const chosen = state.challenges.entries.find((c) => c.id === state.challenges.chosenId);
  if (!chosen) return null;
  return { text: chosen.text, owner: personById(state, chosen.attendeeId)?.name ?? null };
}

function stageOf(phase: Phase, state: LiveState, room: RoomState, context: RoomContext | null) {
  const named = (attendeeId: string) =>
    room.challengeNames ? (personById(state, attendeeId)?.name ?? null) : null;
  const entered = state.challenges.entries.filter((c) => !c.passed);
  const question = () => {
    const shown = shownQuestion(state);
    return shown ? { text: shown.question.text, category: shown.category.name } : null;
  };
  const stages: { [P in Phase]: () => RoomStageOf<P> } = {
    'check-in': () => {
      const speaking = floor(state);
      const memberId = speaking?.person.memberId;
      if (!speaking || !memberId) return { phase: 'check-in', review: null };
      const items = context?.reviews[memberId] ?? [];
      return {
        phase: 'check-in',
        review: {
          name: speaking.person.name,
          items: items.slice(0, REVIEW_SHOWN),
          more: Math.max(0, items.length - REVIEW_SHOWN),
        },
      };
    },
    challenges: () => ({
      phase: 'challenges',
      challenges: state.challenges.hidden
        ? []
        : entered.map((c) => ({ text: c.text, owner: named(c.attendeeId) })),
      passed: state.challenges.entries.length - entered.length,
      hidden: state.challenges.hidden ? entered.length : 0,
    }),
    choose: () => {
      const { counts } = tally(state.challenges);
      const votesOf = (id: string) => counts.find((row) => row.challengeId === id)?.votes ?? 0;
      return {
        phase: 'choose',
        options: entered.map((c) => ({
          text: c.text,
          owner: named(c.attendeeId),
          votes: state.challenges.tallyShown ? votesOf(c.id) : null,
        })),
        voted: Object.keys(state.challenges.votes).length,
        chosen: chosenLine(state),
      };
    },
    clarifying: () => ({
      phase: 'clarifying',
      question: question(),
      owner: personById(state, ownerId(state))?.name ?? null,
    }),
    recommendations: () => ({
      phase: 'recommendations',
      challenge: chosenLine(state),
      help: (context?.help ?? []).slice(0, HELP_SHOWN),
    }),
    consult: () => ({ phase: 'consult', challenge: chosenLine(state) }),
    commit: () => ({
      phase: 'commit',
      challenge: chosenLine(state),
      actions: state.commitments.map((c) => ({
        who: personById(state, c.ownerId)?.name ?? '',
        what: c.text,
        due: c.dueDate,
        successSignal: c.successSignal ?? null,
      })),
    }),
    reflect: () => ({ phase: 'reflect' }),
    custom: () => ({ phase: 'custom', question: question() }),
  };
  return stages[phase]();
}

/** The run as the room sees it: only what the current phase shows. */
export function roomRun(
  state: LiveState,
  room: RoomState,
  context: RoomContext | null,
): RoomRun | null {
  const segment = currentSegment(state);
  if (!segment) return null;
  const shows = ROOM_PHASES[segment.phase];
  const speaking = shows.floor ? floor(state) : null;
  return {
    segment: { title: segment.title, phase: segment.phase, cue: segment.cue },
    floor: speaking ? { name: speaking.person.name, isOwner: speaking.isOwner } : null,
    next: shows.next ? upNext(state, 2).map((person) => person.name) : [],
    timers: { segment: state.timers.segment, turn: shows.turnTimer ? state.timers.turn : null },
    stage: stageOf(segment.phase, state, room, context),
  };
}

function welcomeOf(state: LiveState, context: RoomContext | null): RoomWelcome {
  return {
    cohort: context?.cohortName ?? '',
    title: context?.title ?? '',
    date: context?.date ?? '',
    roles: context?.roles ?? [],
    agenda: state.agenda.segments
      .filter((s) => !s.skipped)
      .map((s) => ({ title: s.title, minutes: s.plannedMinutes })),
  };
}

/**
 * What the room sees now: the facilitator's blank, message or break screen wins; otherwise, for
 * the session the room follows while it runs, its welcome or its run (the welcome until the first
 * segment is entered); otherwise the waiting screen.
 */
export function projectRoomView(
  room: RoomState,
  live: LiveState | undefined,
  at: number,
  context: RoomContext | null = null,
  join: RoomView['join'] = null,
): RoomView {
  const base = {
    at,
    message: null,
    welcome: null,
    breakEndsAt: null,
    run: null,
    minimumTextShare: context?.roomSize ? minimumElementShare(context.roomSize) : null,
    challengeNames: room.challengeNames,
    join,
  };
  if (room.screen === 'blank') return { ...base, screen: 'blank' };
  if (room.screen === 'message') return { ...base, screen: 'message', message: room.message };
  if (room.screen === 'break') return { ...base, screen: 'break', breakEndsAt: room.breakEndsAt };
  const following =
    live &&
    room.session &&
    live.cohortId === room.session.cohortId &&
    live.sessionId === room.session.sessionId &&
    live.status === 'running';
  if (!following) return { ...base, screen: 'waiting' };
  const run = room.screen === 'run' ? roomRun(live, room, context) : null;
  if (run) return { ...base, screen: 'run', run };
  return { ...base, screen: 'welcome', welcome: welcomeOf(live, context) };
}
