/**
 * What happens just before a cohort file is written: notice whether someone else changed it since
 * we last read or wrote it (keep both versions if so), and back up the version on disk when due.
 */
import { basename, dirname } from 'node:path';
import { createUnique } from './atomicWrite.ts';
import { sameStat, serialiseCohort } from './CohortFileAdapter.ts';
import type { CohortFile, WriteDecision } from './CohortFile.ts';
import type { Backups } from './backups.ts';
import { stemOf } from './fileNames.ts';
import { isErrno, type FileStat, type StoreFs } from './fsFacade.ts';

export interface WriteGuardContext {
  fs: StoreFs;
  backups: Backups;
  now: () => Date;
  /** Our edits were written to `copyPath` because the file had changed elsewhere. */
  onConflict(file: CohortFile, copyPath: string): void;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localStamp = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}-${pad(date.getMinutes())}`;

/** Writes "Leadership circle (conflicted copy 2026-11-24 14-05).cohort", a new file, never over one. */
export function writeConflictedCopy(fs: StoreFs, path: string, at: Date, text: string) {
  return createUnique(
    fs,
    dirname(path),
    `${stemOf(path)} (conflicted copy ${localStamp(at)})`,
    text,
  );
}

async function statOrUndefined(fs: StoreFs, path: string): Promise<FileStat | undefined> {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

export async function guardWrite(
  file: CohortFile,
  context: WriteGuardContext,
): Promise<WriteDecision> {
  const { fs, backups } = context;
  const known = file.adapter.fingerprint;
  const stat = await statOrUndefined(fs, file.path);
  if (!stat) {
    // Removed or moved elsewhere while open: the edits are written again at the same place.
    // (If the folder itself is gone, the write fails and is retried.)
    return {
      skip: false,
      message: `${basename(file.path)} had been removed elsewhere; it was saved again.`,
    };
  }
  if (stat.writable === false) {
    // Never replaced by a writable copy: the edits stay in memory and in the journal.
    throw Object.assign(new Error(`${basename(file.path)} has become read-only`), {
      code: 'EACCES',
    });
  }
  if (known && !sameStat(known, stat)) {
    const theirs = await file.adapter.readRaw();
    if (theirs.text !== known.text) {
      const copyPath = await writeConflictedCopy(
        fs,
        file.path,
        context.now(),
        serialiseCohort(file.data),
      );
      file.discardEdits();
      await file.reload().catch(() => undefined);
      context.onConflict(file, copyPath);
      return { skip: true };
    }
    file.adapter.fingerprint = theirs; // Touched, not changed.
  }
  if (file.needsBackup || (await backups.due(file.path))) {
    await backups.backup(file.path);
    file.needsBackup = false;
  }
  return { skip: false };
}
