import { readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, until, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
beforeEach(async () => {
  t = await storeFixture();
});
afterEach(() => t.done());

const onDisk = async (name: string) => JSON.parse(await readFile(join(t.folder, name), 'utf8'));
const addMember = (id: string, name: string) =>
  t.store.update(
    id,
    (cohort) =>
      void cohort.members.push({ id: name, name, role: '', strengths: [], archived: false }),
  );

describe.each([
  ['ENOSPC', 'the disk is full'],
  ['EACCES', 'read-only or you do not have permission'],
])('a write failing with %s', (code, words) => {
  it('reports failed in words, keeps the edits in memory and writes them all once it can', async () => {
    const { id } = await t.store.create('Faulty');
    t.fs.fault = code;
    await addMember(id, 'Ana');
    await addMember(id, 'Bo');
    await until(() => t.statuses.some((status) => status.state === 'failed'));
    const failed = t.statuses.find((status) => status.state === 'failed')!;
    expect(failed.message).toContain(words);
    expect(failed.message).toContain('Your changes are kept');
    expect((await t.store.read(id)).members.map((m) => m.name)).toEqual(['Ana', 'Bo']);
    expect((await onDisk('Faulty.cohort')).members).toEqual([]);
    await addMember(id, 'Cy');
    await new Promise((resolve) => setTimeout(resolve, 60)); // a retry or two, still failing
    t.fs.fault = undefined;
    await until(() => t.statuses.at(-1)?.state === 'saved');
    expect((await onDisk('Faulty.cohort')).members.map((m: { name: string }) => m.name)).toEqual([
      'Ana',
      'Bo',
      'Cy',
    ]);
  });
});

it('writes a file removed elsewhere again, and fails while its folder is gone', async () => {
  const { id } = await t.store.create('Moved');
  await t.store.read(id);
  await unlink(join(t.folder, 'Moved.cohort'));
  await addMember(id, 'Ana');
  await t.store.flush();
  expect(t.statuses.at(-1)).toMatchObject({
    state: 'saved',
    message: expect.stringContaining('removed elsewhere'),
  });
  expect((await onDisk('Moved.cohort')).members).toHaveLength(1);

  // A backup of the first write may still be landing in .backups: retry as the folder empties.
  await rm(t.folder, { recursive: true, maxRetries: 5 });
  // Neither the journal nor the file can be written: the request is told so, the edit is kept.
  await expect(addMember(id, 'Bo')).rejects.toMatchObject({
    code: 'file-error',
    message: expect.stringContaining('no longer there'),
  });
  await t.store.flush();
  expect(t.statuses.at(-1)).toMatchObject({
    state: 'failed',
    message: expect.stringContaining('no longer there'),
  });
  expect((await t.store.read(id)).members).toHaveLength(2);
});

it('saves a copy elsewhere and refuses to overwrite', async () => {
  const { id } = await t.store.create('Original');
  await addMember(id, 'Ana');
  t.fs.fault = 'ENOSPC';
  await t.store.flush();
  t.fs.fault = undefined;
  const copy = await t.store.saveCopyAs(id, join(t.dir, 'elsewhere', '..', 'Rescued'));
  expect(copy).toMatchObject({ status: 'ok', fileName: 'Rescued.cohort', members: 1 });
  await expect(t.store.saveCopyAs(id, join(t.dir, 'Rescued.cohort'))).rejects.toMatchObject({
    code: 'rejected',
  });
  expect((await t.store.recent()).map((r) => r.fileName)).toContain('Rescued.cohort');
});
