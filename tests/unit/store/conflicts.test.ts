import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { storeFixture, until, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
beforeEach(async () => {
  t = await storeFixture();
});
afterEach(() => t.done());

const path = () => join(t.folder, 'Shared.cohort');
const editElsewhere = async (name: string) => {
  const doc = JSON.parse(await readFile(path(), 'utf8'));
  doc.name = name;
  await new Promise((resolve) => setTimeout(resolve, 20)); // a different mtime
  await writeFile(path(), JSON.stringify(doc, null, 2));
};

it('reloads a file changed elsewhere when there are no unsaved edits', async () => {
  const { id } = await t.store.create('Shared');
  await t.store.read(id);
  const changed: string[] = [];
  t.store.onCohortChanged((cohortId) => changed.push(cohortId));
  await editElsewhere('Renamed elsewhere');
  expect((await t.store.read(id)).name).toBe('Renamed elsewhere');
  expect(changed).toEqual([id]);
});

it('keeps both versions when the file changed elsewhere and we have unsaved edits', async () => {
  const { id } = await t.store.create('Shared');
  await t.store.read(id);
  await editElsewhere('Theirs');
  await t.store.update(id, (cohort) => void (cohort.charter.mission = 'Ours'));
  await t.store.flush();
  await until(() => t.statuses.some((s) => s.state === 'conflict'));
  const conflict = t.statuses.find((s) => s.state === 'conflict')!;
  expect(conflict.message).toMatch(/changed elsewhere.*Both versions are kept/);
  const copy = (await readdir(t.folder)).find((name) => name.includes('(conflicted copy'))!;
  expect(copy).toMatch(/^Shared \(conflicted copy \d{4}-\d{2}-\d{2} \d{2}-\d{2}\)\.cohort$/);
  expect(JSON.parse(await readFile(join(t.folder, copy), 'utf8')).charter.mission).toBe('Ours');
  expect(JSON.parse(await readFile(path(), 'utf8'))).toMatchObject({ name: 'Theirs' });
  expect((await t.store.read(id)).name).toBe('Theirs');
  expect((await t.store.list()).cohorts.map((c) => c.fileName)).toContain(copy);
});

it('does not mistake a touched but unchanged file for a conflict', async () => {
  const { id } = await t.store.create('Shared');
  await t.store.read(id);
  const same = await readFile(path(), 'utf8');
  await new Promise((resolve) => setTimeout(resolve, 20));
  await writeFile(path(), same);
  await t.store.update(id, (cohort) => void (cohort.name = 'Ours'));
  await t.store.flush();
  expect(t.statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
  expect(JSON.parse(await readFile(path(), 'utf8')).name).toBe('Ours');
});
