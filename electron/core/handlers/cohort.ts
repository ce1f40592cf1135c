import { anonymiseCohort } from '../../../shared/cohort/anonymise.ts';
import { safeFileNamePart } from '../../../shared/report/exportFile.ts';
import { chosenPlace } from '../paths/chosenPlace.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const cohortHandlers = (services: CoreServices): HandlersOf<'cohort'> => {
  const { store } = services;
  return {
    'cohort.create': ({ name }) => store.create(name),
    'cohort.get': ({ cohortId }) => store.read(cohortId),
    'cohort.export': async ({ cohortId, anonymised }) => {
      const cohort = await store.read(cohortId);
      const document = anonymised ? anonymiseCohort(cohort) : cohort;
      return {
        fileName: `${safeFileNamePart(document.name) || 'Cohort'}.cohort`,
        mimeType: 'application/json;charset=utf-8',
        text: `${JSON.stringify(document, null, 2)}\n`,
      };
    },
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
