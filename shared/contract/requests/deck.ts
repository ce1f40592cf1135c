/** A cohort's question deck: the default bank until customised, and the facilitator's edits. */
import { QuestionBankSchema } from '../../cohort/schema.ts';
import { DeckEditSchema } from '../../deck/customise.ts';
import { cohortRef } from '../fields.ts';
import { command, CONSOLE, query } from '../spec.ts';

export const deckRequests = {
  'deck.get': query(cohortRef.strict(), QuestionBankSchema, { audience: CONSOLE }),
  /** A session running in the cohort gets the new deck at once. */
  'deck.customise': command(
    cohortRef.extend({ edit: DeckEditSchema }).strict(),
    QuestionBankSchema,
    {
      audience: CONSOLE,
      changes: ['cohort', 'live'],
    },
  ),
} as const;
