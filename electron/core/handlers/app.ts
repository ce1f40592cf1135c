import { RequestError } from '../../../shared/contract/index.ts';
import type { Handlers } from '../router.ts';
import type { CoreServices } from '../services.ts';

type AppHandlers = Pick<Handlers, 'app.info' | 'shell.showInFolder' | 'shell.showPresenter'>;

const desktopOnly = (what: string) =>
  new RequestError('rejected', `Only the desktop app can ${what}; this is the browser host.`);

export const appHandlers = (services: CoreServices): AppHandlers => ({
  'app.info': (_input, context) => ({
    version: services.version,
    host: services.hostKind,
    readOnly: !context.canCommand,
    capabilities: {
      showInFolder: services.desktop !== undefined,
      showPresenter: services.desktop !== undefined,
    },
    presenterPath: services.presenterPath ?? null,
  }),
  'shell.showInFolder': ({ cohortId }) => {
    if (!services.desktop) throw desktopOnly('show a file in its folder');
    const path = services.store.pathOf(cohortId);
    if (!path) throw new RequestError('not-found', 'That cohort file is not open in this app.');
    services.desktop.showInFolder(path);
    return { shown: true } as const;
  },
  'shell.showPresenter': () => {
    if (!services.desktop) throw desktopOnly('open the presenter window');
    services.desktop.showPresenter();
    return { shown: true } as const;
  },
});
