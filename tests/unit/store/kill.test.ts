/**
 * The store under SIGKILL: a child applies bursts of concurrent edits and acknowledges each one as
 * soon as the store's update (or, in the live variant, the live session's command) resolves; the
 * parent kills it at random moments, 100 times (30 for the live variant). After each kill the
 * file is opened again through the store (which replays its journal): it parses, validates and
 * holds every acknowledged edit, the last one included.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { decodeCohortText } from '../../../shared/cohort/decode.ts';

const KILLS = 100;
const WORKERS = 3;
const child = join(import.meta.dirname, 'killChild.ts');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'store-kill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

/** Runs the child until it has acknowledged some edits and a random moment has passed; returns the acks. */
function runAndKill(
  path: string,
  userData: string,
  first: number,
  killAfterMs: number,
  mode: Mode,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, path, userData, String(first), mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: number[] = [];
    let buffered = '';
    let stderr = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) acks.push(Number(match[1]));
      }
      timer ??= setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: ${stderr}`));
      else resolve(acks);
    });
    // A child that never acknowledges (too slow to start) is killed anyway.
    setTimeout(() => proc.kill('SIGKILL'), 30_000).unref();
  });
}

type Mode = 'store' | 'live';

async function worker(mode: Mode, index: number, kills: number, random: () => number) {
  const userData = join(dir, `${mode}-user-${index}`);
  const path = join(dir, `Kill ${mode} ${index}.cohort`);
  const cohort = {
    schemaVersion: 1,
    id: `cohort-${index}`,
    name: `Kill ${index}`,
    createdAt: '2026-01-01T10:00:00.000Z',
  };
  await writeFile(path, JSON.stringify(cohort, null, 2));
  const acknowledged = new Set<number>();
  let lastAcked = 0;
  let next = 0;
  for (let round = 0; round < kills; round += 1) {
    const acks = await runAndKill(path, userData, next, Math.floor(random() * 40), mode);
    for (const ack of acks) acknowledged.add(ack);
    next += 10_000;
    const decoded = decodeCohortText(await readFile(path, 'utf8'));
    if (!decoded.ok) throw new Error(`round ${round}: the file is damaged: ${decoded.problem}`);
    // What the next start shows: the file with its journal replayed.
    const store = await openCohortStore({
      folder: userData,
      userDataFolder: userData,
      watch: false,
    });
    const problems: string[] = [];
    store.onSaveStatus((s) => {
      if (s.state === 'failed' || s.state === 'conflict') problems.push(s.message ?? s.state);
    });
    const cohort = await store.read((await store.open(path)).id);
    await store.close();
    if (problems.length > 0) throw new Error(`round ${round}: ${problems.join('; ')}`);
    const notes = new Set(
      cohort.sessions.flatMap((session) =>
        session.notes.map((note) => Number(/^edit (\d+)\b/.exec(note.text)?.[1])),
      ),
    );
    const missing = [...acknowledged].filter((ack) => !notes.has(ack));
    if (missing.length > 0)
      throw new Error(
        `round ${round}: ${missing.length} acknowledged edits are missing (${missing.slice(0, 5).join(', ')}…)`,
      );
    if (acks.length > 0 && !notes.has(acks.at(-1)!))
      throw new Error(`round ${round}: the last acknowledged edit ${acks.at(-1)!} is missing`);
    lastAcked += acks.length > 0 ? 1 : 0;
  }
  return { acknowledged: acknowledged.size, lastAcked };
}

const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

it.each([
  ['store', KILLS, 7],
  ['live', 30, 11],
] as const)(
  'keeps every acknowledged %s edit through %i SIGKILLs',
  { timeout: 600_000 },
  async (mode, kills, seed) => {
    const random = seeded(seed);
    const perWorker = Math.ceil(kills / WORKERS);
    const counts = await Promise.all(
      Array.from({ length: WORKERS }, (_, index) => worker(mode, index, perWorker, random)),
    );
    // Enough edits were acknowledged, and most rounds had a last acknowledged edit to check.
    expect(counts.reduce((sum, c) => sum + c.acknowledged, 0)).toBeGreaterThan(kills * 5);
    expect(counts.reduce((sum, c) => sum + c.lastAcked, 0)).toBeGreaterThan(kills / 2);
  },
);
