import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { note, storeFixture, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
beforeEach(async () => {
  t = await storeFixture({ coalesceMs: 50 });
});
afterEach(() => t.done());

it('turns a burst of 100 edits into at most 2 writes, none lost', async () => {
  const { id } = await t.store.create('Burst');
  await t.store.update(
    id,
    (cohort) => void cohort.sessions.push({ id: 's1', date: '2026-01-05' } as never),
  );
  await t.store.flush();
  t.fs.writes.clear();
  const edits = Array.from({ length: 100 }, (_, n) =>
    t.store.update(id, (cohort) => void cohort.sessions[0]!.notes.push(note(`n${n}`))),
  );
  await Promise.all(edits);
  await t.store.flush();
  expect(t.fs.writes.get('Burst.cohort')).toBeLessThanOrEqual(2);
  const onDisk = JSON.parse(await readFile(join(t.folder, 'Burst.cohort'), 'utf8'));
  expect(onDisk.sessions[0].notes).toHaveLength(100);
});

it('writes within the coalescing delay without a flush', async () => {
  const { id } = await t.store.create('Soon');
  await t.store.update(id, (cohort) => void (cohort.charter.mission = 'Learn together'));
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(JSON.parse(await readFile(join(t.folder, 'Soon.cohort'), 'utf8')).charter.mission).toBe(
    'Learn together',
  );
  expect(t.statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
});

it('carries edits made during a write in the next one', async () => {
  const { id } = await t.store.create('Overlap');
  await t.store.update(id, (cohort) => void (cohort.name = 'One'));
  const flushing = t.store.flush();
  await t.store.update(id, (cohort) => void (cohort.name = 'Two'));
  await flushing;
  await t.store.flush();
  expect(JSON.parse(await readFile(join(t.folder, 'Overlap.cohort'), 'utf8')).name).toBe('Two');
});
