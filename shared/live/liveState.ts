/**
 * The live session's state: who is present, the agenda, the challenges, the question deck, the
 * speaker queue, the two timers, the options, and the notes and commitments captured during the
 * run; what a session starts from; and the few reads and ids every command handler shares.
 */
import { z } from 'zod';
import { NoteKindSchema } from '../vocabulary/noteKinds.ts';
import { PhaseSchema } from '../vocabulary/phases.ts';
import * as agenda from './agenda.ts';
import * as challenges from './challenges.ts';
import * as deck from './deck.ts';
import * as queue from './queue.ts';
import * as timer from './timer.ts';

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  guest: z.boolean(),
  memberId: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const LiveNoteSchema = z.object({
  id: z.string(),
  at: z.string(),
  text: z.string(),
  kind: NoteKindSchema,
  segmentId: z.string().nullable(),
  attendeeId: z.string().nullable(),
  /** What was going on when it was taken: the phase, the question on the screen, the floor. */
  phase: PhaseSchema.nullable(),
  question: z.string().nullable(),
  floorId: z.string().nullable(),
});
export type LiveNote = z.infer<typeof LiveNoteSchema>;

/** A recommendation a participant offered from their phone, waiting for the facilitator. */
export const LiveOfferSchema = z.object({
  id: z.string(),
  attendeeId: z.string(),
  text: z.string(),
});
export type LiveOffer = z.infer<typeof LiveOfferSchema>;

export const LiveCommitmentSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  text: z.string(),
  dueDate: z.string(),
  successSignal: z.string().optional(),
  createdAt: z.string(),
  challengeId: z.string().nullable(),
});
export type LiveCommitment = z.infer<typeof LiveCommitmentSchema>;

export const LiveOptionsSchema = z.object({
  /** The turn timer starts over whenever the floor changes hands. */
  autoStartTurnOnFloor: z.boolean(),
  /** The turn timer starts over whenever a question is shown. */
  autoStartTurnOnQuestion: z.boolean(),
  /** In a round, the challenge owner gets the floor after each asker. */
  ownerAnswersAfterEach: z.boolean(),
});
export type LiveOptions = z.infer<typeof LiveOptionsSchema>;

export const LiveStateSchema = z.object({
  cohortId: z.string(),
  sessionId: z.string(),
  status: z.enum(['running', 'ended']),
  openedAt: z.number(),
  endedAt: z.number().nullable(),
  /** Counter behind the ids of notes, commitments, guests and custom segments. */
  nextId: z.number().int().min(1),
  /** Present people in seating order, guests included. */
  people: z.array(PersonSchema),
  agenda: agenda.AgendaStateSchema,
  challenges: challenges.ChallengesStateSchema,
  deck: deck.DeckStateSchema,
  queue: queue.QueueStateSchema,
  timers: z.object({ segment: timer.TimerSchema, turn: timer.TimerSchema }),
  options: LiveOptionsSchema,
  notes: z.array(LiveNoteSchema),
  /** Notes removed lately, with the place they held, so a removal can be undone. */
  removedNotes: z.array(z.object({ index: z.number().int().min(0), note: LiveNoteSchema })),
  /** Recommendations offered from phones; accepted ones become notes, in the offerer's name. */
  offers: z.array(LiveOfferSchema).default([]),
  commitments: z.array(LiveCommitmentSchema),
});
export type LiveState = z.infer<typeof LiveStateSchema>;

/** Everything a session starts from; the first entry of the run log, so a replay is self-contained. */
export const LiveInitSchema = z.object({
  cohortId: z.string(),
  sessionId: z.string(),
  people: z.array(PersonSchema),
  agenda: z.array(
    z.object({
      id: z.string(),
      phase: agenda.LiveSegmentSchema.shape.phase,
      title: z.string(),
      plannedMinutes: z.number(),
      /** Absent in run logs from before cues. */
      cue: z.string().optional(),
      skipped: z.boolean().optional(),
    }),
  ),
  bank: deck.LiveBankSchema,
  /** Questions asked of members in the cohort's earlier sessions: the deck's memory. */
  askedBefore: z.array(deck.PastAskSchema).default([]),
  /** Each person's speaking time in the cohort's earlier sessions. */
  historyMs: z.record(z.string(), z.number()).default({}),
  turnMs: z.number().int().min(1000).default(timer.DEFAULT_TURN_MS),
});
export type LiveInit = z.input<typeof LiveInitSchema>;

export const DEFAULT_OPTIONS: LiveOptions = {
  autoStartTurnOnFloor: true,
  autoStartTurnOnQuestion: false,
  ownerAnswersAfterEach: true,
};

export function createLiveState(input: LiveInit, now: number): LiveState {
  const init = LiveInitSchema.parse(input);
  return {
    cohortId: init.cohortId,
    sessionId: init.sessionId,
    status: 'running',
    openedAt: now,
    endedAt: null,
    nextId: 1,
    people: init.people,
    agenda: agenda.createAgenda(init.agenda),
    challenges: challenges.createChallenges(),
    deck: deck.createDeck(init.bank, init.askedBefore),
    queue: queue.createQueue(
      init.people.map((p) => p.id),
      init.historyMs,
    ),
    timers: { segment: timer.createTimer(0), turn: timer.createTimer(init.turnMs) },
    options: DEFAULT_OPTIONS,
    notes: [],
    removedNotes: [],
    offers: [],
    commitments: [],
  };
}

/** The challenge owner: the person whose challenge was chosen, if one was. */
export const ownerId = (state: LiveState): string | null => challenges.ownerOf(state.challenges);

export const person = (state: LiveState, id: string): Person | undefined =>
  state.people.find((p) => p.id === id);

/** An id unique in the cohort: the session's id, a letter for the kind, and the counter. */
export function mint(state: LiveState, kind: string): [string, LiveState] {
  const id = `${state.sessionId.slice(0, 48)}-${kind}${state.nextId}`;
  return [id, { ...state, nextId: state.nextId + 1 }];
}
