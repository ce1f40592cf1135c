/**
 * 300 damaged variants of a valid cohort file: each opens as an error or as valid data, nothing
 * crashes, and no file's bytes change (a damaged file is never written).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { largeCohort } from '../../fixtures/largeCohort.ts';

const VARIANTS = 300;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-fuzz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let seed = 20_261_124;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A random place inside the document: its parent and key. */
function randomPlace(
  doc: Json,
): { parent: Json[] | Record<string, Json>; key: string | number } | undefined {
  let parent: Json = doc;
  let place: { parent: Json[] | Record<string, Json>; key: string | number } | undefined;
  for (let depth = 0; depth < 8; depth += 1) {
    if (parent === null || typeof parent !== 'object') break;
    const keys: (string | number)[] = Array.isArray(parent)
      ? parent.map((_, i) => i)
      : Object.keys(parent);
    if (keys.length === 0) break;
    const key = pick(keys);
    place = { parent, key };
    parent = (parent as Record<string | number, Json>)[key]!;
    if (random() < 0.2) break;
  }
  return place;
}

const otherType = (value: unknown): Json =>
  typeof value === 'string'
    ? 42
    : typeof value === 'number'
      ? 'forty-two'
      : Array.isArray(value)
        ? { not: 'a list' }
        : typeof value === 'object'
          ? ['x']
          : 'text';

function damage(base: string, kind: number): string {
  const doc = JSON.parse(base) as Record<string, Json>;
  switch (kind) {
    case 0:
      return base.slice(0, Math.floor(random() * base.length));
    case 1: {
      const bytes = Buffer.from(base);
      for (let n = 1 + Math.floor(random() * 4); n > 0; n -= 1) {
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      return bytes.toString('latin1');
    }
    case 2: {
      const place = randomPlace(doc);
      if (place)
        (place.parent as Record<string | number, Json>)[place.key] = otherType(
          (place.parent as Record<string | number, Json>)[place.key],
        );
      return JSON.stringify(doc, null, 2);
    }
    case 3: {
      const place = randomPlace(doc);
      if (place && Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else if (place) delete (place.parent as Record<string, Json>)[place.key];
      return JSON.stringify(doc, null, 2);
    }
    case 4: {
      const sessions = doc['sessions'] as { notes: { id: string }[] }[];
      const a = pick(sessions).notes;
      const b = pick(sessions).notes;
      if (a.length > 0 && b.length > 1) b[b.length - 1]!.id = pick(a).id;
      else (doc['members'] as Json[]).push((doc['members'] as Json[])[0]!);
      return JSON.stringify(doc, null, 2);
    }
    case 5: {
      const place = randomPlace(doc);
      if (place)
        (place.parent as Record<string | number, Json>)[place.key] = 'w'.repeat(
          200_000 + Math.floor(random() * 800_000),
        );
      return JSON.stringify(doc);
    }
    case 6: {
      const depth = pick([100, 5_000, 200_000]);
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return base.replace('{', `{"deep": ${nested},`);
    }
    case 7:
      doc['schemaVersion'] = pick([2, 17, 1.5, -1, '1', null]) as Json;
      return JSON.stringify(doc, null, 2);
    default: {
      doc['schemaVersion'] = 0;
      doc['members'] = pick([['Ana', 'Bo'], 'Ana', [1, 2], []]) as Json;
      return JSON.stringify(doc, null, 2);
    }
  }
}

const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

it(
  `opens ${VARIANTS} damaged variants without crashing or changing them`,
  { timeout: 60_000 },
  async () => {
    const base = JSON.stringify(
      largeCohort({ sessions: 4, notes: 40, commitments: 8, members: 4 }),
      null,
      2,
    );
    const folder = join(dir, 'library');
    const store = await openCohortStore({
      folder,
      userDataFolder: join(dir, 'user'),
      watch: false,
      coalesceMs: 5,
    });
    for (let n = 0; n < VARIANTS; n += 1) {
      await writeFile(
        join(folder, `variant ${String(n).padStart(3, '0')}.cohort`),
        damage(base, n % 9),
        'latin1',
      );
    }
    const before = new Map<string, string>();
    for (const name of await readdir(folder))
      before.set(name, hash(await readFile(join(folder, name))));

    const library = await store.list();
    expect(library.cohorts).toHaveLength(VARIANTS);
    let valid = 0;
    for (const listing of library.cohorts) {
      if (listing.status === 'ok') {
        const cohort = await store.read(listing.id);
        expect(cohort.schemaVersion).toBe(1);
        valid += 1;
      } else {
        expect(listing.problem.length).toBeGreaterThan(5);
        expect(listing.problem.length).toBeLessThan(300);
        await expect(store.read(listing.id)).rejects.toMatchObject({ code: 'file-error' });
        await expect(
          store.update(listing.id, (cohort) => void (cohort.name = 'Fixed')),
        ).rejects.toMatchObject({
          code: 'file-error',
        });
      }
    }
    await store.flush();
    await store.close();

    const after = new Map<string, string>();
    for (const name of await readdir(folder))
      after.set(name, hash(await readFile(join(folder, name))));
    expect(after).toEqual(before);
    // Both kinds occur: the fuzzing is neither all-fatal nor all-harmless.
    expect(valid).toBeGreaterThan(10);
    expect(valid).toBeLessThan(VARIANTS - 100);
  },
);
