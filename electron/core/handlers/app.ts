import type { Handlers } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const appHandlers = (services: CoreServices): Pick<Handlers, 'app.info'> => ({
  'app.info': (_input, context) => ({
    version: services.version,
    host: services.hostKind,
    readOnly: !context.canCommand,
  }),
});
