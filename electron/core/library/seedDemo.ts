/**
 * First run: a library folder with nothing in it gets a copy of the demo cohort, so the facilitator
 * meets a real cohort (members, charter, past sessions) instead of an empty screen. Used by both
 * hosts. Never overwrites: the copy fails rather than replace a file of the same name.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

export type SeedResult = { seeded: true; file: string } | { seeded: false; reason: string };

/** Files an OS drops into folders by itself; they do not make a library "not empty". */
const OS_CLUTTER = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.directory']);

/** True when a folder's entries are only OS clutter (or there are none). */
export const isEmptyLibrary = (entries: readonly string[]): boolean =>
  entries.every((name) => OS_CLUTTER.has(name.toLowerCase()));

/**
 * Copies `demoFile` into `folder` if the folder is missing or empty. The demo keeps its file name
 * ("Demo — Product leads circle.cohort").
 */
export async function seedDemoCohort(folder: string, demoFile: string): Promise<SeedResult> {
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder);
  if (!isEmptyLibrary(entries))
    return { seeded: false, reason: 'The library folder is not empty.' };
  const target = join(folder, basename(demoFile));
  try {
    await copyFile(demoFile, target, constants.COPYFILE_EXCL);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { seeded: false, reason: `The demo cohort is missing: ${demoFile}` };
    if (code === 'EEXIST') return { seeded: false, reason: 'The demo cohort is already there.' };
    throw error;
  }
  return { seeded: true, file: target };
}

/** The demo cohort's file name, as shipped in build/demo/ and in the packaged app's resources. */
export const DEMO_COHORT_FILE_NAME = 'Demo — Product leads circle.cohort';
