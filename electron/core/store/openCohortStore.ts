/**
 * Composes the cohort store: the library folder and its watcher, the cohort files held open, their
 * listings, backups, recent files, and the events views follow. The only code that reads or writes
 * cohort files lives in this folder.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';
import { CURRENT_SCHEMA_VERSION, CohortSchema } from '../../../shared/cohort/schema.ts';
import {
  RequestError,
  type CohortListing,
  type Library,
  type SaveStatus,
} from '../../../shared/contract/index.ts';
import type { LibraryFolderInfo, RecentCohort } from '../../../shared/contract/library.ts';
import { openAppSettings, SETTINGS_FILE, type AppSettings } from '../settings/appSettings.ts';
import { createUnique, isTempFileOf, writeExclusive } from './atomicWrite.ts';
import { Backups } from './backups.ts';
import { sameStat, serialiseCohort } from './CohortFileAdapter.ts';
import { CohortFile, toRequestError } from './CohortFile.ts';
import type { CohortStore } from './CohortStore.ts';
import { cohortIdFor, isCohortFileName, sanitiseFileStem } from './fileNames.ts';
import { isErrno, nodeFs, type StoreFs } from './fsFacade.ts';
import { Listeners } from './listeners.ts';
import { errorListing, ListingCache, listingOf } from './listing.ts';
import { RecentFiles } from './recentFiles.ts';
import { seedFolder } from './seedFolder.ts';
import { watchFolder } from './watchFolder.ts';
import { describeWriteError } from './writeErrors.ts';
import { guardWrite } from './writeGuard.ts';

export interface CohortStoreOptions {
  /** The default library folder (created if missing); the app settings may name another. */
  folder: string;
  /**
   * True when `folder` was given on the command line (`--data`): it is used for this run whatever
   * the settings say. The saved setting applies to runs started without it.
   */
  folderGiven?: boolean;
  /** Where app settings and the recent-files list live. */
  userDataFolder: string;
  /**
   * The app settings, when the host holds them open already: one copy in memory, so that what
   * others keep there is not written over when the library folder is saved.
   */
  settings?: AppSettings;
  /** File-system calls for cohort files, replaceable to inject faults in tests. */
  fs?: StoreFs;
  /** How long a burst of edits is gathered into one write (default 200 ms). */
  coalesceMs?: number;
  /** Delays between retries of a failed write (default 1 s, 2 s, 5 s, 10 s, then every 30 s). */
  retryDelaysMs?: readonly number[];
  /** Back up every this many writes (default 25) and keep this many backups (default 20). */
  backupEvery?: number;
  keepBackups?: number;
  /** Watch the library folder for changes made elsewhere (default true). */
  watch?: boolean;
  now?: () => Date;
}

/** Checks that `path` is a folder the library can use (creating it when asked); refusals in words. */
async function usableFolder(fs: StoreFs, path: string, create: boolean): Promise<void> {
  const refuse = (code: 'not-found' | 'rejected' | 'file-error', message: string) =>
    new RequestError(code, message);
  const describe = async (error: unknown): Promise<RequestError> => {
    if (isErrno(error, 'ENOTDIR', 'EEXIST')) {
      const isFile = await fs.stat(path).then(
        () => true,
        () => false,
      );
      return refuse(
        'rejected',
        isFile
          ? `${path} is a file, not a folder. Choose a folder for the library.`
          : `Part of ${path} is a file, not a folder, so the folder cannot be there.`,
      );
    }
    if (isErrno(error, 'EACCES', 'EPERM'))
      return refuse('file-error', `The app is not allowed to use the folder ${path}.`);
    if (isErrno(error, 'EROFS'))
      return refuse('file-error', `${path} is on a read-only disk; the library must be writable.`);
    const code = (error as { code?: unknown } | null)?.code;
    return refuse(
      'file-error',
      `The folder ${path} cannot be used${typeof code === 'string' ? ` (${code})` : ''}.`,
    );
  };
  try {
    await fs.readdir(path);
    return;
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw await describe(error);
  }
  if (!create) throw refuse('not-found', `There is no folder at ${path}.`);
  try {
    await fs.mkdir(path);
    await fs.readdir(path);
  } catch (error) {
    throw await describe(error);
  }
}

