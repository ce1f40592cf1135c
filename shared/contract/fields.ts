/** Input fields that several requests share: which cohort, which session, a person's name. */
import { z } from 'zod';

export const entityId = z.string().min(1).max(64);
export const cohortRef = z.object({ cohortId: z.string().min(1).max(200) });
export const sessionRef = cohortRef.extend({ sessionId: entityId });
export const memberRef = cohortRef.extend({ memberId: entityId });
export const personName = z
  .string()
  .trim()
  .min(1, 'A name is needed.')
  .max(120, 'A name is 120 characters at most.');
export const isoDate = z.iso.date({ error: (issue) => `'${String(issue.input)}' is not a date` });
export const noInput = z.object({}).strict();
