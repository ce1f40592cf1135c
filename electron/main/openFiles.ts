/**
 * Opening .cohort files handed to the shell (Open dialog, Open Recent, the OS, a second launch):
 * each is opened through the store, and each that cannot be is named with its problem in words.
 * Pure apart from the `open` passed in.
 */
import { basename } from 'node:path';
import type { CohortListing } from '../../shared/contract/library.ts';

export interface OpenedFiles {
  opened: CohortListing[];
  problems: { fileName: string; problem: string }[];
}

const COHORT = /\.cohort$/i;

export async function openCohortFiles(
  paths: readonly string[],
  open: (path: string) => Promise<CohortListing>,
): Promise<OpenedFiles> {
  const result: OpenedFiles = { opened: [], problems: [] };
  for (const path of new Set(paths)) {
    const fileName = basename(path);
    if (!COHORT.test(fileName)) {
      result.problems.push({
        fileName,
        problem: 'is not a cohort file (its name does not end in .cohort).',
      });
      continue;
    }
    try {
      result.opened.push(await open(path));
    } catch (error) {
      result.problems.push({
        fileName,
        problem: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return result;
}
