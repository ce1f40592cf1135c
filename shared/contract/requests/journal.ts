/**
 * A member's learning journal (DOMAIN.md): dated entries, optionally answering a prompt, linked to
 * a session and to commitments. Entries are private unless marked shareable; only the console
 * reaches them, and only a shareable one goes into a report.
 */
import { z } from 'zod';
import { JournalEntrySchema } from '../../cohort/schema.ts';
import { cohortRef, entityId } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';

const entryText = z
  .string()
  .trim()
  .min(1, 'A journal entry needs some words.')
  .max(MAX_LENGTH.journalEntry);
const prompt = z.string().trim().max(MAX_LENGTH.journalPrompt);
const commitmentIds = z.array(entityId).max(50);
const RemovedEntrySchema = z.object({
  entry: JournalEntrySchema,
  /** Its place in the journal before it was removed. */
  index: z.number().int().min(0),
});

export const journalRequests = {
  'journal.add': command(
    cohortRef
      .extend({
        memberId: entityId,
        sessionId: entityId.optional(),
        prompt: prompt.optional(),
        text: entryText,
        shareable: z.boolean().default(false),
        commitmentIds: commitmentIds.default([]),
      })
      .strict(),
    JournalEntrySchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  'journal.edit': command(
    cohortRef
      .extend({
        entryId: entityId,
        /** An empty prompt makes the entry free writing. */
        prompt: prompt.optional(),
        text: entryText.optional(),
        shareable: z.boolean().optional(),
        commitmentIds: commitmentIds.optional(),
      })
      .strict()
      .refine(
        (edit) =>
          edit.prompt !== undefined ||
          edit.text !== undefined ||
          edit.shareable !== undefined ||
          edit.commitmentIds !== undefined,
        { message: 'An edit needs new words, a prompt, links or whether it is shareable.' },
      ),
    JournalEntrySchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  /** Removes an entry and answers with it and its place, so the console can offer to put it back. */
  'journal.remove': command(cohortRef.extend({ entryId: entityId }).strict(), RemovedEntrySchema, {
    audience: CONSOLE,
    changes: ['cohort'],
  }),
  /** Puts back an entry just removed, as it was and where it was. */
  'journal.restore': command(
    cohortRef.extend(RemovedEntrySchema.shape).strict(),
    JournalEntrySchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
} as const;
