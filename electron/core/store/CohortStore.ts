/**
 * What the rest of the host needs from the cohort store. The store is the only code that touches
 * cohort files (and the only importer of lowdb); everything else goes through this interface.
 */
import type { Cohort } from '../../../shared/cohort/schema.ts';
import type { CohortListing, Library, SaveStatus } from '../../../shared/contract/index.ts';

export interface CohortStore {
  /** The library folder the home screen lists. */
  readonly folder: string;
  /** Every cohort in the library folder plus files opened from elsewhere; damaged files as errors. */
  list(): Promise<Library>;
  /** Creates a new `.cohort` file in the library folder and writes it before resolving. */
  create(name: string): Promise<CohortListing>;
  /** The cohort as held in memory (loaded on first use). Throws RequestError not-found / file-error. */
  read(cohortId: string): Promise<Cohort>;
  /**
   * Applies a change to the in-memory cohort and schedules a coalesced write; resolves with the
   * mutator's result once the change is applied (not yet written). The mutator gets a draft it may
   * change in place; if it throws, nothing changes.
   */
  update<T>(cohortId: string, mutate: (draft: Cohort) => T): Promise<T>;
  /** Writes everything pending now; resolves when every file is on disk (or has failed). */
  flush(): Promise<void>;
  /** Flushes and stops timers and watchers. */
  close(): Promise<void>;
  onSaveStatus(listener: (status: SaveStatus) => void): () => void;
  onLibraryChanged(listener: () => void): () => void;
  onCohortChanged(listener: (cohortId: string) => void): () => void;
}
