/**
 * Replaces a file so that, whatever happens, it holds either the old or the new text in full:
 * write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { StoreFs } from './fsFacade.ts';

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
