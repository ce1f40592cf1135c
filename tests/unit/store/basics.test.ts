import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import type { CohortStore } from '../../../electron/core/store/index.ts';
import type { SaveStatus } from '../../../shared/contract/index.ts';

let dir: string;
let store: CohortStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-basics-'));
  store = await openCohortStore({
    folder: join(dir, 'library'),
    userDataFolder: join(dir, 'user'),
    coalesceMs: 20,
  });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the cohort store', () => {
  it('creates cohorts with unique file names and lists them', async () => {
    const first = await store.create('Leadership circle');
    const second = await store.create('Leadership circle');
    expect(first.fileName).toBe('Leadership circle.cohort');
    expect(second.fileName).toBe('Leadership circle 2.cohort');
    expect(first.id).not.toBe(second.id);
    const library = await store.list();
    expect(library.cohorts.map((c) => c.fileName)).toEqual([
      'Leadership circle 2.cohort',
      'Leadership circle.cohort',
    ]);
    expect(library.cohorts[0]).toMatchObject({
      status: 'ok',
      members: 0,
      sessions: 0,
      openCommitments: 0,
    });
  });

  it('reads, updates, and writes pretty-printed JSON once per burst', async () => {
    const listing = await store.create('Team A');
    const statuses: SaveStatus[] = [];
    store.onSaveStatus((status) => statuses.push(status));
    // A burst: ten edits made together (each one resolves once it is in the journal).
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.update(listing.id, (cohort) => {
          cohort.members.push({
            id: `m${i}`,
            name: `Member ${i}`,
            role: '',
            strengths: [],
            archived: false,
          });
        }),
      ),
    );
    await store.flush();
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
    const text = await readFile(join(dir, 'library', 'Team A.cohort'), 'utf8');
    expect(text).toContain('\n  "schemaVersion": 1,');
    expect(JSON.parse(text).members).toHaveLength(10);
    expect((await store.read(listing.id)).members).toHaveLength(10);
  });

  it('undoes a mutator that throws and refuses a change that breaks the schema', async () => {
    const listing = await store.create('Team B');
    await expect(
      store.update(listing.id, (cohort) => {
        cohort.name = 'Changed';
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await store.read(listing.id)).name).toBe('Team B');
    await expect(
      store.update(listing.id, (cohort) => {
        cohort.sessions.push({ id: 's1', date: 'next friday' } as never);
      }),
    ).rejects.toThrow("session 1: date 'next friday' is not a date");
    expect((await store.read(listing.id)).sessions).toHaveLength(0);
    await store.flush();
    expect((await readdir(join(dir, 'library'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
