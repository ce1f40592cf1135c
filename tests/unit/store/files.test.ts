import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { storeFixture, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
beforeEach(async () => {
  t = await storeFixture();
});
afterEach(() => t.done());

const v0 = {
  schemaVersion: 0,
  id: 'c0',
  name: 'Old circle',
  createdAt: '2024-05-01T10:00:00Z',
  members: ['Ana'],
  future: { x: 1 },
};

it('migrates a version 0 file, backing up the original before writing it, and keeps unknown fields', async () => {
  const original = JSON.stringify(v0);
  await writeFile(join(t.folder, 'Old circle.cohort'), original);
  const [listing] = (await t.store.list()).cohorts;
  expect(listing).toMatchObject({ status: 'ok', members: 1 });
  const cohort = await t.store.read(listing!.id);
  expect(cohort.members[0]).toMatchObject({ id: 'member-1', name: 'Ana' });
  expect(await readFile(join(t.folder, 'Old circle.cohort'), 'utf8')).toBe(original); // not written on open
  await t.store.update(listing!.id, (draft) => void (draft.charter.mission = 'Grow'));
  await t.store.flush();
  const written = JSON.parse(await readFile(join(t.folder, 'Old circle.cohort'), 'utf8'));
  expect(written).toMatchObject({
    schemaVersion: 1,
    future: { x: 1 },
    charter: { mission: 'Grow' },
  });
  const backups = await readdir(join(t.folder, '.backups', 'Old circle'));
  expect(await readFile(join(t.folder, '.backups', 'Old circle', backups[0]!), 'utf8')).toBe(
    original,
  );
});

it('opens files from elsewhere, remembers them as recent and lists them', async () => {
  const elsewhere = join(t.dir, 'usb');
  await mkdir(elsewhere);
  const path = join(elsewhere, 'Visiting.cohort');
  await writeFile(path, JSON.stringify({ ...v0, schemaVersion: 1, members: [] }));
  const listing = await t.store.open(path);
  expect(listing).toMatchObject({ status: 'ok', name: 'Old circle', fileName: 'Visiting.cohort' });
  expect(await t.store.recent()).toEqual([
    {
      cohortId: listing.id,
      fileName: 'Visiting.cohort',
      folder: elsewhere,
      openedAt: expect.any(String),
      available: true,
    },
  ]);
  expect((await t.store.list()).cohorts.map((c) => c.id)).toContain(listing.id);
  expect(t.store.pathOf(listing.id)).toBe(path);
  await expect(t.store.open(join(elsewhere, 'Missing.cohort'))).rejects.toMatchObject({
    code: 'not-found',
  });
  const recentFile = JSON.parse(await readFile(join(t.dir, 'user', 'recent-cohorts.json'), 'utf8'));
  expect(recentFile.files[0].path).toBe(path);
});

it('keeps the library folder override in the settings', async () => {
  const other = join(t.dir, 'other library');
  const library = await t.store.setFolder(other);
  expect(library).toEqual({ folder: other, cohorts: [] });
  await t.store.create('There');
  const reopened = await openCohortStore({
    folder: t.folder,
    userDataFolder: join(t.dir, 'user'),
    watch: false,
  });
  expect(reopened.folder).toBe(other);
  expect((await reopened.list()).cohorts.map((c) => c.fileName)).toEqual(['There.cohort']);
  await reopened.close();
});

it('sanitises file names and notices files added elsewhere through the watcher', async () => {
  const watched = await openCohortStore({
    folder: join(t.dir, 'watched'),
    userDataFolder: join(t.dir, 'user2'),
  });
  const changed = new Promise<void>((resolve) => watched.onLibraryChanged(resolve));
  const listing = await watched.create('  Team: A/B?  ');
  expect(listing.fileName).toBe('Team A B.cohort');
  await changed;
  const later = new Promise<void>((resolve) => watched.onLibraryChanged(resolve));
  await writeFile(join(t.dir, 'watched', 'Dropped in.cohort'), 'not json');
  await later;
  expect((await watched.list()).cohorts).toContainEqual(
    expect.objectContaining({
      status: 'error',
      fileName: 'Dropped in.cohort',
      problem: expect.stringContaining('not valid JSON'),
    }),
  );
  await watched.close();
});
