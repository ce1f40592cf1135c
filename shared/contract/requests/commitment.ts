/**
 * Following commitments up between sessions: marking them done or dropped, and recording a
 * progress update (accomplished, remaining, blockers, help asked), as DOMAIN.md's accountability
 * asks. Given the session whose check-in reviews it, the change is recorded in that session.
 */
import { z } from 'zod';
import { CommitmentSchema, ProgressUpdateSchema } from '../../cohort/schema.ts';
import { cohortRef, entityId, isoDate } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';
import { CommitmentStatusSchema } from '../../vocabulary/commitmentStatus.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';

const words = z.string().trim().max(MAX_LENGTH.progress).default('');

export const commitmentRequests = {
  /**
   * Rewords a commitment, moves its due date or says how the group will know it is done, after the
   * session (the nudges guide the words). An empty success signal clears it.
   */
  'commitment.edit': command(
    cohortRef
      .extend({
        commitmentId: entityId,
        text: z
          .string()
          .trim()
          .min(1, 'A commitment needs some words.')
          .max(MAX_LENGTH.commitment)
          .optional(),
        dueDate: isoDate.optional(),
        successSignal: z.string().trim().max(MAX_LENGTH.successSignal).optional(),
      })
      .strict()
      .refine(
        (edit) =>
          edit.text !== undefined || edit.dueDate !== undefined || edit.successSignal !== undefined,
        { message: 'An edit needs new words, a new due date or a success signal.' },
      ),
    CommitmentSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  'commitment.setStatus': command(
    cohortRef
      .extend({
        commitmentId: entityId,
        status: CommitmentStatusSchema,
        sessionId: entityId.optional(),
      })
      .strict(),
    CommitmentSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  'commitment.addProgress': command(
    cohortRef
      .extend({
        commitmentId: entityId,
        accomplished: words,
        remaining: words,
        blockers: words,
        helpAsked: z.boolean().default(false),
        sessionId: entityId.optional(),
      })
      .strict()
      .refine((update) => update.accomplished || update.remaining || update.blockers, {
        message: 'A progress update needs at least one of accomplished, remaining or blockers.',
      }),
    ProgressUpdateSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
} as const;
