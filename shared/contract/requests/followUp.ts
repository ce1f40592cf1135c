/**
 * Following commitments up between sessions: marking them done or dropped, and recording a
 * progress update (accomplished, remaining, blockers), as DOMAIN.md's accountability asks.
 */
import { z } from 'zod';
import { CommitmentSchema, ProgressUpdateSchema } from '../../cohort/schema.ts';
import { command } from '../spec.ts';
import { cohortRef } from './cohort.ts';

const id = z.string().min(1).max(64);
const words = z.string().trim().max(4000).default('');

export const followUpRequests = {
  'commitment.setStatus': command(
    cohortRef.extend({ commitmentId: id, status: z.enum(['open', 'done', 'dropped']) }).strict(),
    CommitmentSchema,
  ),
  'commitment.addProgress': command(
    cohortRef
      .extend({ commitmentId: id, accomplished: words, remaining: words, blockers: words })
      .strict()
      .refine((update) => update.accomplished || update.remaining || update.blockers, {
        message: 'A progress update needs at least one of accomplished, remaining or blockers.',
      }),
    ProgressUpdateSchema,
  ),
};
