/**
 * The cohort store on a large cohort (300 sessions, 20,000 notes, 3,000 commitments, ~10 MB):
 * open + validate, one save, how many writes a burst of 100 edits becomes, and how long an edit
 * takes to be acknowledged (applied, validated and fsynced in the journal), one at a time.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs, type StoreFs } from '../../electron/core/store/fsFacade.ts';
import { openCohortStore } from '../../electron/core/store/index.ts';
import { largeCohortText } from '../fixtures/largeCohort.ts';
import type { BenchRow } from './types.ts';

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
const median = (values: number[]) => quantile(values, 0.5);

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

    // Acknowledged-edit latency: each update resolves once its journal entry is fsynced, while
    // the coalesced whole-file writes go on behind them (on the large cohort each of those holds
    // the event loop for the 10 MB serialisation, which edits arriving then wait for).
    const acknowledge = async (storeId: string, count: number) => {
      const acks: number[] = [];
      for (let n = 0; n < count; n += 1) {
        const start = performance.now();
        await store.update(
          storeId,
          (cohort) =>
            void cohort.sessions[n % cohort.sessions.length]!.notes.push({
              id: `ack-${n}`,
              at: '2026-01-05T14:00:00.000Z',
              text: `Acknowledged ${n}`,
              kind: 'note',
            }),
        );
        acks.push(performance.now() - start);
      }
      return acks;
    };
    const largeAcks = await acknowledge(id, 300);
    await store.flush();
    const small = await store.create('Workshop cohort');
    await store.update(small.id, (cohort) => {
      for (let n = 0; n < 12; n += 1)
        cohort.sessions.push({ id: `s${n}`, date: '2026-01-05' } as never);
    });
    const acks = await acknowledge(small.id, 500);
    await store.close();
    const ackP50 = quantile(acks, 0.5);
    const ackP99 = quantile(acks, 0.99);
    const largeP99 = quantile(largeAcks, 0.99);

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
      {
        name: 'store: acknowledged-edit latency p50, 12-session cohort (journal fsync)',
        figure: ackP50,
        unit: 'ms',
        target: '—',
        met: true,
      },
      {
        name: 'store: acknowledged-edit latency p99, 12-session cohort (journal fsync)',
        figure: ackP99,
        unit: 'ms',
        target: '< 15 ms',
        met: ackP99 < 15,
      },
      {
        name: 'store: acknowledged-edit latency p99, large cohort (waits for its serialisation)',
        figure: largeP99,
        unit: 'ms',
        target: '< 15 ms',
        met: largeP99 < 15,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
