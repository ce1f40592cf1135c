/**
 * The RoomView's schema: what the room's screen is sent. The presenter's page loads this and not
 * the projection (roomView.ts), which reads the live session in the host.
 */
import { z } from 'zod';
import { PhaseSchema, type Phase } from '../vocabulary/phases.ts';
import { CommitmentStatusSchema } from '../vocabulary/commitmentStatus.ts';
import { TimerSchema } from '../live/timer.ts';

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
