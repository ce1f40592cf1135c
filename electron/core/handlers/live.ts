import { LiveSessionHost } from '../live/LiveSessionHost.ts';
import type { Handlers } from '../router.ts';
import type { CoreServices } from '../services.ts';

type LiveHandlers = Pick<
  Handlers,
  | 'session.create'
  | 'live.open'
  | 'live.state'
  | 'live.running'
  | 'live.command'
  | 'session.end'
  | 'deck.get'
  | 'deck.customise'
>;

/** The live session's requests; one LiveSessionHost per core host (tests may pass their own). */
export const liveHandlers = (
  { store, broadcaster }: CoreServices,
  live = new LiveSessionHost({ store, broadcaster }),
): LiveHandlers => ({
  'session.create': (input) => live.createSession(input),
  'live.open': ({ cohortId, sessionId }) => live.open(cohortId, sessionId),
  'live.state': ({ cohortId, sessionId }) => live.snapshot(cohortId, sessionId),
  'live.running': () => ({ sessions: live.running() }),
  'live.command': ({ cohortId, sessionId, command }) => live.command(cohortId, sessionId, command),
  'session.end': ({ cohortId, sessionId }) => live.end(cohortId, sessionId),
  'deck.get': ({ cohortId }) => live.deck(cohortId),
  'deck.customise': ({ cohortId, edit }) => live.customiseDeck(cohortId, edit),
});
