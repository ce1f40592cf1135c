import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const libraryHandlers = ({ store }: CoreServices): HandlersOf<'library'> => ({
  'library.list': () => store.list(),
  'library.recent': () => store.recent(),
  'library.open': ({ path }) => store.open(path),
  'library.folder': () => store.folderInfo(),
  'library.setFolder': ({ folder, create }) => store.setFolder(folder, { create }),
});
