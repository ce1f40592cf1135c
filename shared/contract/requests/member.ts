/** A cohort's members: adding, editing and archiving them. */
import { z } from 'zod';
import { MemberSchema } from '../../cohort/schema.ts';
import { cohortRef, memberRef, personName } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';

const role = z.string().trim().max(MAX_LENGTH.role);

export const memberRequests = {
  'member.add': command(
    cohortRef.extend({ name: personName, role: role.default('') }).strict(),
    MemberSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  'member.update': command(
    memberRef
      .extend({
        name: personName.optional(),
        role: role.optional(),
        strengths: z.array(z.string().trim().min(1).max(MAX_LENGTH.strength)).max(30).optional(),
      })
      .strict(),
    MemberSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  'member.archive': command(
    memberRef.extend({ archived: z.boolean().default(true) }).strict(),
    MemberSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
} as const;
