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
   * Applies a change to the in-memory cohort and schedules a coalesced write; resolves with the
   * mutator's result once the change is applied (not yet written). The mutator gets a draft it may
   * change in place; if it throws, nothing changes. A change that would make the file invalid is
   * refused with RequestError('rejected').
   */
  update<T>(cohortId: string, mutate: (draft: Cohort) => T): Promise<T>;
  /** Backups of one cohort file, newest first. */
  listBackups(cohortId: string): Promise<BackupSummary[]>;
  /** Replaces the cohort with one of its backups, after backing up the current version. */
  restoreBackup(cohortId: string, backupId: string): Promise<CohortListing>;
  /** Writes the cohort as it is in memory to a new file elsewhere ("Save a copy elsewhere"). */
  saveCopyAs(cohortId: string, path: string): Promise<CohortListing>;
  /** The file behind an id, for the Electron shell ("Show in folder"); undefined when unknown. */
  pathOf(cohortId: string): string | undefined;
  /** Writes everything pending now; resolves when every file is on disk (or has failed). */
  flush(): Promise<void>;
  /** Flushes and stops timers and watchers. */
  close(): Promise<void>;
  onSaveStatus(listener: (status: SaveStatus) => void): () => void;
  onLibraryChanged(listener: () => void): () => void;
  onCohortChanged(listener: (cohortId: string) => void): () => void;
}
