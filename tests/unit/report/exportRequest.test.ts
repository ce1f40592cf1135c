/**
 * `report.export` through the core's router on a library holding the demo cohort: each format comes
 * back as a named file the console can download or save, rendered by the core from the record.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';
import type { RequestOutput } from '../../../shared/contract/index.ts';
import { EXPORT_FORMATS } from '../../../shared/vocabulary/exportFormats.ts';
import { demo } from './demoCohort.ts';

const console = { role: 'console' } as const;
let core: CoreHost;
let folder: string;
let cohortId: string;
const session = demo.sessions.at(-1)!;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'fc-report-export-'));
  core = await createCoreHost({
    dataFolder: join(folder, 'library'),
    userDataFolder: join(folder, 'user'),
    hostKind: 'browser',
    version: 'test',
    demoCohortFile: join(
      import.meta.dirname,
      '../../../build/demo/Demo — Product leads circle.cohort',
    ),
  });
  const listed = await core.router('library.list', {}, console);
  if (!listed.ok) throw new Error(listed.error.message);
  const library = listed.value as RequestOutput<'library.list'>;
  cohortId = library.cohorts[0]!.id;
});

afterAll(async () => {
  await core.close();
  rmSync(folder, { recursive: true, force: true });
});

const exported = async (format: string, sessionId = session.id) =>
  core.router('report.export', { cohortId, sessionId, format }, console);

describe('report.export', () => {
  it.each(EXPORT_FORMATS)(
    'gives the %s as a file named for the cohort, the date and the session',
    async (format) => {
      const result = await exported(format);
      if (!result.ok) throw new Error(result.error.message);
      const file = result.value as RequestOutput<'report.export'>;
      expect(file.fileName.startsWith(`${demo.name} — ${session.date} — ${session.title} — `)).toBe(
        true,
      );
      // The timings hold the agenda; every other format the action plan (HTML escapes quotes).
      const expected =
        format === 'timings-csv' ? session.agenda[0]!.title : session.commitments[0]!.text;
      expect(file.text).toContain(expected.split("'")[0]);
    },
  );

  it('names the action plan as a facilitator would look for it', async () => {
    const result = await exported('commitments-csv');
    expect(result.ok && (result.value as { fileName: string }).fileName).toBe(
      `${demo.name} — ${session.date} — ${session.title} — action plan.csv`,
    );
  });

  it('answers in words for a session the cohort does not have, and for a format it does not know', async () => {
    expect(await exported('markdown', 'no-such-session')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await exported('pdf')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('is not for the presenter: the room never gets the notes', async () => {
    const result = await core.router(
      'report.export',
      { cohortId, sessionId: session.id, format: 'markdown' },
      { role: 'presenter' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
