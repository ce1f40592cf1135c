import { chosenPlace } from '../paths/chosenPlace.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const libraryHandlers = (services: CoreServices): HandlersOf<'library'> => {
  const { store } = services;
  return {
    'library.list': () => store.list(),
    'library.recent': () => store.recent(),
    'library.open': ({ path }) => store.open(path),
    'library.folder': () => store.folderInfo(),
    'library.setFolder': ({ folder, handle, create }) =>
      store.setFolder(chosenPlace(services, 'library-folder', { typed: folder, handle }), {
        create,
      }),
  };
};
