/**
 * Where a commitment stands, declared once: the schema the cohort file and the requests validate
 * with, and the word each view shows for it. A new status fails to compile until it has one.
 */
import { z } from 'zod';

/** Open until its owner reports it done or the group drops it. */
export const CommitmentStatusSchema = z.enum(['open', 'done', 'dropped']);
export type CommitmentStatus = z.infer<typeof CommitmentStatusSchema>;
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = CommitmentStatusSchema.options;

export const COMMITMENT_STATUS_WORDS: Record<CommitmentStatus, { label: string }> = {
  open: { label: 'Open' },
  done: { label: 'Done' },
  dropped: { label: 'Dropped' },
};
