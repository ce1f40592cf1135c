/**
 * The journal beside a cohort file: every accepted change is appended here, and fsynced, before the
 * request that made it is answered, so a SIGKILL or power cut between coalesced whole-file writes
 * loses nothing that was acknowledged. Appends are group-committed: changes that arrive while one
 * fsync runs share the next. A whole-file write is renamed into place only once every entry it
 * holds is in the journal; after that, those entries are dropped. On open the entries are replayed onto the file, in order.
 *
 * Format: `.<file name>.journal`, UTF-8, one entry per line:
 *   `<byte length of json> <first 16 hex of sha256(json)> <json>\n`
 * where json is `{"ops":[[path, value] | [path], ...]}`: each op sets the location `path` (keys and
 * array indexes from the document root; [] is the whole document) to `value`, or deletes it when
 * there is no value. An op holds the location's value after the change, not a difference, so
 * replaying an entry twice, or onto a file that already holds it, gives the same document. A line
 * whose length or checksum does not match (a torn last write) ends the journal: it and anything
 * after it are ignored.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { writeAtomic } from './atomicWrite.ts';
import { isErrno, type StoreFs } from './fsFacade.ts';

export type JournalPath = (string | number)[];
/** [path, value] sets the location; [path] deletes it. */
export type JournalOp = [JournalPath, unknown] | [JournalPath];

export const journalPathFor = (path: string) => join(dirname(path), `.${basename(path)}.journal`);

const checksum = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

/** One journal line for a change made of `ops`. */
export function encodeEntry(ops: JournalOp[]): string {
  const json = JSON.stringify({ ops });
  return `${Buffer.byteLength(json)} ${checksum(json)} ${json}\n`;
}

/** The entries of a journal's text, in order, up to the first line that is not whole. */
export function decodeJournal(text: string): { lines: string[]; entries: JournalOp[][] } {
  const lines: string[] = [];
  const entries: JournalOp[][] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) break; // torn: the last line never got its newline
    const line = text.slice(start, end);
    const match = /^(\d+) ([0-9a-f]{16}) (.*)$/s.exec(line);
    if (!match) break;
    const [, length, sum, json] = match as unknown as [string, string, string, string];
    if (Buffer.byteLength(json) !== Number(length) || checksum(json) !== sum) break;
    let ops: unknown;
    try {
      ops = (JSON.parse(json) as { ops?: unknown }).ops;
    } catch {
      break;
    }
    if (!Array.isArray(ops)) break;
    lines.push(`${line}\n`);
    entries.push(ops as JournalOp[]);
    start = end + 1;
  }
  return { lines, entries };
}

const isContainer = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The ops that record a change: for each location written (pruned to the outermost ones), its
 * value in `root` now. A location whose parent no longer exists is left out: an op on an ancestor
 * (the array shrinking, the object replaced) already says what is there.
 */
export function opsFor(
  root: unknown,
  touched: readonly (readonly (string | number)[])[],
): JournalOp[] {
  const unique = new Map<string, JournalPath>();
  for (const path of touched) unique.set(JSON.stringify(path), [...path]);
  const paths = [...unique.values()].sort((a, b) => a.length - b.length);
  const kept = new Set<string>();
  const ops: JournalOp[] = [];
  for (const path of paths) {
    let covered = false;
    for (let n = 0; n < path.length && !covered; n += 1)
      covered = kept.has(JSON.stringify(path.slice(0, n)));
    if (covered) continue;
    kept.add(JSON.stringify(path));
    let parent: unknown = root;
    for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined;
    if (path.length > 0 && !isContainer(parent)) continue;
    const key = path.at(-1);
    const value = key === undefined ? root : (parent as Record<string | number, unknown>)[key];
    const owned = key === undefined || Object.prototype.hasOwnProperty.call(parent as object, key);
    ops.push(owned && value !== undefined ? [path, value] : [path]);
  }
  return ops;
}

/** Applies one entry's ops to `root` in place and returns the (possibly replaced) root. */
export function applyOps(root: unknown, ops: readonly JournalOp[]): unknown {
  let out = root;
  for (const op of ops) {
    const [path] = op;
    if (!Array.isArray(path)) continue;
    if (path.length === 0) {
      if (op.length === 2) out = structuredClone(op[1]);
      continue;
    }
    let parent: unknown = out;
    for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined;
    if (!isContainer(parent)) continue; // replaced later in the journal
    const key = path.at(-1)!;
    if (op.length === 2) parent[key] = structuredClone(op[1]);
    else delete parent[key];
  }
  return out;
}

