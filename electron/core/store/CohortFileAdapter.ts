/**
 * The lowdb adapter for one `.cohort` file: reads and decodes (migrating and validating), writes
 * atomically and pretty-printed, and remembers what the file looked like when we last read or wrote
 * it so that changes made elsewhere can be told apart from our own.
 */
import type { Adapter } from 'lowdb';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { writeAtomic } from './atomicWrite.ts';
import { isErrno, type FileStat, type StoreFs } from './fsFacade.ts';

/** Larger than any real cohort (a 300-session cohort is ~10 MB): refused rather than read. */
export const MAX_COHORT_BYTES = 256 * 1024 * 1024;

/** Why a path cannot be read as a cohort file without reading it, or undefined when it can. */
export function unreadableReason(stat: FileStat): string | undefined {
  if (stat.kind === 'directory') return 'it is a folder, not a cohort file';
  if (stat.kind === 'other')
    return 'it is not a regular file (a pipe, a device or a socket), so it is not read';
  if (stat.size > MAX_COHORT_BYTES)
    return `it is ${Math.round(stat.size / 1e6)} MB, far larger than any cohort file, so it is not read`;
  return undefined;
}

/** A file that cannot be used as it is: not JSON, fails the schema, or from a newer version. */
export class CohortFileProblem extends Error {
  override name = 'CohortFileProblem';
}

/** The on-disk state we last saw, to notice changes made by someone else. */
export interface Fingerprint extends FileStat {
  /** The exact text, to tell a real change from a touch. */
  text: string;
}

export const serialiseCohort = (cohort: Cohort) => `${JSON.stringify(cohort, null, 2)}\n`;

export const sameStat = (a: FileStat, b: FileStat) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

export class CohortFileAdapter implements Adapter<Cohort> {
  readonly path: string;
  readonly #fs: StoreFs;
  /** What the file held when we last read or wrote it. */
  fingerprint: Fingerprint | undefined;
  /** The format version of the file as last read (lower than current when it was migrated). */
  fromVersion = 0;

  constructor(fs: StoreFs, path: string) {
    this.#fs = fs;
    this.path = path;
  }

  /** Reads the file as it is now, with its stat, retrying if it changes while being read. */
  async readRaw(): Promise<Fingerprint> {
    for (let attempt = 0; ; attempt += 1) {
      const before = await this.#fs.stat(this.path);
      const reason = unreadableReason(before);
      if (reason) throw new CohortFileProblem(reason);
      const text = await this.#fs.readFile(this.path);
      const after = await this.#fs.stat(this.path);
      if (sameStat(before, after) || attempt >= 3) return { ...after, text };
    }
  }

  async read(): Promise<Cohort> {
    const raw = await this.readRaw();
    const decoded = decodeCohortText(raw.text);
    if (!decoded.ok) throw new CohortFileProblem(decoded.problem);
    this.fingerprint = raw;
    this.fromVersion = decoded.fromVersion;
    return decoded.cohort;
  }

  async write(cohort: Cohort): Promise<void> {
    await this.writeText(serialiseCohort(cohort));
  }

  /** Writes atomically; a link is written at its target, never replaced by a file. */
  async writeText(text: string): Promise<void> {
    let target = this.path;
    try {
      target = await this.#fs.realpath(this.path);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
    await writeAtomic(this.#fs, target, text);
    const stat = await this.#fs.stat(this.path);
    this.fingerprint = { ...stat, text };
  }
}
