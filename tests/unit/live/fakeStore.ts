/** A small in-memory CohortStore for the live host's tests: changes apply at once, no files. */
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { LiveStore } from '../../../electron/core/live/LiveSessionHost.ts';

export interface FakeStore extends LiveStore {
  cohort(id: string): Cohort;
  updates: number;
}

export function fakeStore(...cohorts: Cohort[]): FakeStore {
  const byId = new Map(cohorts.map((c) => [c.id, c]));
  const get = (id: string) => {
    const cohort = byId.get(id);
    if (!cohort) throw new RequestError('not-found', `No cohort ${id}.`);
    return cohort;
  };
  const store: FakeStore = {
    updates: 0,
    cohort: get,
    read: async (id) => get(id),
    update: async (id, mutate) => {
      store.updates++;
      return mutate(get(id));
    },
  };
  return store;
}

export function testCohort(id = 'cohort-1', members = ['ana', 'ben', 'cho', 'dev', 'eli']): Cohort {
  return CohortSchema.parse({
    schemaVersion: 1,
    id,
    name: 'Product leads',
    createdAt: '2025-01-01T09:00:00.000Z',
    members: members.map((m) => ({ id: m, name: m[0]!.toUpperCase() + m.slice(1) })),
  });
}

/** Collects what the host broadcasts. */
export function recorder() {
  const events: { name: string; payload: unknown }[] = [];
  return {
    events,
    emit: (name: string, payload: unknown) => void events.push({ name, payload }),
  };
}
