import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openCohortStore, type CohortStore } from '../../../electron/core/store/index.ts';
import { note, storeFixture, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
afterEach(() => t.done());

let clock = new Date('2026-03-02T09:00:00.000Z');
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));

it('backs up before the first write of a day and every N writes, keeping the last few', async () => {
  t = await storeFixture({ backupEvery: 3, keepBackups: 4, now: () => clock });
  const { id } = await t.store.create('Rotating');
  const backupsFolder = join(t.folder, '.backups', 'Rotating');
  const edit = async (name: string) => {
    tick(1000);
    await t.store.update(id, (cohort) => void (cohort.name = name));
    await t.store.flush();
  };
  await edit('w1'); // first write today: backup of the created file
  expect(await readdir(backupsFolder)).toHaveLength(1);
  await edit('w2');
  await edit('w3');
  await edit('w4'); // 3 writes since the last backup
  expect(await readdir(backupsFolder)).toHaveLength(2);
  tick(24 * 3600 * 1000);
  await edit('w5'); // a new day
  expect(await readdir(backupsFolder)).toHaveLength(3);
  for (let n = 6; n < 20; n += 1) await edit(`w${n}`);
  const names = (await readdir(backupsFolder)).sort();
  expect(names).toHaveLength(4);
  // The newest backup is the version before the latest backed-up write.
  const newest = JSON.parse(await readFile(join(backupsFolder, names.at(-1)!), 'utf8'));
  expect(newest.name).toMatch(/^w\d+$/);
  expect(
    names.every((name) => /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.cohort$/.test(name)),
  ).toBe(true);
});

it('lists backups with what they hold and restores one after backing up the current version', async () => {
  t = await storeFixture({ now: () => clock });
  const { id } = await t.store.create('Restorable');
  await t.store.update(id, (cohort) => {
    cohort.sessions.push({ id: 's1', date: '2026-01-05' } as never);
  });
  await t.store.flush(); // backup 1: the empty cohort
  await t.store.update(id, (cohort) => void cohort.sessions[0]!.notes.push(note('n1'), note('n2')));
  await t.store.flush();
  tick(1000);
  const [first] = await t.store.listBackups(id);
  expect(first).toMatchObject({ sessions: 0, notes: 0, commitments: 0 });

  const restored = await t.store.restoreBackup(id, first!.id);
  expect(restored).toMatchObject({ status: 'ok', sessions: 0 });
  expect((await t.store.read(id)).sessions).toHaveLength(0);
  const after = await t.store.listBackups(id);
  expect(after).toHaveLength(2);
  expect(after[0]).toMatchObject({ sessions: 1, notes: 2 }); // the version before the restore
  await expect(t.store.restoreBackup(id, '../Restorable.cohort')).rejects.toMatchObject({
    code: 'not-found',
  });
});

it('restores a damaged file from a backup', async () => {
  t = await storeFixture({ now: () => clock });
  const { id } = await t.store.create('Damaged');
  await t.store.update(id, (cohort) => void (cohort.name = 'Good'));
  await t.store.flush();
  await writeFile(join(t.folder, 'Damaged.cohort'), '{"schemaVersion": 1, "na');
  expect((await t.store.list()).cohorts[0]).toMatchObject({ status: 'error' });
  const [backup] = await t.store.listBackups(id);
  tick(1000);
  await t.store.restoreBackup(id, backup!.id);
  expect((await t.store.list()).cohorts[0]).toMatchObject({ status: 'ok', name: 'Damaged' });
  expect((await t.store.listBackups(id))[0]).toMatchObject({
    problem: 'the backup is not valid JSON',
  });
});

it('keeps the every-N cadence across restarts', async () => {
  t = await storeFixture({ backupEvery: 3, keepBackups: 10, now: () => clock });
  const { id } = await t.store.create('Restarted');
  const backupsFolder = join(t.folder, '.backups', 'Restarted');
  const editIn = async (store: CohortStore, name: string) => {
    tick(1000);
    await store.update(id, (cohort) => void (cohort.name = name));
    await store.flush();
  };
  await editIn(t.store, 'w1'); // first write today: backup 1
  expect(await readdir(backupsFolder)).toHaveLength(1);
  // Two writes per run, each run a fresh start: the third write still takes a backup.
  for (let run = 0; run < 3; run += 1) {
    const store = await openCohortStore({
      folder: t.folder,
      userDataFolder: join(t.dir, `user-${run}`),
      watch: false,
      coalesceMs: 10,
      backupEvery: 3,
      now: () => clock,
    });
    await store.list();
    await editIn(store, `r${run}a`);
    await editIn(store, `r${run}b`);
    await store.close();
  }
  // 1 + 6 writes after the first backup: backups at writes 4 and 7.
  expect(await readdir(backupsFolder)).toHaveLength(3);
});

it('keeps the backup taken before a session until the session has ended', async () => {
  t = await storeFixture({ backupEvery: 1, keepBackups: 2, now: () => clock });
  const { id } = await t.store.create('Pinned');
  await t.store.update(id, (cohort) => void (cohort.name = 'Before the session'));
  await t.store.flush();
  tick(1000);
  const pinned = await t.store.backupBeforeSession(id, 'session-1');
  expect(pinned).toBeDefined();
  for (let n = 0; n < 6; n += 1) {
    tick(1000);
    await t.store.update(id, (cohort) => void (cohort.name = `during ${n}`));
    await t.store.flush();
  }
  const during = (await t.store.listBackups(id)).map((b) => b.id);
  expect(during).toContain(pinned);
  expect(during).toHaveLength(3); // the two newest and the pinned one
  const text = await readFile(join(t.folder, '.backups', 'Pinned', pinned!), 'utf8');
  expect(JSON.parse(text).name).toBe('Before the session');

  await t.store.releaseSessionBackup(id, 'session-1');
  tick(1000);
  await t.store.update(id, (cohort) => void (cohort.name = 'after'));
  await t.store.flush();
  expect((await t.store.listBackups(id)).map((b) => b.id)).not.toContain(pinned);
});
