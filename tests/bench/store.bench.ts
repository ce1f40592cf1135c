/**
 * The cohort store on a large cohort (300 sessions, 20,000 notes, 3,000 commitments, ~10 MB):
 * open + validate, one save, and how many writes a burst of 100 edits becomes.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs, type StoreFs } from '../../electron/core/store/fsFacade.ts';
import { openCohortStore } from '../../electron/core/store/index.ts';
import { largeCohortText } from '../fixtures/largeCohort.ts';
import type { BenchRow } from './types.ts';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'store-bench-'));
  try {
    const folder = join(dir, 'library');
    const userDataFolder = join(dir, 'user');
    let writes = 0;
    const fs: StoreFs = {
      ...nodeFs,
      writeFileDurable: (path, text) => ((writes += 1), nodeFs.writeFileDurable(path, text)),
    };
    const text = largeCohortText();
    await nodeFs.mkdir(folder);
    const path = join(folder, 'Large cohort.cohort');
    await writeFile(path, text);
    const megabytes = (await stat(path)).size / 1e6;

    const opens: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const store = await openCohortStore({ folder, userDataFolder, fs, watch: false });
      const [listing] = (await store.list()).cohorts;
      const start = performance.now();
      await store.read(listing!.id);
      opens.push(performance.now() - start);
      await store.close();
    }

    const store = await openCohortStore({
      folder,
      userDataFolder,
      fs,
      watch: false,
      coalesceMs: 200,
    });
    const id = (await store.open(path)).id;
    await store.read(id);
    const saves: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      await store.update(
        id,
        (cohort) => void (cohort.sessions[round]!.notes[0]!.text = `Edited ${round}`),
      );
      const start = performance.now();
      await store.flush();
      saves.push(performance.now() - start);
    }
    saves.shift(); // the first save of the day also takes a backup

    writes = 0;
    await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        store.update(
          id,
          (cohort) =>
            void cohort.sessions[n % 300]!.notes.push({
              id: `bench-${n}`,
              at: '2026-01-05T14:00:00.000Z',
              text: `Burst ${n}`,
              kind: 'note',
            }),
        ),
      ),
    );
    await store.flush();
    const burstWrites = writes;
    await store.close();

    const openMs = median(opens);
    const saveMs = median(saves);
    return [
      {
        name: `store: open + validate a ${megabytes.toFixed(1)} MB cohort`,
        figure: openMs,
        unit: 'ms',
        target: '< 150 ms',
        met: openMs < 150,
      },
      {
        name: 'store: one save of the large cohort',
        figure: saveMs,
        unit: 'ms',
        target: '< 100 ms',
        met: saveMs < 100,
      },
      {
        name: 'store: writes for a burst of 100 edits',
        figure: burstWrites,
        unit: 'writes',
        target: '≤ 2',
        met: burstWrites <= 2,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
