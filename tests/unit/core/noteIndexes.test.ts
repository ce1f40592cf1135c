import { describe, expect, it } from 'vitest';
import { NoteIndexes } from '../../../electron/core/notes/NoteIndexes.ts';
import { CohortSchema, type Cohort } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';

const cohortOf = (id: string, text: string): Cohort =>
  CohortSchema.parse({
    schemaVersion: 1,
    id,
    name: id,
    createdAt: '2026-01-01T09:00:00.000Z',
    sessions: [
      {
        id: 's1',
        date: '2026-11-12',
        notes: [{ id: `${id}-n1`, at: '2026-11-12T15:00:00.000Z', text }],
      },
    ],
  });

/** Cohorts read as the store would, counting the reads. */
function library(...cohorts: Cohort[]) {
  const byId = new Map(cohorts.map((c) => [c.id, c]));
  const reads: string[] = [];
  const read = async (id: string) => {
    reads.push(id);
    const cohort = byId.get(id);
    if (!cohort) throw new RequestError('not-found', `There is no cohort ${id}.`);
    return cohort;
  };
  return { byId, reads, read };
}

describe("the core's note indexes", () => {
  it('reads the cohort once, then again only after it changed', async () => {
    const lib = library(cohortOf('a', 'Pilot agreed'));
    const indexes = new NoteIndexes(lib.read);
    expect((await indexes.search('a', 'pilot', 10)).total).toBe(1);
    expect((await indexes.search('a', 'pil', 10)).total).toBe(1);
    expect(lib.reads).toEqual(['a']);

    lib.byId.get('a')!.sessions[0]!.notes[0]!.text = 'Vendor chosen';
    indexes.sessionChanged('a', 's1');
    expect((await indexes.search('a', 'vendor', 10)).total).toBe(1);
    indexes.cohortChanged('a');
    expect((await indexes.search('a', 'pilot', 10)).total).toBe(0);
    expect(lib.reads).toEqual(['a', 'a', 'a']);
  });

  it('answers a search made while the cohort is still being read from the notes read', async () => {
    const lib = library(cohortOf('a', 'Pilot agreed'));
    let release = () => {};
    const slow = (id: string) =>
      new Promise<Cohort>((resolve) => (release = () => resolve(lib.read(id))));
    const indexes = new NoteIndexes(slow);
    const first = indexes.search('a', '', 10);
    const typed = indexes.search('a', 'pilot', 10);
    release();
    await first;
    expect((await typed).total).toBe(1);
    expect(lib.reads).toEqual(['a']);
  });

  it('lets go of the index searched least recently', async () => {
    const lib = library(cohortOf('a', 'One'), cohortOf('b', 'Two'), cohortOf('c', 'Three'));
    const indexes = new NoteIndexes(lib.read, 2);
    await indexes.search('a', 'one', 10);
    await indexes.search('b', 'two', 10);
    await indexes.search('a', 'one', 10);
    await indexes.search('c', 'three', 10);
    expect(['a', 'b', 'c'].map((id) => indexes.holds(id))).toEqual([true, false, true]);
  });

  it('holds nothing for a cohort it cannot read, and says why', async () => {
    const indexes = new NoteIndexes(library().read);
    await expect(indexes.search('gone', 'x', 10)).rejects.toThrow('There is no cohort gone.');
    expect(indexes.holds('gone')).toBe(false);
  });
});
