import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const sessionHandlers = ({ live }: CoreServices): HandlersOf<'session'> => ({
  'session.create': (input) => live.createSession(input),
  'session.end': ({ cohortId, sessionId }) => live.end(cohortId, sessionId),
});
