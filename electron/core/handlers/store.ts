/**
 * Handlers for cohort files as files (recent, open, library folder, backups, copies) and for edits
 * of a cohort's own fields and its members.
 */
import { RequestError } from '../../../shared/contract/index.ts';
import type { Cohort, Member } from '../../../shared/cohort/schema.ts';
import type { Handlers } from '../router.ts';
import type { CoreServices } from '../services.ts';

type StoreHandlers = Pick<
  Handlers,
  | 'library.recent'
  | 'library.open'
  | 'library.folder'
  | 'library.setFolder'
  | 'cohort.backups'
  | 'cohort.restoreBackup'
  | 'cohort.saveCopy'
  | 'cohort.update'
  | 'member.update'
  | 'member.archive'
>;

function memberIn(cohort: Cohort, memberId: string): Member {
  const member = cohort.members.find((candidate) => candidate.id === memberId);
  if (!member) throw new RequestError('not-found', `There is no such member in ${cohort.name}.`);
  return member;
}

function ensureNameFree(cohort: Cohort, name: string, exceptId?: string) {
  const taken = cohort.members.some(
    (member) =>
      !member.archived &&
      member.id !== exceptId &&
      member.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) throw new RequestError('rejected', `${name} is already a member of ${cohort.name}.`);
}

export const storeHandlers = ({ store }: CoreServices): StoreHandlers => ({
  'library.recent': () => store.recent(),
  'library.open': ({ path }) => store.open(path),
  'library.folder': () => store.folderInfo(),
  'library.setFolder': ({ folder, create }) => store.setFolder(folder, { create }),
  'cohort.backups': ({ cohortId }) => store.listBackups(cohortId),
  'cohort.restoreBackup': ({ cohortId, backupId }) => store.restoreBackup(cohortId, backupId),
  'cohort.saveCopy': ({ cohortId, path }) => store.saveCopyAs(cohortId, path),
  'cohort.update': ({ cohortId, name, charter, cadence }) =>
    store.update(cohortId, (cohort) => {
      if (name !== undefined) cohort.name = name;
      if (charter) Object.assign(cohort.charter, charter);
      if (cadence) Object.assign(cohort.cadence, cadence);
      return { name: cohort.name, charter: { ...cohort.charter }, cadence: { ...cohort.cadence } };
    }),
  'member.update': ({ cohortId, memberId, name, role, strengths }) =>
    store.update(cohortId, (cohort) => {
      const member = memberIn(cohort, memberId);
      if (name !== undefined) {
        if (!member.archived) ensureNameFree(cohort, name, memberId);
        member.name = name;
      }
      if (role !== undefined) member.role = role;
      if (strengths !== undefined) member.strengths = strengths;
      return { ...member, strengths: [...member.strengths] };
    }),
  'member.archive': ({ cohortId, memberId, archived }) =>
    store.update(cohortId, (cohort) => {
      const member = memberIn(cohort, memberId);
      if (!archived && member.archived) ensureNameFree(cohort, member.name, memberId);
      member.archived = archived;
      return { ...member, strengths: [...member.strengths] };
    }),
});
