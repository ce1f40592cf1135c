import { describe, expect, it, vi } from 'vitest';
import type { CohortListing } from '../../../shared/contract/library.ts';
import { RequestError } from '../../../shared/contract/result.ts';
import { openCohortFiles } from '../../../electron/main/openFiles.ts';

const listing = (path: string): CohortListing => ({
  status: 'ok',
  id: `id:${path}`,
  name: path,
  fileName: path,
  members: 0,
  sessions: 0,
  openCommitments: 0,
  modifiedAt: '2026-11-24T10:00:00.000Z',
});

describe('openCohortFiles', () => {
  it('opens each cohort file once and names every one it could not open', async () => {
    const open = vi.fn(async (path: string) => {
      if (path.includes('missing'))
        throw new RequestError('not-found', 'There is no such file any more.');
      return listing(path);
    });
    const result = await openCohortFiles(
      ['/a/Leads.cohort', '/a/Leads.cohort', '/b/notes.txt', '/c/missing.cohort'],
      open,
    );
    expect(open).toHaveBeenCalledTimes(2);
    expect(result.opened.map((item) => item.id)).toEqual(['id:/a/Leads.cohort']);
    expect(result.problems).toEqual([
      {
        fileName: 'notes.txt',
        problem: 'is not a cohort file (its name does not end in .cohort).',
      },
      { fileName: 'missing.cohort', problem: 'There is no such file any more.' },
    ]);
  });
});
