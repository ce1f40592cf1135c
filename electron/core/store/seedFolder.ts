/**
 * Puts a first cohort file into an empty library folder (the demo cohort on a first run). It lives
 * in the store because the store is the only code that touches cohort files; the copy never
 * replaces a file of the same name, and a folder with anything real in it is left alone.
 */
import { basename, join } from 'node:path';
import { isErrno, nodeFs, type StoreFs } from './fsFacade.ts';

export type SeedResult = { seeded: true; file: string } | { seeded: false; reason: string };

/** Files an OS drops into folders by itself; they do not make a library "not empty". */
const OS_CLUTTER = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.directory']);

/** True when a folder's entries are only OS clutter (or there are none). */
export const isEmptyLibrary = (entries: readonly string[]): boolean =>
  entries.every((name) => OS_CLUTTER.has(name.toLowerCase()));

/**
 * Copies `sourceFile` into `folder`, keeping its file name, if the folder is missing or empty.
 * A missing source or a file already there is a reason, not an error.
 */
export async function seedFolder(
  folder: string,
  sourceFile: string,
  fs: StoreFs = nodeFs,
): Promise<SeedResult> {
  await fs.mkdir(folder);
  if (!isEmptyLibrary(await fs.readdir(folder)))
    return { seeded: false, reason: 'The library folder is not empty.' };
  const target = join(folder, basename(sourceFile));
  try {
    await fs.copyFile(sourceFile, target);
  } catch (error) {
    if (isErrno(error, 'ENOENT'))
      return { seeded: false, reason: `The demo cohort is missing: ${sourceFile}` };
    if (isErrno(error, 'EEXIST'))
      return { seeded: false, reason: 'The demo cohort is already there.' };
    throw error;
  }
  return { seeded: true, file: target };
}
