/**
 * What one participant's phone shows, as a schema: the phone's page loads this and not the
 * projection (participantView.ts), which reads the live session and the cohort in the host.
 */
import { z } from 'zod';
import { TimerSchema } from '../live/timer.ts';
import { PhaseSchema } from '../vocabulary/phases.ts';

export const DeviceStatusSchema = z.enum(['pending', 'admitted']);
export type DeviceStatus = z.infer<typeof DeviceStatusSchema>;

const line = z.object({ text: z.string(), category: z.string() });

export const ParticipantViewSchema = z.object({
  /** Admitted devices act; a pending one waits for the facilitator. */
  status: DeviceStatusSchema,
  name: z.string(),
  cohort: z.string(),
  title: z.string(),
  /** The host's instant the view was made: the phone runs its timers from it. */
  at: z.number(),
  room: z.object({
    screen: z.enum(['waiting', 'welcome', 'run', 'break', 'message', 'blank']),
    segment: z.object({ title: z.string(), phase: PhaseSchema, cue: z.string() }).nullable(),
    question: line.nullable(),
    floor: z.string().nullable(),
    timers: z.object({ segment: TimerSchema, turn: TimerSchema.nullable() }).nullable(),
    message: z.string().nullable(),
  }),
  hand: z.object({
    /** Hands are taken when the queue goes by raised hands. */
    open: z.boolean(),
    raised: z.boolean(),
    /** 1 for the next to speak; null when the hand is down. */
    place: z.number().int().min(1).nullable(),
    speaking: z.boolean(),
  }),
  challenge: z.object({
    open: z.boolean(),
    text: z.string(),
    passed: z.boolean(),
    written: z.boolean(),
  }),
  vote: z.object({
    open: z.boolean(),
    options: z.array(z.object({ id: z.string(), text: z.string() })),
    mine: z.string().nullable(),
  }),
  recommend: z.object({
    /** Recommendations are offered in the recommendations and consult steps, not by the owner. */
    open: z.boolean(),
    /** This participant's offers the facilitator has not taken up yet. */
    waiting: z.array(z.string()),
  }),
  commitments: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      dueDate: z.string(),
      lastUpdate: z.string().nullable(),
    }),
  ),
  /** Progress can be posted before or during check-in. */
  progressOpen: z.boolean(),
  journalOpen: z.boolean(),
  charter: z.object({ mission: z.string(), codeOfConduct: z.array(z.string()) }),
});
export type ParticipantView = z.infer<typeof ParticipantViewSchema>;
