/**
 * Replaces a file so that, whatever happens, it holds either the old or the new text in full:
 * write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 * New files are created exclusively instead: never a rename over a file that exists.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { uniqueFileName } from './fileNames.ts';
import { isErrno, type StoreFs } from './fsFacade.ts';

/** Temp files start with a dot and end in `.tmp`, so the library never lists them. */
export const tempPathFor = (path: string) =>
  join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);

export const isTempFileOf = (fileName: string, path: string) =>
  fileName.startsWith(`.${basename(path)}.`) && fileName.endsWith('.tmp');

export async function writeAtomic(fs: StoreFs, path: string, text: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await fs.writeFileDurable(temp, text);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fs.fsyncDir(dirname(path));
}

/** Link-less file systems (FAT, some network shares) refuse a hard link with one of these. */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'];

/**
 * Creates `path` with `text`, never over an existing file (EEXIST if there is one): the text is
 * written and fsynced under a temp name, then given its real name with a hard link, which fails
 * rather than replace. Where hard links are not supported the file is created exclusively.
 */
export async function writeExclusive(fs: StoreFs, path: string, text: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await fs.writeFileDurable(temp, text);
    try {
      await fs.linkExclusive(temp, path);
    } catch (error) {
      if (!isErrno(error, ...NO_HARD_LINKS)) throw error;
      await fs.writeFileExclusive(path, text);
    }
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
  await fs.fsyncDir(dirname(path));
}

/**
 * Creates a new file named after `stem` in `folder` ("stem.cohort", "stem 2.cohort", ...): if
 * another create takes a name first, the next free one is tried. Resolves with the path.
 */
export async function createUnique(
  fs: StoreFs,
  folder: string,
  stem: string,
  text: string,
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const path = join(folder, uniqueFileName(stem, await fs.readdir(folder)));
    try {
      await writeExclusive(fs, path, text);
      return path;
    } catch (error) {
      if (!isErrno(error, 'EEXIST') || attempt >= 100) throw error;
    }
  }
}
