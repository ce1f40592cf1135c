/**
 * The kinds of note captured during a run, declared once: the schema the cohort file and the live
 * commands validate with, and the words every view shows for each kind. The words are a Record over
 * the kinds and the report's order must name every kind, so a new kind fails to compile until it
 * has a label and a report heading, and cannot vanish from the session report.
 */
import { z } from 'zod';
import { inOrder } from './inOrder.ts';
import type { Phase } from './phases.ts';

/** In the order the note form offers them: a plain note first. */
export const NoteKindSchema = z.enum([
  'note',
  'insight',
  'question',
  'answer',
  'recommendation',
  'reflection',
]);
export type NoteKind = z.infer<typeof NoteKindSchema>;
export const NOTE_KINDS: readonly NoteKind[] = NoteKindSchema.options;

export interface NoteKindWords {
  /** One note of this kind: the form's choice and the tag beside a note. */
  label: string;
  /** Notes of this kind together: the session report's heading. */
  heading: string;
}

export const NOTE_KIND_WORDS: Record<NoteKind, NoteKindWords> = {
  note: { label: 'Note', heading: 'Notes' },
  insight: { label: 'Insight', heading: 'Insights' },
  question: { label: 'Question', heading: 'Questions' },
  answer: { label: 'Answer', heading: 'Answers' },
  recommendation: { label: 'Recommendation', heading: 'Recommendations' },
  reflection: { label: 'Reflection', heading: 'Reflections' },
};

/** The session report's order: what the group learned first, plain notes last. */
export const REPORT_NOTE_ORDER = inOrder<NoteKind>()([
  'insight',
  'recommendation',
  'question',
  'answer',
  'reflection',
  'note',
]);

/** The kind a new note takes in each phase until the facilitator picks another. */
export const NOTE_KIND_FOR_PHASE: Record<Phase, NoteKind> = {
  'check-in': 'note',
  challenges: 'note',
  choose: 'note',
  clarifying: 'question',
  recommendations: 'recommendation',
  consult: 'recommendation',
  commit: 'note',
  reflect: 'reflection',
  custom: 'note',
};

/**
 * The kind a new note takes until the facilitator picks another: the phase's, except that in the
 * clarifying rounds what the challenge owner says is an answer, not a question.
 */
export function defaultNoteKind(phase: Phase | undefined, ownerHasFloor: boolean): NoteKind {
  if (!phase) return 'note';
  if (phase === 'clarifying' && ownerHasFloor) return 'answer';
  return NOTE_KIND_FOR_PHASE[phase];
}
