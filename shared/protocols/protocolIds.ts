/**
 * The names of what a session can run, apart from the protocols' data: the requests validate a
 * choice with these, and every page loads the requests, while only the session setup and the host
 * need the protocols themselves.
 */
import { z } from 'zod';

export const ProtocolIdSchema = z.enum([
  'clarifying-questions',
  'troika-consulting',
  'wise-crowds',
  'nsrf-consultancy',
  'action-learning-set',
]);
export type ProtocolId = z.infer<typeof ProtocolIdSchema>;

/** The cohort's template, chosen like a protocol. */
export const COHORT_TEMPLATE_ID = 'cohort-template';

export const AgendaChoiceIdSchema = z.enum([...ProtocolIdSchema.options, COHORT_TEMPLATE_ID]);
export type AgendaChoiceId = z.infer<typeof AgendaChoiceIdSchema>;

/** How many cases (owners, one after another) a session can plan for. */
export const MAX_CASES = 12;
export const CasesSchema = z.number().int().min(1).max(MAX_CASES);
