/**
 * Composes the cohort store: the library folder, the cohort files held open, their listings, and
 * the events views follow. The only code that reads or writes cohort files lives in this folder.
 */
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  CohortSchema,
  type Cohort,
} from '../../../shared/cohort/schema.ts';
import {
  RequestError,
  type CohortListing,
  type Library,
  type SaveStatus,
} from '../../../shared/contract/index.ts';
import { CohortFileAdapter } from './CohortFileAdapter.ts';
import { CohortFile } from './CohortFile.ts';
import type { CohortStore } from './CohortStore.ts';
import { cohortIdFor, isCohortFileName, sanitiseFileStem, uniqueFileName } from './fileNames.ts';
import { nodeFs, type StoreFs } from './fsFacade.ts';
import { Listeners } from './listeners.ts';
import { ListingCache, listingOf } from './listing.ts';

export interface CohortStoreOptions {
  /** The library folder (created if missing). */
  folder: string;
  /** Where app settings and the recent-files list live. */
  userDataFolder: string;
  /** File-system calls, replaceable to inject faults in tests. */
  fs?: StoreFs;
  /** How long a burst of edits is gathered into one write (default 200 ms). */
  coalesceMs?: number;
  /** Delays between retries of a failed write (default 1 s, 2 s, 5 s, 10 s, then every 30 s). */
  retryDelaysMs?: readonly number[];
}

export async function openCohortStore(options: CohortStoreOptions): Promise<CohortStore> {
  const fs = options.fs ?? nodeFs;
  const folder = resolve(options.folder);
  await fs.mkdir(folder);
  const coalesceMs = options.coalesceMs ?? 200;
  const retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000];

  const saveStatus = new Listeners<SaveStatus>();
  const libraryChanged = new Listeners<void>();
  const cohortChanged = new Listeners<string>();
  const listings = new ListingCache(fs);
  /** Every path we know, by cohort id. */
  const paths = new Map<string, string>();
  const files = new Map<string, CohortFile>();

  const fileFor = (id: string): CohortFile => {
    let file = files.get(id);
    if (file) return file;
    const path = paths.get(id);
    if (!path) throw new RequestError('not-found', 'That cohort is not in the library any more.');
    file = new CohortFile({
      fs,
      path,
      id,
      coalesceMs,
      retryDelaysMs,
      emitStatus: (status) => saveStatus.emit(status),
      hooks: {
        beforeWrite: async () => 'write',
        afterWrite: (written) => {
          const fingerprint = written.adapter.fingerprint;
          if (fingerprint) {
            listings.remember(
              written.path,
              fingerprint,
              listingOf(id, written.path, written.data, new Date(fingerprint.mtimeMs)),
            );
          }
        },
      },
    });
    files.set(id, file);
    return file;
  };

  const folderFileNames = async () => (await fs.readdir(folder)).filter(isCohortFileName);

  const register = (path: string) => {
    const id = cohortIdFor(path);
    paths.set(id, path);
    return id;
  };

  async function list(): Promise<Library> {
    const names = await folderFileNames();
    const cohorts: CohortListing[] = [];
    for (const name of names.sort((a, b) => a.localeCompare(b))) {
      const path = join(folder, name);
      cohorts.push(await listings.describe(register(path), path));
    }
    return { folder, cohorts };
  }

  /** Finds the file for an id, looking at the folder again if it is not known yet. */
  async function known(cohortId: string): Promise<CohortFile> {
    if (!paths.has(cohortId)) await list();
    return fileFor(cohortId);
  }

  return {
    folder,
    list,
    async create(name) {
      const stem = sanitiseFileStem(name);
      const fileName = uniqueFileName(stem, await fs.readdir(folder));
      const path = join(folder, fileName);
      const cohort: Cohort = CohortSchema.parse({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: randomUUID(),
        name: name.trim(),
        createdAt: new Date().toISOString(),
      });
      await new CohortFileAdapter(fs, path).write(cohort);
      const id = register(path);
      libraryChanged.emit();
      return listings.describe(id, path);
    },
    async read(cohortId) {
      return (await known(cohortId)).load();
    },
    async update(cohortId, mutate) {
      return (await known(cohortId)).update(mutate);
    },
    async flush() {
      await Promise.all([...files.values()].map((file) => file.flush()));
    },
    async close() {
      await Promise.all([...files.values()].map((file) => file.close()));
      saveStatus.clear();
      libraryChanged.clear();
      cohortChanged.clear();
    },
    onSaveStatus: (listener) => saveStatus.add(listener),
    onLibraryChanged: (listener) => libraryChanged.add(listener),
    onCohortChanged: (listener) => cohortChanged.add(listener),
  };
}
