/** Requests about cohort files: the library, one cohort's content, its members. */
import { z } from 'zod';
import { CohortSchema, MemberSchema } from '../../cohort/schema.ts';
import { CohortListingSchema, LibrarySchema } from '../library.ts';
import { command, query } from '../spec.ts';

export const cohortRef = z.object({ cohortId: z.string().min(1).max(200) });
export const personName = z
  .string()
  .trim()
  .min(1, 'A name is needed.')
  .max(120, 'A name is 120 characters at most.');

export const cohortRequests = {
  'library.list': query(z.object({}).strict(), LibrarySchema),
  'cohort.create': command(z.object({ name: personName }).strict(), CohortListingSchema),
  'cohort.get': query(cohortRef.strict(), CohortSchema),
  'cohort.addMember': command(
    cohortRef.extend({ name: personName, role: z.string().trim().max(200).default('') }).strict(),
    MemberSchema,
  ),
};
