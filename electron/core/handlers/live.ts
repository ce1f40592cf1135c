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

const hosts = new WeakMap<CoreServices, LiveSessionHost>();

/** The live host serving these services, so the core host can flush it on close. */
export const liveHostOf = (services: CoreServices): LiveSessionHost | undefined =>
  hosts.get(services);

/** The live session's requests; one LiveSessionHost per core host (tests may pass their own). */
export function liveHandlers(
  services: CoreServices,
  live = new LiveSessionHost({ store: services.store, broadcaster: services.broadcaster }),
): LiveHandlers {
  hosts.set(services, live);
  return {
    'session.create': (input) => live.createSession(input),
    'live.open': ({ cohortId, sessionId }) => live.open(cohortId, sessionId),
    'live.state': ({ cohortId, sessionId }) => live.snapshot(cohortId, sessionId),
    'live.running': () => ({ sessions: live.running() }),
    'live.command': ({ cohortId, sessionId, command }) =>
      live.command(cohortId, sessionId, command),
    'session.end': ({ cohortId, sessionId }) => live.end(cohortId, sessionId),
    'deck.get': ({ cohortId }) => live.deck(cohortId),
    'deck.customise': ({ cohortId, edit }) => live.customiseDeck(cohortId, edit),
  };
}
