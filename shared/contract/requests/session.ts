/** A cohort's sessions as records: creating one before it runs, ending one that runs. */
import { z } from 'zod';
import { SessionSchema } from '../../cohort/schema.ts';
import { AgendaChoiceIdSchema, CasesSchema } from '../../protocols/protocolIds.ts';
import { RoleNameSchema } from '../../vocabulary/roles.ts';
import { cohortRef, entityId, isoDate, personName, sessionRef } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';

export const sessionRequests = {
  /**
   * A new session: members attending in seating order (the speaker queue goes around in it), guests
   * by name after them, the protocol whose agenda it runs (the cohort's template, if saved, when
   * none is given) for how many cases, and who holds each rotating role, one of the members
   * attending.
   */
  'session.create': command(
    cohortRef
      .extend({
        date: isoDate,
        title: z.string().trim().max(MAX_LENGTH.title).optional(),
        protocolId: AgendaChoiceIdSchema.optional(),
        /** How many cases (owners in turn) the protocol's per-case steps are planned for. */
        cases: CasesSchema.optional(),
        attendance: z
          .array(entityId)
          .max(200)
          .refine((ids) => new Set(ids).size === ids.length, 'Each member sits in one place.'),
        guests: z.array(personName).max(50).default([]),
        /** Members not attending who sent word; the other absent members are recorded as absent. */
        excused: z.array(entityId).max(200).default([]),
        roles: z.partialRecord(RoleNameSchema, entityId).default({}),
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
