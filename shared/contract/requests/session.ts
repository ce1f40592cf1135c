/** A cohort's sessions as records: creating one before it runs, ending one that runs. */
import { z } from 'zod';
import { SessionSchema } from '../../cohort/schema.ts';
import { cohortRef, entityId, isoDate, personName, sessionRef } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';

export const sessionRequests = {
  /** A new session: members attending in seating order, guests by name; the cohort's agenda. */
  'session.create': command(
    cohortRef
      .extend({
        date: isoDate,
        title: z.string().trim().max(MAX_LENGTH.title).optional(),
        attendance: z.array(entityId).max(200),
        guests: z.array(personName).max(50).default([]),
      })
      .strict(),
    SessionSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  /** Ends a running session: the floor and the timers stop, the record gets its end time. */
  'session.end': command(sessionRef.strict(), z.object({ endedAt: z.string() }), {
    audience: CONSOLE,
    changes: ['live', 'cohort'],
  }),
} as const;
