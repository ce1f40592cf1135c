import { chosenPlace } from '../paths/chosenPlace.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const cohortHandlers = (services: CoreServices): HandlersOf<'cohort'> => {
  const { store } = services;
  return {
    'cohort.create': ({ name }) => store.create(name),
    'cohort.get': ({ cohortId }) => store.read(cohortId),
    'cohort.fileState': async ({ cohortId }) => ({ readOnly: await store.isReadOnly(cohortId) }),
    'cohort.update': ({ cohortId, name, charter, cadence, roomSize }) =>
      store.update(cohortId, (cohort) => {
        if (name !== undefined) cohort.name = name;
        if (charter) Object.assign(cohort.charter, charter);
        if (cadence) Object.assign(cohort.cadence, cadence);
        if (roomSize === null) delete cohort.roomSize;
        else if (roomSize) cohort.roomSize = { ...roomSize };
        return {
          name: cohort.name,
          charter: { ...cohort.charter },
          cadence: { ...cohort.cadence },
          roomSize: cohort.roomSize ? { ...cohort.roomSize } : null,
        };
      }),
    'cohort.backups': ({ cohortId }) => store.listBackups(cohortId),
    'cohort.restoreBackup': ({ cohortId, backupId }) => store.restoreBackup(cohortId, backupId),
    'cohort.saveCopy': ({ cohortId, path, handle }) =>
      store.saveCopyAs(cohortId, chosenPlace(services, 'save-copy', { typed: path, handle })),
  };
};
