/**
 * What a participant's phone may ask. A phone first reaches the host with the session's join code
 * and picks a name (or asks to join as a guest); it then holds a personal token bound to that
 * member and that session, and every later request acts as that member only, in that session only,
 * and only in the phases where the action is open. Inputs never name a member, a session or a
 * cohort: those come from the token, so a phone cannot claim to be someone else.
 */
import { z } from 'zod';
import { ParticipantViewSchema } from '../../participants/participantViewSchema.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';
import { entityId, noInput, personName } from '../fields.ts';
import { command, query } from '../spec.ts';

export const PARTICIPANT = ['participant'] as const;

/** A join code as printed: letters and digits that cannot be mistaken for one another. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const joinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,12}$/, 'A join code is the six letters and digits on the room’s screen.');

export const RosterSchema = z.object({
  cohort: z.string(),
  title: z.string(),
  /** The members attending: a phone picks its name from these. */
  people: z.array(z.object({ attendeeId: z.string(), name: z.string(), joined: z.boolean() })),
});

export const JoinedSchema = z.object({
  /** The phone's personal token: kept on the phone, sent when it reconnects. */
  token: z.string(),
  status: z.enum(['pending', 'admitted']),
  name: z.string(),
});

const words = (max: number) => z.string().trim().max(max);
/** The participant's action answers with their view as it is now. */
const act = <I extends z.ZodType>(input: I) =>
  command(input, ParticipantViewSchema, { audience: PARTICIPANT, changes: ['participant'] });

export const participantRequests = {
  'participant.roster': query(z.object({ code: joinCode }).strict(), RosterSchema, {
    audience: PARTICIPANT,
  }),
  /** Joins as a member attending; a name another phone holds waits for the facilitator. */
  'participant.claim': command(
    z.object({ code: joinCode, attendeeId: entityId }).strict(),
    JoinedSchema,
    { audience: PARTICIPANT, changes: ['participant'] },
  ),
  /** Asks to join as a guest: the facilitator admits them into the session. */
  'participant.askToJoin': command(
    z.object({ code: joinCode, name: personName }).strict(),
    JoinedSchema,
    { audience: PARTICIPANT, changes: ['participant'] },
  ),
  'participant.view': query(noInput, ParticipantViewSchema, { audience: PARTICIPANT }),
  'participant.hand': act(z.object({ raised: z.boolean() }).strict()),
  'participant.challenge': act(
    z
      .object({
        text: words(MAX_LENGTH.challenge).min(1, 'A challenge needs some words.').optional(),
        pass: z.literal(true).optional(),
      })
      .strict()
      .refine((input) => (input.text === undefined) !== (input.pass === undefined), {
        message: 'Write a challenge, or pass.',
      }),
  ),
  /** challengeId null withdraws the vote. */
  'participant.vote': act(z.object({ challengeId: entityId.nullable() }).strict()),
  /** Offers a recommendation; the facilitator accepts it into the notes, in this member's name. */
  'participant.recommend': act(
    z
      .object({ text: words(MAX_LENGTH.note).min(1, 'A recommendation needs some words.') })
      .strict(),
  ),
  'participant.progress': act(
    z
      .object({
        commitmentId: entityId,
        accomplished: words(MAX_LENGTH.progress).default(''),
        remaining: words(MAX_LENGTH.progress).default(''),
        blockers: words(MAX_LENGTH.progress).default(''),
        helpAsked: z.boolean().default(false),
      })
      .strict()
      .refine((u) => u.accomplished || u.remaining || u.blockers, {
        message: 'Say what you accomplished, what remains or what blocks you.',
      }),
  ),
  'participant.journal': act(
    z
      .object({
        prompt: words(MAX_LENGTH.journalPrompt).optional(),
        text: words(MAX_LENGTH.journalEntry).min(1, 'A journal entry needs some words.'),
        shareable: z.boolean().default(false),
      })
      .strict(),
  ),
} as const;
