/**
 * Rotating backups of each cohort file, beside it: `.backups/<file stem>/<timestamp>.cohort`.
 * A backup is a copy of the previous good version, taken before the first write of each day,
 * every N writes, before a migrated file is first written and before a restore.
 */
import { basename, dirname, join } from 'node:path';
import { tempPathFor } from './atomicWrite.ts';
import { stemOf } from './fileNames.ts';
import { isErrno, type StoreFs } from './fsFacade.ts';
import type { BackupSummary } from '../../../shared/contract/library.ts';

export type { BackupSummary };

export const BACKUP_FOLDER = '.backups';

export interface BackupPolicy {
  /** Keep this many backups per file (default 20). */
  keep: number;
  /** Back up every this many writes (default 25). */
  every: number;
  now: () => Date;
}

const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.cohort$/;

export const isBackupId = (name: string) => BACKUP_NAME.test(name);

/** When a backup was taken, from its name. */
export function backupTime(name: string): Date | undefined {
  const match = BACKUP_NAME.exec(name);
  if (!match) return undefined;
  const [, day, h, m, s, ms] = match;
  return new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
}

const stampOf = (date: Date) => date.toISOString().replace(/:/g, '-').replace('.', '-');
const localDay = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

export function countsOf(raw: unknown): Pick<BackupSummary, 'sessions' | 'notes' | 'commitments'> {
  const sessions = Array.isArray((raw as { sessions?: unknown })?.sessions)
    ? ((raw as { sessions: unknown[] }).sessions as { notes?: unknown; commitments?: unknown }[])
    : [];
  const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  return {
    sessions: sessions.length,
    notes: sessions.reduce((sum, session) => sum + length(session?.notes), 0),
    commitments: sessions.reduce((sum, session) => sum + length(session?.commitments), 0),
  };
}

export class Backups {
  readonly #fs: StoreFs;
  readonly #policy: BackupPolicy;
  /** The newest backup time per cohort path, once known. */
  readonly #latest = new Map<string, Date | null>();
  readonly #summaries = new Map<string, BackupSummary>();

  constructor(fs: StoreFs, policy: BackupPolicy) {
    this.#fs = fs;
    this.#policy = policy;
  }

  folderFor(path: string) {
    return join(dirname(path), BACKUP_FOLDER, stemOf(path));
  }

  async #names(path: string): Promise<string[]> {
    try {
      return (await this.#fs.readdir(this.folderFor(path))).filter(isBackupId).sort();
    } catch (error) {
      if (isErrno(error, 'ENOENT', 'ENOTDIR')) return [];
      throw error;
    }
  }

  /** True when the write about to happen should first back up the file on disk. */
  async due(path: string, writesSinceBackup: number): Promise<boolean> {
    if (writesSinceBackup >= this.#policy.every) return true;
    if (!this.#latest.has(path)) {
      const names = await this.#names(path);
      this.#latest.set(path, backupTime(names.at(-1) ?? '') ?? null);
    }
    const latest = this.#latest.get(path);
    return !latest || localDay(latest) !== localDay(this.#policy.now());
  }

  /** Copies the file as it is on disk now into its backups folder and drops the oldest beyond `keep`. */
  async backup(path: string): Promise<string | undefined> {
    const folder = this.folderFor(path);
    await this.#fs.mkdir(folder);
    const names = await this.#names(path);
    const now = this.#policy.now();
    let id = `${stampOf(now)}.cohort`;
    for (let n = 2; names.includes(id); n += 1) id = `${stampOf(now)}-${n}.cohort`;
    const target = join(folder, id);
    const temp = tempPathFor(target);
    try {
      await this.#fs.copyFile(path, temp);
      await this.#fs.rename(temp, target);
      await this.#fs.fsyncDir(folder);
    } catch (error) {
      await this.#fs.unlink(temp).catch(() => undefined);
      if (isErrno(error, 'ENOENT') && !(await this.#exists(path))) return undefined;
      throw error;
    }
    this.#latest.set(path, now);
    await this.#removeLeftovers(folder);
    const all = [...names, id].sort();
    for (const old of all.slice(0, Math.max(0, all.length - this.#policy.keep))) {
      await this.#fs.unlink(join(folder, old)).catch(() => undefined);
      this.#summaries.delete(join(folder, old));
    }
    return id;
  }

  /** Temp files of backups cut short by a crash. */
  async #removeLeftovers(folder: string) {
    const names = await this.#fs.readdir(folder).catch(() => [] as string[]);
    const leftovers = names.filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
    await Promise.all(
      leftovers.map((name) => this.#fs.unlink(join(folder, name)).catch(() => undefined)),
    );
  }

  async #exists(path: string) {
    try {
      await this.#fs.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  /** Newest first, with what each holds. */
  async list(path: string): Promise<BackupSummary[]> {
    const folder = this.folderFor(path);
    const names = (await this.#names(path)).reverse();
    const out: BackupSummary[] = [];
    for (const id of names) {
      const full = join(folder, id);
      let summary = this.#summaries.get(full);
      if (!summary) {
        summary = await this.#summarise(full, id);
        this.#summaries.set(full, summary);
      }
      out.push(summary);
    }
    return out;
  }

  async #summarise(full: string, id: string): Promise<BackupSummary> {
    const at = (backupTime(id) ?? new Date(0)).toISOString();
    try {
      const text = await this.#fs.readFile(full);
      try {
        return { id, at, sizeBytes: Buffer.byteLength(text), ...countsOf(JSON.parse(text)) };
      } catch {
        return {
          id,
          at,
          sizeBytes: Buffer.byteLength(text),
          sessions: 0,
          notes: 0,
          commitments: 0,
          problem: 'the backup is not valid JSON',
        };
      }
    } catch (error) {
      return {
        id,
        at,
        sizeBytes: 0,
        sessions: 0,
        notes: 0,
        commitments: 0,
        problem: `the backup cannot be read (${String(error)})`,
      };
    }
  }

  /** The text of one backup; the id must be one of `list`'s. */
  async read(path: string, id: string): Promise<string> {
    if (!isBackupId(id) || basename(id) !== id) throw new Error(`There is no backup called ${id}.`);
    return this.#fs.readFile(join(this.folderFor(path), id));
  }
}
