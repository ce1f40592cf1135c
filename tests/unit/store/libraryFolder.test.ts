/** Which library folder a run uses (`--data`, the saved setting, the default) and changing it. */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { libraryHandlers } from '../../../electron/core/handlers/library.ts';
import type { CoreServices } from '../../../electron/core/services.ts';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { requests } from '../../../shared/contract/index.ts';
import { storeFixture, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
beforeEach(async () => {
  t = await storeFixture();
});
afterEach(() => t.done());

const reopen = (folder: string, folderGiven: boolean) =>
  openCohortStore({ folder, folderGiven, userDataFolder: join(t.dir, 'user'), watch: false });

it('uses the default folder until one is saved, and says where settings live', () => {
  const info = t.store.folderInfo();
  expect(info).toEqual({
    folder: t.folder,
    source: 'default',
    commandLineFolder: null,
    savedFolder: null,
    userDataFolder: join(t.dir, 'user'),
    settingsFile: join(t.dir, 'user', 'settings.json'),
  });
  expect(requests['library.folder'].output.parse(info)).toEqual(info);
});

it('a folder given with --data wins for its run; the saved one applies to runs without it', async () => {
  const saved = join(t.dir, 'saved library');
  await t.store.setFolder(saved);
  expect(t.store.folderInfo()).toMatchObject({ folder: saved, source: 'saved' });

  const given = join(t.dir, 'given');
  const withData = await reopen(given, true);
  expect(withData.folderInfo()).toMatchObject({
    folder: given,
    source: 'command-line',
    commandLineFolder: given,
    savedFolder: saved,
  });
  expect((await withData.list()).folder).toBe(given);
  expect((await stat(given)).isDirectory()).toBe(true);

  // Choosing a folder during a --data run switches now and is saved for later starts.
  const chosen = join(t.dir, 'chosen');
  await withData.setFolder(chosen);
  expect(withData.folderInfo()).toMatchObject({
    folder: chosen,
    source: 'saved',
    commandLineFolder: given,
    savedFolder: chosen,
  });
  await withData.close();

  const withoutData = await reopen(t.folder, false);
  expect(withoutData.folderInfo()).toMatchObject({ folder: chosen, source: 'saved' });
  await withoutData.close();
  const settings = JSON.parse(await readFile(join(t.dir, 'user', 'settings.json'), 'utf8'));
  expect(settings).toEqual({ libraryFolder: chosen });
});

it('asks before creating a missing folder, and refuses a file in words', async () => {
  const missing = join(t.dir, 'not yet');
  await expect(t.store.setFolder(missing, { create: false })).rejects.toMatchObject({
    code: 'not-found',
    message: `There is no folder at ${missing}.`,
  });
  expect(t.store.folderInfo().folder).toBe(t.folder);
  expect((await t.store.setFolder(missing, { create: true })).folder).toBe(missing);

  const file = join(t.dir, 'notes.txt');
  await writeFile(file, 'not a folder');
  await expect(t.store.setFolder(file)).rejects.toMatchObject({
    code: 'rejected',
    message: `${file} is a file, not a folder. Choose a folder for the library.`,
  });
  await expect(t.store.setFolder(join(file, 'inside'))).rejects.toMatchObject({
    code: 'rejected',
    message: expect.stringContaining('is a file, not a folder'),
  });
  expect(t.store.folderInfo()).toMatchObject({ folder: missing, savedFolder: missing });
});

it('lists the new folder’s cohorts through the handlers', async () => {
  const handlers = libraryHandlers({ store: t.store } as CoreServices);
  const other = join(t.dir, 'other');
  await mkdir(other);
  await writeFile(
    join(other, 'There.cohort'),
    JSON.stringify({ schemaVersion: 1, id: 'x', name: 'There', createdAt: '2026-01-01T10:00:00Z' }),
  );
  const input = requests['library.setFolder'].input.parse({ folder: other });
  expect(input).toEqual({ folder: other, create: true });
  const library = await handlers['library.setFolder'](input, { role: 'console' });
  expect(library.cohorts.map((cohort) => cohort.fileName)).toEqual(['There.cohort']);
  expect(await handlers['library.folder']({}, { role: 'console' })).toMatchObject({
    folder: other,
    source: 'saved',
  });
});
