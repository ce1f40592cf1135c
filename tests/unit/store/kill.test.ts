/**
 * The store under SIGKILL: a child applies bursts of concurrent edits and acknowledges each one as
 * soon as the store's update resolves; the parent kills it at random moments, 100 times. After
 * each kill the file is opened again through the store (which replays its journal): it parses,
 * validates and holds every acknowledged edit, the last one included.
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
  await rm(dir, { recursive: true, force: true });
});

/** Runs the child until it has acknowledged some edits and a random moment has passed; returns the acks. */
function runAndKill(
  path: string,
  userData: string,
  first: number,
  killAfterMs: number,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, path, userData, String(first)], {
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
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
  });
}

async function worker(index: number, kills: number, random: () => number) {
  const userData = join(dir, `user-${index}`);
  const path = join(dir, `Kill ${index}.cohort`);
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
    const acks = await runAndKill(path, userData, next, Math.floor(random() * 40));
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
    const cohort = await store.read((await store.open(path)).id);
    await store.close();
    const notes = new Set(
      cohort.sessions.flatMap((session) => session.notes.map((note) => note.id)),
    );
    const missing = [...acknowledged].filter((ack) => !notes.has(`note-${ack}`));
    if (missing.length > 0)
      throw new Error(
        `round ${round}: ${missing.length} acknowledged edits are missing (${missing.slice(0, 5).join(', ')}…)`,
      );
    if (acks.length > 0 && !notes.has(`note-${acks.at(-1)!}`))
      throw new Error(`round ${round}: the last acknowledged edit ${acks.at(-1)!} is missing`);
    lastAcked += acks.length > 0 ? 1 : 0;
  }
  return { acknowledged: acknowledged.size, lastAcked };
}

it(`keeps every acknowledged edit through ${KILLS} SIGKILLs`, { timeout: 90_000 }, async () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const perWorker = Math.ceil(KILLS / WORKERS);
  const counts = await Promise.all(
    Array.from({ length: WORKERS }, (_, index) => worker(index, perWorker, random)),
  );
  // Enough edits were acknowledged, and most rounds had a last acknowledged edit to check.
  expect(counts.reduce((sum, c) => sum + c.acknowledged, 0)).toBeGreaterThan(KILLS * 5);
  expect(counts.reduce((sum, c) => sum + c.lastAcked, 0)).toBeGreaterThan(KILLS / 2);
});
