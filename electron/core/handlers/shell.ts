import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

const desktopOnly = (what: string) =>
  new RequestError('rejected', `Only the desktop app can ${what}; this is the browser host.`);

export const shellHandlers = (services: CoreServices): HandlersOf<'shell'> => ({
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
