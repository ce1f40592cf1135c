/**
 * Requests of the live session: creating a session, running it (open, the current state, commands,
 * end) and customising the cohort's question deck. Views follow the run through the 'live.state'
 * event; a view that has just connected asks 'live.state' (or 'live.running' to find the session).
 */
import { z } from 'zod';
import { QuestionBankSchema, SessionSchema } from '../../cohort/schema.ts';
import { DeckEditSchema } from '../../deck/customise.ts';
import { LiveCommandSchema } from '../../live/commands.ts';
import { LiveSnapshotSchema } from '../../live/snapshot.ts';
import { command, query } from '../spec.ts';
import { cohortRef, personName } from './cohort.ts';

const id = z.string().min(1).max(64);
const isoDate = z.iso.date({ error: (issue) => `'${String(issue.input)}' is not a date` });
export const sessionRef = cohortRef.extend({ sessionId: id });

export const liveRequests = {
  /** A new session: members attending in seating order, guests by name; the cohort's agenda. */
  'session.create': command(
    cohortRef
      .extend({
        date: isoDate,
        title: z.string().trim().max(200).optional(),
        attendance: z.array(id).max(200),
        guests: z.array(personName).max(50).default([]),
      })
      .strict(),
    SessionSchema,
  ),
  /** Starts the live run of a session (or rejoins it) and broadcasts its state. */
  'live.open': command(sessionRef.strict(), LiveSnapshotSchema),
  /** The full current state of a running session. */
  'live.state': query(sessionRef.strict(), LiveSnapshotSchema),
  /** Sessions running in the host now. */
  'live.running': query(
    z.object({}).strict(),
    z.object({
      sessions: z.array(z.object({ cohortId: z.string(), sessionId: z.string(), seq: z.number() })),
    }),
  ),
  /** One facilitator action on the running session; the new state arrives as 'live.state'. */
  'live.command': command(
    sessionRef.extend({ command: LiveCommandSchema }).strict(),
    z.object({ seq: z.number().int(), changed: z.boolean() }),
  ),
  'session.end': command(sessionRef.strict(), z.object({ endedAt: z.string() })),
  /** The cohort's deck (the default bank until customised). */
  'deck.get': query(cohortRef.strict(), QuestionBankSchema),
  'deck.customise': command(
    cohortRef.extend({ edit: DeckEditSchema }).strict(),
    QuestionBankSchema,
  ),
};
