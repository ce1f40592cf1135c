/**
 * What the rest of the host needs from the cohort store. The store is the only code that touches
 * cohort files (and the only importer of lowdb for them); everything else goes through this interface.
 */
import type { Cohort } from '../../../shared/cohort/schema.ts';
import type { CohortListing, Library, SaveStatus } from '../../../shared/contract/index.ts';
import type {
  BackupSummary,
  LibraryFolderInfo,
  RecentCohort,
} from '../../../shared/contract/library.ts';
import type { SeedResult } from './seedFolder.ts';

export interface CohortStore {
  /** The library folder the home screen lists (the settings' override, or the default). */
  readonly folder: string;
  /** Every cohort in the library folder plus files opened from elsewhere; damaged files as errors. */
  list(): Promise<Library>;
  /** Creates a new `.cohort` file in the library folder and writes it before resolving. */
  create(name: string): Promise<CohortListing>;
  /**
   * Makes a `.cohort` file from anywhere known to the store (open dialog, drag and drop, OS file
   * association) and puts it first in the recent files. A damaged file is an error listing.
   * Throws RequestError not-found when there is no such file.
   */
  open(path: string): Promise<CohortListing>;
  /**
   * Copies a cohort file (the demo) into the library folder when the folder is empty; never over
   * a file. Says why not when it does not.
   */
  seedFrom(sourceFile: string): Promise<SeedResult>;
  /** Files opened recently, newest first, including ones no longer available. */
  recent(): Promise<RecentCohort[]>;
  /** Which library folder this run uses and why (`--data`, the saved setting, the default). */
  folderInfo(): LibraryFolderInfo;
  /**
   * Uses another library folder from now on and saves it in the app settings (for starts without
   * `--data`). A missing folder is created unless `create` is false, then it is RequestError
   * not-found; a file, or a folder that cannot be read, is refused in words.
   */
  setFolder(folder: string, options?: { create?: boolean }): Promise<Library>;
  /** The cohort as held in memory (loaded on first use). Throws RequestError not-found / file-error. */
  read(cohortId: string): Promise<Cohort>;
  /**
   * Applies a change to the in-memory cohort, appends it to the file's journal and schedules a
   * coalesced write; resolves with the mutator's result once the journal entry is fsynced (the
   * change survives a crash from then on). If it cannot be made durable, rejects with
   * RequestError('file-error') in words; the change is then kept in memory and saved with the next
   * write that works. A read-only file refuses with RequestError('rejected'). The mutator gets a draft it may
   * change in place; if it throws, nothing changes. A change that would make the file invalid is
   * refused with RequestError('rejected').
   */
  update<T>(cohortId: string, mutate: (draft: Cohort) => T): Promise<T>;
  /**
   * Backs up the cohort file as it is now, before a live session starts, and keeps that backup
   * (whatever the rotation) until `releaseSessionBackup` for the same session. Resolves with the
   * backup's id (undefined when there is no file on disk yet).
   */
  backupBeforeSession(cohortId: string, sessionId: string): Promise<string | undefined>;
  /** The session has ended: its backup rotates like any other from now on. */
  releaseSessionBackup(cohortId: string, sessionId: string): Promise<void>;
  /** True when the cohort file opens read-only (no write permission): edits are refused in words. */
  isReadOnly(cohortId: string): Promise<boolean>;
  /** Backups of one cohort file, newest first. */
  listBackups(cohortId: string): Promise<BackupSummary[]>;
  /** Replaces the cohort with one of its backups, after backing up the current version. */
  restoreBackup(cohortId: string, backupId: string): Promise<CohortListing>;
  /** Writes the cohort as it is in memory to a new file elsewhere ("Save a copy elsewhere"). */
  saveCopyAs(cohortId: string, path: string): Promise<CohortListing>;
  /** The file behind an id, for the Electron shell ("Show in folder"); undefined when unknown. */
  pathOf(cohortId: string): string | undefined;
  /**
   * True when the library folder is a plain directory: not a link, not a file, and there. The
   * shell opens only such a folder in the file manager ("Show Library Folder").
   */
  folderIsPlainDirectory(): Promise<boolean>;
  /** Writes everything pending now; resolves when every file is on disk (or has failed). */
  flush(): Promise<void>;
  /** Flushes and stops timers and watchers. */
  close(): Promise<void>;
  /**
   * Save states per cohort, with words while saves fail ('failed': the journal or the file cannot
   * be written; edits are kept and retried) — what the save indicator shows.
   */
  onSaveStatus(listener: (status: SaveStatus) => void): () => void;
  onLibraryChanged(listener: () => void): () => void;
  onCohortChanged(listener: (cohortId: string) => void): () => void;
}
