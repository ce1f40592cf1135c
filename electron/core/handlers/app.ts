import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const appHandlers = (services: CoreServices): HandlersOf<'app'> => ({
  'app.info': (_input, { role }) => ({
    version: services.version,
    host: services.hostKind,
    role,
    readOnly: role !== 'console',
    capabilities: {
      showInFolder: services.desktop !== undefined,
      showPresenter: services.desktop !== undefined,
      renewLinks: services.links !== undefined,
    },
    // The presenter's address carries its token: only the console opens it.
    presenterPath: role === 'console' ? (services.links?.presenterPath() ?? null) : null,
  }),
  // The clock the live sessions and the room view are stamped with.
  'app.clock': () => ({ now: services.clock.now() }),
});
