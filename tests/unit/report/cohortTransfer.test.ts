/**
 * A whole cohort exported as one file and imported into another library, and into the same one
 * (where its id is taken): it arrives as a cohort of its own with nothing lost; the anonymised
 * export names nobody.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import type { RequestOutput } from '../../../shared/contract/index.ts';
import { demo } from './demoCohort.ts';

const console = { role: 'console' } as const;
const DEMO_FILE = join(
  import.meta.dirname,
  '../../../build/demo/Demo — Product leads circle.cohort',
);
let folder: string;
let first: CoreHost;
let second: CoreHost;
let demoId: string;

const value = <T>(
  result: { ok: true; value: unknown } | { ok: false; error: { message: string } },
) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'fc-cohort-transfer-'));
  const host = (name: string, demoCohortFile?: string) =>
    createCoreHost({
      dataFolder: join(folder, name),
      userDataFolder: join(folder, `${name}-user`),
      hostKind: 'browser',
      version: 'test',
      ...(demoCohortFile ? { demoCohortFile } : {}),
    });
  first = await host('first', DEMO_FILE);
  second = await host('second');
  const library = value<RequestOutput<'library.list'>>(
    await first.router('library.list', {}, console),
  );
  demoId = library.cohorts[0]!.id;
});

afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  rmSync(folder, { recursive: true, force: true });
});

/** The cohort without what is the library's own: its id and the store's handle for its file. */
const content = ({ id: _id, ...rest }: Cohort) => rest;

describe('a cohort exported and imported', () => {
  it('arrives in another library with nothing lost', async () => {
    const file = value<RequestOutput<'cohort.export'>>(
      await first.router('cohort.export', { cohortId: demoId }, console),
    );
    expect(file.fileName).toBe(`${demo.name}.cohort`);
    const listing = value<RequestOutput<'library.import'>>(
      await second.router('library.import', { text: file.text }, console),
    );
    const imported = value<Cohort>(
      await second.router('cohort.get', { cohortId: listing.id }, console),
    );
    const original = value<Cohort>(await first.router('cohort.get', { cohortId: demoId }, console));
    expect(content(imported)).toEqual(content(original));
  });

  it('arrives beside itself in the same library as a cohort of its own', async () => {
    const file = value<RequestOutput<'cohort.export'>>(
      await first.router('cohort.export', { cohortId: demoId }, console),
    );
    const listing = value<RequestOutput<'library.import'>>(
      await first.router('library.import', { text: file.text }, console),
    );
    expect(listing.id).not.toBe(demoId);
    const library = value<RequestOutput<'library.list'>>(
      await first.router('library.list', {}, console),
    );
    const files = library.cohorts.map((c) => c.fileName);
    expect(new Set(files).size).toBe(files.length);
    expect(library.cohorts.length).toBe(2);
    const both = await Promise.all(
      library.cohorts.map(async (c) =>
        content(value<Cohort>(await first.router('cohort.get', { cohortId: c.id }, console))),
      ),
    );
    expect(both[0]).toEqual(both[1]);
    // The two are separate files: a change to one leaves the other as it was.
    await first.router('cohort.update', { cohortId: listing.id, name: 'Renamed copy' }, console);
    const original = value<Cohort>(await first.router('cohort.get', { cohortId: demoId }, console));
    expect(original.name).toBe(demo.name);
  });

  it('as an anonymised copy names no member or guest', async () => {
    const file = value<RequestOutput<'cohort.export'>>(
      await first.router('cohort.export', { cohortId: demoId, anonymised: true }, console),
    );
    expect(file.fileName).toBe(`${demo.name} (anonymised).cohort`);
    for (const session of demo.sessions)
      for (const attendee of session.attendance) expect(file.text).not.toContain(attendee.name);
    value(await second.router('library.import', { text: file.text }, console));
  });

  it('refuses, in words, a file that is not a cohort', async () => {
    expect(await second.router('library.import', { text: '{"hello": 1}' }, console)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^That file is not a cohort: /),
      },
    });
  });
});