export async function openCohortStore(options: CohortStoreOptions): Promise<CohortStore> {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const settings = options.settings ?? (await openAppSettings(options.userDataFolder));
  const recentFiles = await RecentFiles.open(options.userDataFolder);
  const commandLineFolder = options.folderGiven ? resolve(options.folder) : null;
  const savedFolder = () =>
    settings.data.libraryFolder === undefined ? null : resolve(settings.data.libraryFolder);
  let folder = commandLineFolder ?? savedFolder() ?? resolve(options.folder);
  await fs.mkdir(folder);

  const saveStatus = new Listeners<SaveStatus>();
  const libraryChanged = new Listeners<void>();
  const cohortChanged = new Listeners<string>();
  const listings = new ListingCache(fs);
  const backups = new Backups(fs, {
    keep: options.keepBackups ?? 20,
    every: options.backupEvery ?? 25,
    now,
  });
  /** Every path we know, by cohort id. */
  const paths = new Map<string, string>();
  /** Links in the library folder that point outside it: listed as errors, never read or written. */
  const outsideLinks = new Set<string>();
  const OUTSIDE_LINK = 'it is a link to a file outside the library, so it is not opened';

  /** True when `path` (in the library folder) is a link whose target is not in the folder. */
  async function linksOutside(path: string): Promise<boolean> {
    try {
      if (!(await fs.lstat(path)).symlink) return false;
      const [target, root] = await Promise.all([fs.realpath(path), fs.realpath(folder)]);
      return !target.startsWith(root + sep);
    } catch {
      return false; // A dangling link: the listing says the file is no longer there.
    }
  }
  const files = new Map<string, CohortFile>();

  const register = (path: string) => {
    const full = resolve(path);
    const id = cohortIdFor(full);
    paths.set(id, full);
    return id;
  };

  const emitStatus = (file: CohortFile, state: SaveStatus['state'], message: string) =>
    saveStatus.emit({ cohortId: file.id, state, message, at: now().toISOString() });

  function fileFor(id: string): CohortFile {
    const existing = files.get(id);
    if (existing) return existing;
    const path = paths.get(id);
    if (!path) throw new RequestError('not-found', 'That cohort is not in the library any more.');
    const file = new CohortFile({
      fs,
      path,
      id,
      coalesceMs: options.coalesceMs ?? 200,
      retryDelaysMs: options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000],
      emitStatus: (status) => saveStatus.emit(status),
      hooks: {
        beforeWrite: (written) =>
          guardWrite(written, {
            fs,
            backups,
            now,
            onConflict(conflicted, copyPath) {
              register(copyPath);
              emitStatus(
                conflicted,
                'conflict',
                `${conflicted.fileName} was changed elsewhere while you were working. Both versions are kept: yours is in "${basename(copyPath)}".`,
              );
              cohortChanged.emit(conflicted.id);
              libraryChanged.emit();
            },
          }),
        afterWrite: async (written) => {
          const fingerprint = written.adapter.fingerprint;
          if (fingerprint) {
            const modified = new Date(fingerprint.mtimeMs);
            listings.remember(
              written.path,
              fingerprint,
              listingOf(id, written.path, written.data, modified, written.readOnly),
            );
          }
          await backups.countWrite(written.path).catch(() => undefined);
        },
      },
    });
    files.set(id, file);
    return file;
  }

  /** Finds the file for an id, looking at the folder again if it is not known yet. */
  async function known(cohortId: string): Promise<CohortFile> {
    if (!paths.has(cohortId)) await list();
    const path = paths.get(cohortId);
    if (path && outsideLinks.has(path))
      throw new RequestError('file-error', `${basename(path)} cannot be opened: ${OUTSIDE_LINK}.`);
    const fresh = !files.has(cohortId);
    const file = fileFor(cohortId);
    if (fresh) await removeStaleTempFiles(file.path);
    return file;
  }

  /** Temp files left by a write that was cut short (a crash) are removed when the file is first used. */
  async function removeStaleTempFiles(path: string) {
    try {
      const stale = (await fs.readdir(dirname(path))).filter((name) => isTempFileOf(name, path));
      await Promise.all(
        stale.map((name) => fs.unlink(join(dirname(path), name)).catch(() => undefined)),
      );
    } catch {
      // Best effort only.
    }
  }

  /** Picks up a change made elsewhere to a file we hold with no unsaved edits. */
  async function refresh(file: CohortFile): Promise<void> {
    const fingerprint = file.adapter.fingerprint;
    if (!file.loaded || file.hasUnsavedEdits || !fingerprint) return;
    let changed: boolean;
    try {
      const stat = await fs.stat(file.path);
      changed =
        !sameStat(stat, fingerprint) && (await file.adapter.readRaw()).text !== fingerprint.text;
    } catch {
      return; // Gone or unreadable: the next write or listing says so.
    }
    if (!changed || file.hasUnsavedEdits) return;
    await file.reload().catch(() => undefined);
    cohortChanged.emit(file.id);
  }

  async function list(): Promise<Library> {
    const cohorts: CohortListing[] = [];
    const names = (await fs.readdir(folder))
      .filter(isCohortFileName)
      .sort((a, b) => a.localeCompare(b));
    const inFolder = new Set<string>();
    for (const name of names) {
      const path = join(folder, name);
      inFolder.add(path);
      const id = register(path);
      if (await linksOutside(path)) {
        outsideLinks.add(path);
        cohorts.push(errorListing(id, path, OUTSIDE_LINK));
        continue;
      }
      outsideLinks.delete(path);
      cohorts.push(await listings.describe(id, path));
    }
    for (const entry of recentFiles.entries) {
      if (inFolder.has(entry.path) || dirname(entry.path) === folder) continue;
      const listing = await listings.describe(register(entry.path), entry.path);
      if (listing.status === 'ok' || listing.problem !== 'the file is no longer there')
        cohorts.push(listing);
    }
    return { folder, cohorts };
  }

  let stopWatching = () => {};
  const startWatching = () => {
    stopWatching();
    if (options.watch === false) return;
    stopWatching = watchFolder(folder, () => {
      for (const file of files.values()) void refresh(file);
      libraryChanged.emit();
    });
  };
  startWatching();

  /** Describes a failed create in words; an existing file at an exact path is refused. */
  function createError(path: string, error: unknown): RequestError {
    if (isErrno(error, 'EEXIST'))
      return new RequestError('rejected', `${path} already exists; choose another name.`);
    return new RequestError('file-error', describeWriteError(basename(path), error));
  }

  return {
    get folder() {
      return folder;
    },
    list,
    async create(name) {
      const cohort = CohortSchema.parse({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: randomUUID(),
        name: name.trim(),
        createdAt: now().toISOString(),
      });
      const stem = sanitiseFileStem(name);
      let path: string;
      try {
        path = await createUnique(fs, folder, stem, serialiseCohort(cohort));
      } catch (error) {
        throw createError(join(folder, `${stem}.cohort`), error);
      }
      const listing = await listings.describe(register(path), path);
      libraryChanged.emit();
      return listing;
    },
    async open(path) {
      const full = resolve(path);
      try {
        await fs.stat(full);
      } catch (error) {
        throw isErrno(error, 'ENOENT', 'ENOTDIR')
          ? new RequestError('not-found', `There is no file at ${full}.`)
          : toRequestError(basename(full), error);
      }
      const id = register(full);
      await recentFiles.add(full, now()).catch(() => undefined);
      libraryChanged.emit();
      return listings.describe(id, full);
    },
    async seedFrom(sourceFile) {
      const seeded = await seedFolder(folder, sourceFile, fs);
      if (seeded.seeded) libraryChanged.emit();
      return seeded;
    },
    async recent() {
      const out: RecentCohort[] = [];
      for (const entry of recentFiles.entries) {
        let available = true;
        try {
          await fs.stat(entry.path);
        } catch {
          available = false;
        }
        out.push({
          cohortId: register(entry.path),
          fileName: basename(entry.path),
          folder: dirname(entry.path),
          openedAt: entry.openedAt,
          available,
        });
      }
      return out;
    },
    folderInfo(): LibraryFolderInfo {
      const saved = savedFolder();
      return {
        folder,
        source:
          folder === commandLineFolder ? 'command-line' : folder === saved ? 'saved' : 'default',
        commandLineFolder,
        savedFolder: saved,
        userDataFolder: resolve(options.userDataFolder),
        settingsFile: join(resolve(options.userDataFolder), SETTINGS_FILE),
      };
    },
    async setFolder(next, { create = true } = {}) {
      const full = resolve(next);
      await usableFolder(fs, full, create);
      await settings.update((data) => ({ ...data, libraryFolder: full }));
      folder = full;
      startWatching();
      libraryChanged.emit();
      return list();
    },
    async read(cohortId) {
      const file = await known(cohortId);
      await refresh(file);
      return file.load();
    },
    async update(cohortId, mutate) {
      return (await known(cohortId)).update(mutate);
    },
    async backupBeforeSession(cohortId, sessionId) {
      const file = await known(cohortId);
      await file.flush();
      try {
        return await backups.backupPinned(file.path, `session:${sessionId}`);
      } catch (error) {
        throw new RequestError('file-error', describeWriteError(file.fileName, error));
      }
    },
    async releaseSessionBackup(cohortId, sessionId) {
      const file = await known(cohortId);
      await backups.unpin(file.path, `session:${sessionId}`);
    },
    async isReadOnly(cohortId) {
      const file = await known(cohortId);
      await file.load();
      return file.readOnly;
    },
    async listBackups(cohortId) {
      return backups.list((await known(cohortId)).path);
    },
    async restoreBackup(cohortId, backupId) {
      const file = await known(cohortId);
      let text: string;
      try {
        text = await backups.read(file.path, backupId);
      } catch {
        throw new RequestError(
          'not-found',
          `There is no backup called ${backupId} for ${file.fileName}.`,
        );
      }
      const decoded = decodeCohortText(text);
      if (!decoded.ok)
        throw new RequestError('file-error', `That backup cannot be used: ${decoded.problem}.`);
      await file.flush();
      try {
        await backups.backup(file.path);
      } catch (error) {
        throw new RequestError(
          'file-error',
          `The current version could not be backed up first, so nothing was restored (${String(error)}).`,
        );
      }
      file.needsBackup = false;
      await file.replace(decoded.cohort);
      await file.flush();
      cohortChanged.emit(file.id);
      libraryChanged.emit();
      return listings.describe(file.id, file.path);
    },
    async saveCopyAs(cohortId, path) {
      const file = await known(cohortId);
      const cohort = await file.load();
      let target = resolve(path);
      if (!target.toLowerCase().endsWith('.cohort')) target += '.cohort';
      if (target === file.path)
        throw new RequestError('rejected', 'A copy needs another name or folder.');
      try {
        await writeExclusive(fs, target, serialiseCohort(cohort));
      } catch (error) {
        throw createError(target, error);
      }
      const listing = await listings.describe(register(target), target);
      await recentFiles.add(target, now()).catch(() => undefined);
      libraryChanged.emit();
      return listing;
    },
    pathOf: (cohortId) => paths.get(cohortId),
    async folderIsPlainDirectory() {
      try {
        if ((await fs.lstat(folder)).symlink) return false;
        return (await fs.stat(folder)).kind === 'directory';
      } catch {
        return false;
      }
    },
    async flush() {
      await Promise.all([...files.values()].map((file) => file.flush()));
    },
    async close() {
      stopWatching();
      await Promise.all([...files.values()].map((file) => file.close()));
      await backups.idle();
      saveStatus.clear();
      libraryChanged.clear();
      cohortChanged.clear();
    },
    onSaveStatus: (listener) => saveStatus.add(listener),
    onLibraryChanged: (listener) => libraryChanged.add(listener),
    onCohortChanged: (listener) => cohortChanged.add(listener),
  };
}
