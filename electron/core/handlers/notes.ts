import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const notesHandlers = ({ notes }: CoreServices): HandlersOf<'notes'> => ({
  'notes.search': ({ cohortId, query, limit }) => notes.search(cohortId, query, limit),
});