interface Waiting {
  n: number;
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class Journal {
  readonly path: string;
  readonly #fs: StoreFs;
  /** Lines on disk (or known durable in the journal), with their entry numbers. */
  #lines: { n: number; line: string }[] = [];
  #waiting: Waiting[] = [];
  /** Entries up to this number are in a cohort file that was renamed into place. */
  #dropThrough = 0;
  #accepted = 0;
  /** The last entry whose append was attempted (entries are appended in order). */
  #attempted = 0;
  #running: Promise<void> | undefined;
  /** The file on disk may hold a torn line (a failed append): write it whole before appending. */
  #rewrite = false;
  #dropRequested = false;
  /** Whether the journal file exists (a new one needs its folder fsynced). */
  #exists = false;

  constructor(fs: StoreFs, cohortPath: string) {
    this.#fs = fs;
    this.path = journalPathFor(cohortPath);
  }

  /** Entries handed to the journal so far (a mark for `dropThrough`). */
  get accepted() {
    return this.#accepted;
  }

  /** The entries on disk, for replay; they count as accepted. */
  async read(): Promise<JournalOp[][]> {
    let text: string;
    try {
      text = await this.#fs.readFile(this.path);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw error;
    }
    this.#exists = true;
    const { lines, entries } = decodeJournal(text);
    // A torn tail is cut off by writing the journal whole before the next append.
    this.#rewrite = lines.join('') !== text;
    this.#lines = lines.map((line) => ({ n: ++this.#accepted, line }));
    this.#attempted = this.#accepted;
    return entries;
  }

  /** Moves an unusable journal aside (kept, never replayed again) and starts afresh. */
  async setAside(): Promise<string> {
    const aside = `${this.path}.unreadable-${Date.now()}`;
    await this.#fs.rename(this.path, aside);
    this.#lines = [];
    this.#exists = false;
    this.#rewrite = false;
    return aside;
  }

  /** Appends one entry; resolves once it is fsynced (or in a cohort file renamed into place). */
  append(ops: JournalOp[]): Promise<void> {
    const n = ++this.#accepted;
    const line = encodeEntry(ops);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ n, line, resolve, reject });
      this.#kick();
    });
  }

  /** Drops the entries up to `mark`: a cohort file holding them has been renamed into place. */
  dropThrough(mark: number): Promise<void> {
    this.#dropThrough = Math.max(this.#dropThrough, mark);
    this.#dropRequested = true;
    return this.#kick();
  }

  /**
   * Resolves once every entry up to `mark` has been appended (or its append has failed). A cohort
   * file holding those entries is renamed into place only after this, so the journal on disk is
   * never behind the file: replaying it onto the file can only bring the file up to date.
   */
  async settledThrough(mark: number): Promise<void> {
    while (this.#attempted < Math.min(mark, this.#accepted)) await this.#kick();
  }

  /** Resolves when nothing is waiting or being written. */
  idle(): Promise<void> {
    return this.#running ?? Promise.resolve();
  }

  #kick(): Promise<void> {
    this.#running ??= this.#drain().finally(() => {
      this.#running = undefined;
      // Handed over after the loop's last look: start again rather than leave it waiting.
      if (this.#waiting.length > 0 || this.#dropRequested) void this.#kick();
    });
    return this.#running;
  }

  async #drain(): Promise<void> {
    for (;;) {
      // Every entry gets its line, even one a cohort file already holds: replaying the journal
      // from any line onward is only sound if every later entry is in it too.
      if (this.#waiting.length > 0) {
        const batch = this.#waiting;
        this.#waiting = [];
        try {
          await this.#appendBatch(batch);
          this.#attempted = batch.at(-1)!.n;
          for (const w of batch) w.resolve();
        } catch (error) {
          this.#attempted = batch.at(-1)!.n;
          // The file may now end in a torn line: the next write rewrites it whole. The failed
          // entries go in it too: their changes stay in memory (the store says they are not
          // saved yet), and entries after them may build on them (an array's new length).
          this.#rewrite = true;
          this.#lines.push(...batch.map(({ n, line }) => ({ n, line })));
          for (const w of batch) w.reject(error);
        }
        continue;
      }
      const drop = this.#dropRequested;
      this.#dropRequested = false;
      if (drop && (this.#lines.some((l) => l.n <= this.#dropThrough) || this.#rewrite)) {
        await this.#compact().catch(() => undefined);
        if (this.#waiting.length > 0) continue;
      }
      return;
    }
  }

  async #appendBatch(batch: Waiting[]) {
    const text = batch.map((w) => w.line).join('');
    if (this.#rewrite) {
      await writeAtomic(this.#fs, this.path, this.#lines.map((l) => l.line).join('') + text);
      this.#rewrite = false;
    } else {
      await this.#fs.appendFileDurable(this.path, text);
      if (!this.#exists) await this.#fs.fsyncDir(dirname(this.path));
    }
    this.#exists = true;
    this.#lines.push(...batch.map(({ n, line }) => ({ n, line })));
  }

  /** Rewrites the journal without the dropped entries (or removes it when none are left). */
  async #compact() {
    const left = this.#lines.filter((l) => l.n > this.#dropThrough);
    if (left.length === 0) {
      try {
        await this.#fs.unlink(this.path);
      } catch (error) {
        if (!isErrno(error, 'ENOENT')) throw error;
      }
      await this.#fs.fsyncDir(dirname(this.path));
      this.#exists = false;
    } else {
      await writeAtomic(this.#fs, this.path, left.map((l) => l.line).join(''));
      this.#exists = true;
    }
    this.#lines = left;
    this.#rewrite = false;
  }
}
