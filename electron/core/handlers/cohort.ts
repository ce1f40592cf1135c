import { randomUUID } from 'node:crypto';
import { RequestError } from '../../../shared/contract/index.ts';
import type { Handlers } from '../router.ts';
import type { CoreServices } from '../services.ts';

type CohortHandlers = Pick<
  Handlers,
  'library.list' | 'cohort.create' | 'cohort.get' | 'cohort.addMember'
>;

export const cohortHandlers = ({ store }: CoreServices): CohortHandlers => ({
  'library.list': () => store.list(),
  'cohort.create': ({ name }) => store.create(name),
  'cohort.get': ({ cohortId }) => store.read(cohortId),
  'cohort.addMember': ({ cohortId, name, role }) =>
    store.update(cohortId, (cohort) => {
      const taken = cohort.members.some(
        (member) => !member.archived && member.name.toLowerCase() === name.toLowerCase(),
      );
      if (taken)
        throw new RequestError('rejected', `${name} is already a member of ${cohort.name}.`);
      const member = { id: randomUUID(), name, role, strengths: [], archived: false };
      cohort.members.push(member);
      return member;
    }),
});
