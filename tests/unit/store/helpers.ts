/** Shared set-up for store tests: a temp folder, a store over it, and a fault-injecting fs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCohortStore, type CohortStore } from '../../../electron/core/store/index.ts';
import { nodeFs, type StoreFs } from '../../../electron/core/store/fsFacade.ts';
import type { CohortStoreOptions } from '../../../electron/core/store/openCohortStore.ts';
import type { SaveStatus } from '../../../shared/contract/index.ts';

export interface FaultyFs extends StoreFs {
  /** When set, every durable write fails with this errno code (after writing half the file). */
  fault: string | undefined;
  /** When set, every journal append fails with this errno code (after appending half the text). */
  appendFault: string | undefined;
  /** Durable writes of temp files for `.cohort` files, by target file name. */
  writes: Map<string, number>;
}

export function faultyFs(): FaultyFs {
  const fs: FaultyFs = {
    ...nodeFs,
    fault: undefined,
    appendFault: undefined,
    writes: new Map(),
    async appendFileDurable(path, text) {
      if (fs.appendFault) {
        await nodeFs.appendFileDurable(path, text.slice(0, text.length / 2));
        throw Object.assign(new Error(`${fs.appendFault}: injected`), { code: fs.appendFault });
      }
      await nodeFs.appendFileDurable(path, text);
    },
    async writeFileDurable(path, text) {
      if (fs.fault) {
        await nodeFs.writeFileDurable(path, text.slice(0, text.length / 2));
        throw Object.assign(new Error(`${fs.fault}: injected`), { code: fs.fault });
      }
      const target = /\.([^/\\]+\.cohort)\.[0-9a-f]+\.tmp$/.exec(path)?.[1];
      if (target) fs.writes.set(target, (fs.writes.get(target) ?? 0) + 1);
      await nodeFs.writeFileDurable(path, text);
    },
  };
  return fs;
}

export interface StoreFixture {
  dir: string;
  folder: string;
  store: CohortStore;
  fs: FaultyFs;
  statuses: SaveStatus[];
  done(): Promise<void>;
}

export async function storeFixture(
  options: Partial<CohortStoreOptions> = {},
): Promise<StoreFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  const folder = join(dir, 'library');
  const fs = faultyFs();
  const store = await openCohortStore({
    folder,
    userDataFolder: join(dir, 'user'),
    fs,
    watch: false,
    coalesceMs: 10,
    retryDelaysMs: [20],
    ...options,
  });
  const statuses: SaveStatus[] = [];
  store.onSaveStatus((status) => statuses.push(status));
  return {
    dir,
    folder,
    store,
    fs,
    statuses,
    async done() {
      fs.fault = undefined;
      fs.appendFault = undefined;
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const until = async (condition: () => boolean, timeoutMs = 3000) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

export const note = (id: string) => ({
  id,
  at: '2026-01-05T14:00:00.000Z',
  text: `note ${id}`,
  kind: 'note' as const,
});
