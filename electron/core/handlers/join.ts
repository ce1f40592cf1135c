import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const joinHandlers = ({ joins }: CoreServices): HandlersOf<'join'> => ({
  'join.state': ({ cohortId, sessionId }) => joins.state(cohortId, sessionId),
  'join.open': ({ cohortId, sessionId }) => joins.open(cohortId, sessionId),
  'join.close': ({ cohortId, sessionId }) => joins.close(cohortId, sessionId),
  'join.admit': ({ cohortId, sessionId, deviceId }) => joins.admit(cohortId, sessionId, deviceId),
  'join.remove': ({ cohortId, sessionId, deviceId }) => joins.remove(cohortId, sessionId, deviceId),
});
