/** Input fields that several requests share: which cohort, which session, a person's name. */
import { z } from 'zod';
import { MAX_LENGTH } from '../vocabulary/limits.ts';

export const entityId = z.string().min(1).max(MAX_LENGTH.id);
/** A cohort is named by the store's handle for its file, which is longer than a file's own ids. */
export const cohortRef = z.object({ cohortId: z.string().min(1).max(200) });
export const sessionRef = cohortRef.extend({ sessionId: entityId });
export const memberRef = cohortRef.extend({ memberId: entityId });
export const personName = z
  .string()
  .trim()
  .min(1, 'A name is needed.')
  .max(MAX_LENGTH.personName, `A name is ${MAX_LENGTH.personName} characters at most.`);
export const cohortName = z
  .string()
  .trim()
  .min(1, 'A name is needed.')
  .max(MAX_LENGTH.cohortName, `A cohort's name is ${MAX_LENGTH.cohortName} characters at most.`);
export const isoDate = z.iso.date({ error: (issue) => `'${String(issue.input)}' is not a date` });
export const noInput = z.object({}).strict();
