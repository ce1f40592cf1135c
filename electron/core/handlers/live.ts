import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const liveHandlers = ({ live, room }: CoreServices): HandlersOf<'live'> => ({
  'live.open': async ({ cohortId, sessionId }) => {
    const snapshot = await live.open(cohortId, sessionId);
    await room.follow(cohortId, sessionId);
    return snapshot;
  },
  'live.state': ({ cohortId, sessionId }) => live.snapshot(cohortId, sessionId),
  'live.running': () => ({ sessions: live.running() }),
  'live.command': ({ cohortId, sessionId, command }) => live.command(cohortId, sessionId, command),
});
