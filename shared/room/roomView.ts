/**
 * The RoomView: exactly what the room's screen shows, and nothing else (no notes, no ids, no
 * challenge that is not on the screen in this phase). The presenter renders it; the host sends it
 * to the room's audience instead of the live state. Pure: a projection of the room state, the
 * live session and the cohort's part (RoomContext).
 */
import { z } from 'zod';
import { PhaseSchema, type Phase } from '../vocabulary/phases.ts';
import { CommitmentStatusSchema } from '../vocabulary/commitmentStatus.ts';
import { currentSegment, floor, personById, shownQuestion, upNext } from '../live/selectors.ts';
import type { LiveState } from '../live/session.ts';
import { tally } from '../live/challenges.ts';
import { ownerId } from '../live/liveState.ts';
import { TimerSchema } from '../live/timer.ts';
import type { RoomContext } from './roomContext.ts';
import { minimumElementShare } from './readability.ts';
import { ROOM_PHASES } from './roomPhases.ts';
import type { RoomState } from './roomState.ts';

/**
 * What the screen shows: `waiting` when no session is followed (or it ended), the welcome, the
 * running session, a break countdown, the facilitator's message, or black.
 */
export const RoomViewScreenSchema = z.enum([
  'waiting',
  'welcome',
  'run',
  'break',
  'message',
  'blank',
]);
export type RoomViewScreen = z.infer<typeof RoomViewScreenSchema>;

/** How many commitments the room sees for one person at check-in; the rest are counted. */
export const REVIEW_SHOWN = 4;
/** How many blockers the room sees at recommendations under "The cohort can help with…". */
export const HELP_SHOWN = 3;

const ChallengeLineSchema = z.object({ text: z.string(), owner: z.string().nullable() });
const QuestionLineSchema = z.object({ text: z.string(), category: z.string() });

/** Each phase's part of the screen (what the protocol needs the room to see). */
export const RoomStageSchema = z.discriminatedUnion('phase', [
  z.object({
    phase: z.literal('check-in'),
    /** The commitments of the person with the floor, brought back for review. */
    review: z
      .object({
        name: z.string(),
        items: z
          .array(
            z.object({
              text: z.string(),
              dueDate: z.string(),
              /** How the group will know it is done, when one was given. */
              successSignal: z.string().nullable(),
              lastUpdate: z.string().nullable(),
              /** Done plays the room's celebration. */
              status: CommitmentStatusSchema,
            }),
          )
          .max(REVIEW_SHOWN),
        more: z.number().int().min(0),
      })
      .nullable(),
  }),
  z.object({
    phase: z.literal('challenges'),
    /** Empty while they are written first: then only `hidden` counts them. */
    challenges: z.array(ChallengeLineSchema),
    passed: z.number().int().min(0),
    /** Challenges written and not yet revealed (write first, reveal together). */
    hidden: z.number().int().min(0),
  }),
  z.object({
    phase: z.literal('choose'),
    /** Votes are null until the facilitator reveals the tally. */
    options: z.array(ChallengeLineSchema.extend({ votes: z.number().int().min(0).nullable() })),
    voted: z.number().int().min(0),
    chosen: ChallengeLineSchema.nullable(),
  }),
  z.object({
    phase: z.literal('clarifying'),
    question: QuestionLineSchema.nullable(),
    /** The challenge's owner, who answers. */
    owner: z.string().nullable(),
  }),
  z.object({
    phase: z.literal('recommendations'),
    challenge: ChallengeLineSchema.nullable(),
    /** Blockers whose owners asked for help at check-in: "The cohort can help with…". */
    help: z.array(z.object({ name: z.string(), blockers: z.string() })).max(HELP_SHOWN),
  }),
  z.object({ phase: z.literal('consult'), challenge: ChallengeLineSchema.nullable() }),
  z.object({
    phase: z.literal('commit'),
    challenge: ChallengeLineSchema.nullable(),
    actions: z.array(
      z.object({
        who: z.string(),
        what: z.string(),
        due: z.string(),
        /** "We'll know it's done when…", when one was given. */
        successSignal: z.string().nullable(),
      }),
    ),
  }),
  z.object({ phase: z.literal('reflect') }),
  z.object({ phase: z.literal('custom'), question: QuestionLineSchema.nullable() }),
]);
export type RoomStage = z.infer<typeof RoomStageSchema>;
export type RoomStageOf<P extends Phase> = Extract<RoomStage, { phase: P }>;

export const RoomRunSchema = z.object({
  segment: z.object({ title: z.string(), phase: PhaseSchema, cue: z.string() }),
  /** Who has the floor, in the phases that show it. */
  floor: z.object({ name: z.string(), isOwner: z.boolean() }).nullable(),
  /** Who speaks next, first two, in the phases that show it. */
  next: z.array(z.string()).max(2),
  timers: z.object({ segment: TimerSchema, turn: TimerSchema.nullable() }),
  stage: RoomStageSchema,
});
export type RoomRun = z.infer<typeof RoomRunSchema>;

export const RoomWelcomeSchema = z.object({
  cohort: z.string(),
  title: z.string(),
  date: z.string(),
  roles: z.array(z.object({ role: z.string(), name: z.string() })),
  /** What to expect: the segments still planned, with their minutes. */
  agenda: z.array(z.object({ title: z.string(), minutes: z.number() })),
});
export type RoomWelcome = z.infer<typeof RoomWelcomeSchema>;

export const RoomViewSchema = z.object({
  /** The host's instant when the view was made: views run timers from it. */
  at: z.number(),
  screen: RoomViewScreenSchema,
  message: z.string().nullable(),
  welcome: RoomWelcomeSchema.nullable(),
  /** The host's instant the break ends at, on the break screen. */
  breakEndsAt: z.number().nullable(),
  /** The running session as the room sees it; null unless `screen` is `run`. */
  run: RoomRunSchema.nullable(),
  /**
   * The smallest text the farthest seat reads, as a share of the screen's height (AVIXA DISCAS);
   * null when the cohort has not said how big its room is.
   */
  minimumTextShare: z.number().positive().nullable(),
  /** Whether challenges on the screen carry their authors' names (the console's switch reads it). */
  challengeNames: z.boolean(),
  /** While participants may join: the address phones open and its code (the screen draws the QR). */
  join: z.object({ code: z.string(), address: z.string().nullable() }).nullable(),
});
export type RoomView = z.infer<typeof RoomViewSchema>;

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
