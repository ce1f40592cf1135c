import { join, resolve } from 'node:path';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import { chosenPlace } from '../paths/chosenPlace.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const libraryHandlers = (services: CoreServices): HandlersOf<'library'> => {
  const { store } = services;
  return {
    'library.list': () => store.list(),
    'library.recent': () => store.recent(),
    'library.import': async ({ text }) => {
      const decoded = decodeCohortText(text);
      if (!decoded.ok)
        throw new RequestError('invalid-input', `That file is not a cohort: ${decoded.problem}.`);
      // A file and an id of its own: nothing in the library can collide with it.
      const created = await store.create(decoded.cohort.name);
      await store.update(created.id, (draft) => {
        const { id: _imported, ...rest } = structuredClone(decoded.cohort);
        const fields = draft as Record<string, unknown>;
        for (const key of Object.keys(fields)) if (key !== 'id') delete fields[key];
        Object.assign(draft, rest);
      });
      const listed = await store.list();
      return listed.cohorts.find((cohort) => cohort.id === created.id) ?? created;
    },
    'library.open': async ({ path, handle }) => {
      // In the desktop app a path the page sends is one of Recently opened; others come as handles.
      if (path !== undefined && services.hostKind === 'electron') {
        const recent = await store.recent();
        if (!recent.some((entry) => samePath(join(entry.folder, entry.fileName), path)))
          throw new RequestError(
            'rejected',
            'In the desktop app, open a file with File › Open Cohort…, by dropping it, or from Recently opened.',
          );
        return store.open(path);
      }
      return store.open(chosenPlace(services, 'open', { typed: path, handle }));
    },
    'library.folder': () => store.folderInfo(),
    'library.setFolder': ({ folder, handle, create }) =>
      store.setFolder(chosenPlace(services, 'library-folder', { typed: folder, handle }), {
        create,
      }),
  };
};

const samePath = (a: string, b: string) => resolve(a) === resolve(b);
