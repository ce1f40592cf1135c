import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const deckHandlers = ({ live }: CoreServices): HandlersOf<'deck'> => ({
  'deck.get': ({ cohortId }) => live.deck(cohortId),
  'deck.customise': ({ cohortId, edit }) => live.customiseDeck(cohortId, edit),
});
