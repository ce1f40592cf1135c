/**
 * Files that are not what they seem: a read-only cohort opens read-only and is never changed
 * (bytes and mode measured); a symlinked cohort is written at its target and stays a link; pipes,
 * devices and links out of the library are listed as error cards without being read.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { storeFixture, until, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
beforeEach(async () => {
  t = await storeFixture();
});
afterEach(() => t.done());

const cohortText = (name: string) =>
  `${JSON.stringify({ schemaVersion: 1, id: name, name, createdAt: '2026-01-01T10:00:00.000Z' }, null, 2)}\n`;
const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
/** Bytes, mode and inode: all must stay as they were. */
const fingerprint = async (path: string) => {
  const s = await stat(path);
  return { sha: await sha256(path), mode: s.mode, ino: s.ino, size: s.size };
};
const listingOf = async (fileName: string) =>
  (await t.store.list()).cohorts.find((c) => c.fileName === fileName)!;

it('opens a read-only cohort read-only: edits refused in words, bytes and mode unchanged', async () => {
  const path = join(t.folder, 'Locked.cohort');
  await writeFile(path, cohortText('Locked'));
  await chmod(path, 0o444);
  const before = await fingerprint(path);
  const listing = await listingOf('Locked.cohort');
  expect(listing).toMatchObject({ status: 'ok', readOnly: true });
  expect(await t.store.isReadOnly(listing.id)).toBe(true);
  expect((await t.store.read(listing.id)).name).toBe('Locked');
  await expect(
    t.store.update(listing.id, (cohort) => void (cohort.name = 'Changed')),
  ).rejects.toMatchObject({
    code: 'rejected',
    message: expect.stringMatching(/read-only.*Save a copy elsewhere/),
  });
  await t.store.flush();
  expect(await fingerprint(path)).toEqual(before);
  // "Save a copy elsewhere" works, and the copy is an ordinary writable cohort.
  const copy = await t.store.saveCopyAs(listing.id, join(t.dir, 'Unlocked'));
  expect(copy).toMatchObject({ status: 'ok', name: 'Locked' });
  expect(copy).not.toHaveProperty('readOnly');
  expect(await fingerprint(path)).toEqual(before);
});

it('never replaces a file made read-only while open: the write fails in words, the edit is kept', async () => {
  const { id } = await t.store.create('Becomes locked');
  const path = join(t.folder, 'Becomes locked.cohort');
  await t.store.read(id);
  await chmod(path, 0o444);
  const before = await fingerprint(path);
  await t.store.update(id, (cohort) => void (cohort.name = 'Edited'));
  await t.store.flush();
  expect(t.statuses.at(-1)).toMatchObject({
    state: 'failed',
    message: expect.stringContaining('read-only'),
  });
  expect(await fingerprint(path)).toEqual(before);
  expect((await t.store.read(id)).name).toBe('Edited');
  await chmod(path, 0o644);
  await until(() => t.statuses.at(-1)?.state === 'saved');
  expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Edited');
});

it('writes a symlinked cohort at its target; the link stays a link', async () => {
  const target = join(t.folder, 'Real circle.cohort');
  await writeFile(target, cohortText('Real circle'));
  const link = join(t.folder, 'Linked circle.cohort');
  await symlink(target, link);
  const listing = await listingOf('Linked circle.cohort');
  expect(listing).toMatchObject({ status: 'ok', name: 'Real circle' });
  await t.store.update(listing.id, (cohort) => void (cohort.name = 'Edited through the link'));
  await t.store.flush();
  expect((await lstat(link)).isSymbolicLink()).toBe(true);
  expect(JSON.parse(await readFile(target, 'utf8')).name).toBe('Edited through the link');
});

it('lists a pipe, a link to a device and a link out of the library as errors without reading them', async () => {
  execFileSync('mkfifo', [join(t.folder, 'Pipe.cohort')]);
  await symlink('/dev/zero', join(t.folder, 'Zero.cohort'));
  const outside = join(t.dir, 'Outside.cohort');
  await writeFile(outside, cohortText('Outside'));
  const outsideBefore = await fingerprint(outside);
  await symlink(outside, join(t.folder, 'Outside link.cohort'));
  await mkdir(join(t.folder, 'Folder.cohort'));

  const started = Date.now();
  const cohorts = (await t.store.list()).cohorts;
  expect(Date.now() - started).toBeLessThan(2000);
  const byName = new Map(cohorts.map((c) => [c.fileName, c]));
  expect(byName.get('Pipe.cohort')).toMatchObject({
    status: 'error',
    problem: expect.stringContaining('not a regular file'),
  });
  expect(byName.get('Zero.cohort')).toMatchObject({ status: 'error' });
  expect(byName.get('Outside link.cohort')).toMatchObject({
    status: 'error',
    problem: expect.stringContaining('outside the library'),
  });
  expect(byName.get('Folder.cohort')).toMatchObject({
    status: 'error',
    problem: expect.stringContaining('folder'),
  });
  for (const name of ['Pipe.cohort', 'Zero.cohort', 'Outside link.cohort']) {
    await expect(t.store.read(byName.get(name)!.id)).rejects.toMatchObject({ code: 'file-error' });
  }
  await expect(
    t.store.update(byName.get('Outside link.cohort')!.id, (c) => void (c.name = 'x')),
  ).rejects.toMatchObject({ code: 'file-error' });
  expect(await fingerprint(outside)).toEqual(outsideBefore);
  // Opening a pipe from elsewhere (the open dialog) does not read it either.
  execFileSync('mkfifo', [join(t.dir, 'Elsewhere.cohort')]);
  expect(await t.store.open(join(t.dir, 'Elsewhere.cohort'))).toMatchObject({ status: 'error' });
});
