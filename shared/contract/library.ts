/** What the home screen knows about each cohort file without opening it in full. */
import { z } from 'zod';

export const CohortListingSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    id: z.string(),
    name: z.string(),
    fileName: z.string(),
    members: z.number().int(),
    sessions: z.number().int(),
    openCommitments: z.number().int(),
    modifiedAt: z.string(),
    /** The file has no write permission: it opens read-only (a banner offers "Save a copy elsewhere"). */
    readOnly: z.boolean().optional(),
  }),
  z.object({
    status: z.literal('error'),
    id: z.string(),
    fileName: z.string(),
    /** The first problem, in words: "session 3, commitment 2: due date 'next friday' is not a date". */
    problem: z.string(),
  }),
]);
export type CohortListing = z.infer<typeof CohortListingSchema>;

export const LibrarySchema = z.object({
  folder: z.string(),
  cohorts: z.array(CohortListingSchema),
});
export type Library = z.infer<typeof LibrarySchema>;

export const SaveStatusSchema = z.object({
  cohortId: z.string(),
  state: z.enum(['saved', 'saving', 'failed', 'conflict']),
  message: z.string().optional(),
  at: z.string(),
});
export type SaveStatus = z.infer<typeof SaveStatusSchema>;
