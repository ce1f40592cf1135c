/**
 * One cohort file held open: its data in memory (a lowdb instance over CohortFileAdapter), the
 * edits not yet on disk, and the coalesced, retried writing of them. The store keeps one per path.
 */
import { Low } from 'lowdb';
import { settleTouchedParts } from '../../../shared/cohort/validateParts.ts';
import { CURRENT_SCHEMA_VERSION, type Cohort } from '../../../shared/cohort/schema.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { SaveStatus } from '../../../shared/contract/index.ts';
import { CohortFileAdapter, CohortFileProblem, serialiseCohort } from './CohortFileAdapter.ts';
import { applyDraft } from './draft.ts';
import type { StoreFs } from './fsFacade.ts';
import { describeWriteError } from './writeErrors.ts';
import { basename } from 'node:path';
import { decodeCohortValue } from '../../../shared/cohort/decode.ts';
import { applyOps, Journal, opsFor, type JournalOp } from './journal.ts';

export interface WriteDecision {
  /** True when this write must not happen (the edits went elsewhere, e.g. a conflicted copy). */
  skip: boolean;
  /** Said with the 'saved' status, e.g. that a file removed elsewhere was written again. */
  message?: string;
}

export interface WriteHooks {
  /** Before each write: may back up the file on disk, or decide the write must not happen. */
  beforeWrite(file: CohortFile): Promise<WriteDecision>;
  /** After a successful write (never fails it). */
  afterWrite(file: CohortFile): Promise<void> | void;
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
  readonly journal: Journal;
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
  /** Journal entries up to this mark are in the file on disk. */
  #writtenThrough = 0;
  /** Set when the file on disk must be backed up before the next write (it was migrated). */
  needsBackup = false;

  constructor(options: CohortFileOptions) {
    this.#options = options;
    this.id = options.id;
    this.path = options.path;
    this.adapter = new CohortFileAdapter(options.fs, options.path);
    this.journal = new Journal(options.fs, options.path);
    this.#db = new Low<Cohort>(this.adapter, {} as Cohort);
  }

  get fileName() {
    return basename(this.path);
  }
  get loaded() {
    return this.#loaded;
  }
  /** True when the file on disk must not be written (as last read): it opens read-only. */
  get readOnly() {
    return this.adapter.fingerprint?.writable === false;
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
      .then(async () => {
        // A migrated file is written in the new format with the next edit, after a backup.
        this.needsBackup = this.adapter.fromVersion < CURRENT_SCHEMA_VERSION;
        if (!this.readOnly) await this.#replayJournal();
        this.#loaded = true;
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

  /**
   * Applies the journal's entries (changes acknowledged but not yet in the file) to what was read.
   * The result must be a valid cohort; if not, the journal is kept aside and never applied.
   */
  async #replayJournal(): Promise<void> {
    const entries = await this.journal.read();
    if (entries.length === 0) return;
    let doc: unknown = structuredClone(this.#db.data);
    for (const ops of entries) doc = applyOps(doc, ops);
    const decoded = decodeCohortValue(doc);
    if (decoded.ok) {
      this.#db.data = decoded.cohort;
      this.#markDirty();
      return;
    }
    const aside = await this.journal.setAside().catch(() => this.journal.path);
    this.#status(
      'conflict',
      `Changes made to ${this.fileName} just before the app stopped could not be applied (${decoded.problem}); they are kept in ${basename(aside)}.`,
    );
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

  /** Replaces the data in memory with `cohort` and schedules a write; resolves once durable. */
  replace(cohort: Cohort): Promise<void> {
    this.#db.data = cohort;
    this.#loaded = true;
    this.#markDirty();
    return this.#makeDurable([[[], cohort]]);
  }

  async update<T>(mutate: (draft: Cohort) => T): Promise<T> {
    const cohort = await this.load();
    if (this.#closed) throw new RequestError('rejected', 'The cohort store is closed.');
    if (this.readOnly) {
      throw new RequestError(
        'rejected',
        `${this.fileName} is read-only, so it is not changed here. Save a copy elsewhere to edit it.`,
      );
    }
    const outcome = applyDraft(cohort, mutate);
    if (outcome.touched.length === 0) return outcome.result;
    const problem = settleTouchedParts(cohort, outcome.touched);
    if (problem) {
      outcome.undo();
      throw new RequestError('rejected', `That change was not made: ${problem}.`);
    }
    const ops = opsFor(cohort, outcome.touched);
    this.#markDirty();
    await this.#makeDurable(ops);
    return outcome.result;
  }

  /**
   * Resolves once a change is on disk: in the journal, or (when the journal cannot be written) in
   * a whole-file write. If neither works the change stays in memory, is saved with the next write
   * that works, and the request is told in words that it is not saved yet.
   */
  async #makeDurable(ops: JournalOp[]): Promise<void> {
    const appended = this.journal.append(ops);
    const mark = this.journal.accepted;
    try {
      await appended;
      return;
    } catch (error) {
      this.#status('failed', describeWriteError(this.fileName, error));
      await this.flush();
      if (this.#writtenThrough >= mark) return;
      throw new RequestError(
        'file-error',
        `${describeWriteError(this.fileName, error)} The change is kept and is saved with the next write that works.`,
      );
    }
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
    const before = this.journal.accepted;
    try {
      const decision = await this.#options.hooks.beforeWrite(this);
      if (decision.skip) {
        // The edits went to a conflicted copy: they must not be replayed onto this file.
        void this.journal.dropThrough(before);
        return;
      }
      // Everything handed to the journal until now is in the text this write serialises; the
      // file goes into place once the journal has all of it (never ahead of the journal).
      const text = serialiseCohort(this.#db.data);
      const mark = this.journal.accepted;
      await this.journal.settledThrough(mark);
      await this.adapter.writeText(text);
      this.#writtenThrough = mark;
      void this.journal.dropThrough(mark);
      this.#failures = 0;
      await this.#options.hooks.afterWrite(this);
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
    await this.journal.idle();
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
