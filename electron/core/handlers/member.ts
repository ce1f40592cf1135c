import { randomUUID } from 'node:crypto';
import type { Cohort, Member } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

function memberIn(cohort: Cohort, memberId: string): Member {
  const member = cohort.members.find((candidate) => candidate.id === memberId);
  if (!member) throw new RequestError('not-found', `There is no such member in ${cohort.name}.`);
  return member;
}

/** Two active members may not share a name. */
function ensureNameFree(cohort: Cohort, name: string, exceptId?: string) {
  const taken = cohort.members.some(
    (member) =>
      !member.archived &&
      member.id !== exceptId &&
      member.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) throw new RequestError('rejected', `${name} is already a member of ${cohort.name}.`);
}

const copyOf = (member: Member): Member => ({ ...member, strengths: [...member.strengths] });

export const memberHandlers = ({ store }: CoreServices): HandlersOf<'member'> => ({
  'member.add': ({ cohortId, name, role }) =>
    store.update(cohortId, (cohort) => {
      ensureNameFree(cohort, name);
      const member = { id: randomUUID(), name, role, strengths: [], archived: false };
      cohort.members.push(member);
      return copyOf(member);
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
      return copyOf(member);
    }),
  'member.archive': ({ cohortId, memberId, archived }) =>
    store.update(cohortId, (cohort) => {
      const member = memberIn(cohort, memberId);
      if (!archived && member.archived) ensureNameFree(cohort, member.name, memberId);
      member.archived = archived;
      return copyOf(member);
    }),
});
