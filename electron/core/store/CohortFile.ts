/**
 * One cohort file held open: its data in memory (a lowdb instance over CohortFileAdapter), the
 * edits not yet on disk, and the coalesced, retried writing of them. The store keeps one per path.
 */
import { Low } from 'lowdb';
import { settleTouchedParts } from '../../../shared/cohort/validateParts.ts';
import { CURRENT_SCHEMA_VERSION, type Cohort } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { SaveStatus } from '../../../shared/contract/index.ts';
import { CohortFileAdapter, CohortFileProblem } from './CohortFileAdapter.ts';
import { applyDraft } from './draft.ts';
import type { StoreFs } from './fsFacade.ts';
import { describeWriteError } from './writeErrors.ts';
import { basename } from 'node:path';

export interface WriteDecision {
  /** True when this write must not happen (the edits went elsewhere, e.g. a conflicted copy). */
  skip: boolean;
  /** Said with the 'saved' status, e.g. that a file removed elsewhere was written again. */
  message?: string;
}

export interface WriteHooks {
  /** Before each write: may back up the file on disk, or decide the write must not happen. */
  beforeWrite(file: CohortFile): Promise<WriteDecision>;
  /** After a successful write. */
  afterWrite(file: CohortFile): void;
}

export interface CohortFileOptions {
  fs: StoreFs;
  path: string;
  id: string;
  /** How long a burst of edits is gathered before one write. */
  coalesceMs: number;
  /** Delays between retries of a failed write; the last one repeats. */
  retryDelaysMs: readonly number[];
  emitStatus: (status: SaveStatus) => void;
  hooks: WriteHooks;
}

export class CohortFile {
  readonly id: string;
  readonly path: string;
  readonly adapter: CohortFileAdapter;
  readonly #options: CohortFileOptions;
  readonly #db: Low<Cohort>;
  #loading: Promise<Cohort> | undefined;
  #loaded = false;
  /** Edits in memory that no write has started to carry yet. */
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> | undefined;
  #failures = 0;
  #lastState: SaveStatus['state'] | undefined;
  #closed = false;
  /** Successful writes since the last backup, for the every-N backups. */
  writesSinceBackup = 0;
  /** Set when the file on disk must be backed up before the next write (it was migrated). */
  needsBackup = false;

  constructor(options: CohortFileOptions) {
    this.#options = options;
    this.id = options.id;
    this.path = options.path;
    this.adapter = new CohortFileAdapter(options.fs, options.path);
    this.#db = new Low<Cohort>(this.adapter, {} as Cohort);
  }

  get fileName() {
    return basename(this.path);
  }
  get loaded() {
    return this.#loaded;
  }
  /** True while some edit is not yet on disk. */
  get hasUnsavedEdits() {
    return this.#dirty || this.#writing !== undefined;
  }
  /** The data in memory; only valid once loaded. */
  get data(): Cohort {
    return this.#db.data;
  }

  /** Loads the file once; a damaged file throws RequestError('file-error') and is tried again next time. */
  load(): Promise<Cohort> {
    if (this.#loaded) return Promise.resolve(this.#db.data);
    this.#loading ??= this.#db
      .read()
      .then(() => {
        this.#loaded = true;
        // A migrated file is written in the new format with the next edit, after a backup.
        this.needsBackup = this.adapter.fromVersion < CURRENT_SCHEMA_VERSION;
        return this.#db.data;
      })
      .catch((error: unknown) => {
        throw toRequestError(this.fileName, error);
      })
      .finally(() => {
        this.#loading = undefined;
      });
    return this.#loading;
  }

  /** Replaces the data in memory with what is on disk now (someone else changed it). */
  async reload(): Promise<void> {
    try {
      await this.#db.read();
      this.#loaded = true;
      this.needsBackup = this.adapter.fromVersion < CURRENT_SCHEMA_VERSION;
    } catch (error) {
      this.#loaded = false;
      throw error;
    }
  }

  /** Forgets edits not yet written (they were saved elsewhere, e.g. in a conflicted copy). */
  discardEdits() {
    this.#dirty = false;
  }

  /** Replaces the data in memory with `cohort` and schedules a write. */
  replace(cohort: Cohort) {
    this.#db.data = cohort;
    this.#loaded = true;
    this.#markDirty();
  }

  async update<T>(mutate: (draft: Cohort) => T): Promise<T> {
    const cohort = await this.load();
    if (this.#closed) throw new RequestError('rejected', 'The cohort store is closed.');
    const outcome = applyDraft(cohort, mutate);
    if (outcome.touched.length === 0) return outcome.result;
    const problem = settleTouchedParts(cohort, outcome.touched);
    if (problem) {
      outcome.undo();
      throw new RequestError('rejected', `That change was not made: ${problem}.`);
    }
    this.#markDirty();
    return outcome.result;
  }

  #markDirty() {
    // Say "saving" as soon as there is something unsaved, not only when the write starts, so
    // the indicator never claims "saved" while an edit waits for its coalesced write.
    if (!this.#dirty && !this.#writing) this.#status('saving');
    this.#dirty = true;
    this.#schedule(this.#options.coalesceMs);
  }

  #schedule(delay: number) {
    if (this.#timer || this.#writing || this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#writeNow();
    }, delay);
  }

  /** Starts a write of everything in memory, unless one is running (it reschedules when done). */
  #writeNow(): Promise<void> {
    if (this.#writing) return this.#writing;
    if (!this.#dirty) return Promise.resolve();
    this.#dirty = false;
    this.#writing = this.#write().finally(() => {
      this.#writing = undefined;
      if (this.#dirty)
        this.#schedule(this.#failures > 0 ? this.#retryDelay() : this.#options.coalesceMs);
    });
    return this.#writing;
  }

  #retryDelay() {
    const delays = this.#options.retryDelaysMs;
    return delays[Math.min(this.#failures - 1, delays.length - 1)] ?? 1000;
  }

  async #write(): Promise<void> {
    if (this.#lastState !== 'saving') this.#status('saving');
    try {
      const decision = await this.#options.hooks.beforeWrite(this);
      if (decision.skip) return;
      await this.#db.write();
      this.writesSinceBackup += 1;
      this.#failures = 0;
      this.#options.hooks.afterWrite(this);
      this.#status('saved', decision.message);
    } catch (error) {
      this.#dirty = true;
      this.#failures += 1;
      this.#status('failed', describeWriteError(this.fileName, error, this.#retryDelay()));
    }
  }

  status(state: SaveStatus['state'], message?: string) {
    this.#status(state, message);
  }

  #status(state: SaveStatus['state'], message?: string) {
    this.#lastState = state;
    const status: SaveStatus = { cohortId: this.id, state, at: new Date().toISOString() };
    if (message) status.message = message;
    this.#options.emitStatus(status);
  }

  /** Writes everything pending now; resolves when it is on disk or the attempt has failed. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    if (this.#writing) await this.#writing;
    if (this.#dirty) {
      if (this.#timer) {
        clearTimeout(this.#timer);
        this.#timer = undefined;
      }
      await this.#writeNow();
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

export function toRequestError(fileName: string, error: unknown): RequestError {
  if (error instanceof RequestError) return error;
  if (error instanceof CohortFileProblem) {
    return new RequestError('file-error', `${fileName} cannot be opened: ${error.message}.`);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new RequestError('not-found', `${fileName} is no longer there.`);
  return new RequestError(
    'file-error',
    `${fileName} cannot be read (${error instanceof Error ? error.message : String(error)}).`,
  );
}
