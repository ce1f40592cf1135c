import { basename, join } from 'node:path';
import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

const desktopOnly = (what: string) =>
  new RequestError('rejected', `Only the desktop app can ${what}; this is the browser host.`);

const fileOf = (services: CoreServices, cohortId: string) => {
  const path = services.store.pathOf(cohortId);
  if (!path) throw new RequestError('not-found', 'That cohort file is not open in this app.');
  return path;
};

/** "<library folder>/<stem> copy.cohort": where the save dialog starts for a copy. */
const suggestedCopyPath = (folder: string, file: string) =>
  join(folder, `${basename(file).replace(/\.cohort$/i, '')} copy.cohort`);

export const shellHandlers = (services: CoreServices): HandlersOf<'shell'> => ({
  'shell.showInFolder': ({ cohortId }) => {
    if (!services.desktop) throw desktopOnly('show a file in its folder');
    services.desktop.showInFolder(fileOf(services, cohortId));
    return { shown: true } as const;
  },
  'shell.showPresenter': () => {
    if (!services.desktop) throw desktopOnly('open the presenter window');
    services.desktop.showPresenter();
    return { shown: true } as const;
  },
  'shell.choosePath': async ({ purpose, cohortId }) => {
    if (!services.desktop) throw desktopOnly('open a file dialog');
    const { folder } = services.store;
    const defaultPath =
      purpose === 'save-copy'
        ? suggestedCopyPath(folder, fileOf(services, cohortId ?? ''))
        : folder;
    const answered = await services.desktop.choosePath(purpose, defaultPath);
    if (answered === undefined) return { cancelled: true } as const;
    // Some save dialogs leave the extension off; the copy is written with it, so show it too.
    const path =
      purpose === 'save-copy' && !/\.cohort$/i.test(answered) ? `${answered}.cohort` : answered;
    return { handle: services.chosenPaths.remember(purpose, path), shown: path };
  },
});
