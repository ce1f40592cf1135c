/** A cohort's notes across its sessions: searching them as the facilitator types. */
import { z } from 'zod';
import { NoteKindSchema } from '../../vocabulary/noteKinds.ts';
import { PhaseSchema } from '../../vocabulary/phases.ts';
import { MAX_LENGTH, MAX_NOTE_HITS } from '../../vocabulary/limits.ts';
import { cohortRef, isoDate } from '../fields.ts';
import { CONSOLE, query } from '../spec.ts';

const offset = z.number().int().min(0);
const MarkSchema = z.object({ start: offset, end: offset });
/** A text with the spans of it that matched. */
const MarkedSchema = z.object({ text: z.string(), marks: z.array(MarkSchema) });

export const NoteHitSchema = z.object({
  noteId: z.string(),
  sessionId: z.string(),
  sessionTitle: MarkedSchema,
  sessionDate: isoDate,
  at: z.string(),
  kind: NoteKindSchema,
  phase: PhaseSchema.optional(),
  /** The phase in words, as the screens call it. */
  phaseLabel: z.string().optional(),
  /** The question on the screen when the note was taken. */
  question: MarkedSchema.optional(),
  /** The note's words, cut around the first match when long. */
  text: MarkedSchema.extend({ cutBefore: z.boolean(), cutAfter: z.boolean() }),
  /** Who said it. */
  by: MarkedSchema.optional(),
  /** Who had the floor. */
  floor: MarkedSchema.optional(),
  terms: z.array(z.string()),
});
export type NoteHit = z.infer<typeof NoteHitSchema>;

export const NoteSearchAnswerSchema = z.object({
  hits: z.array(NoteHitSchema),
  /** How many notes matched in all. */
  total: z.number().int().min(0),
  /** Words of the query left out as too common to search by. */
  ignored: z.array(z.string()),
});
export type NoteSearchAnswer = z.infer<typeof NoteSearchAnswerSchema>;

export const notesRequests = {
  /**
   * The cohort's notes, from every session, that match the query as typed: best first, with the
   * matched words marked. An empty query answers nothing and readies the index.
   */
  'notes.search': query(
    cohortRef
      .extend({
        query: z
          .string()
          .max(MAX_LENGTH.searchQuery, `A search is ${MAX_LENGTH.searchQuery} characters at most.`),
        limit: z.number().int().min(1).max(MAX_NOTE_HITS).default(20),
      })
      .strict(),
    NoteSearchAnswerSchema,
    { audience: CONSOLE },
  ),
} as const;
