/**
 * The store under SIGKILL: a child applies edits in a loop and acknowledges each one once its
 * write completed; the parent kills it at random moments, 100 times. Every time, the file parses,
 * validates and holds every acknowledged edit.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
  let next = 0;
  for (let round = 0; round < kills; round += 1) {
    const acks = await runAndKill(path, userData, next, Math.floor(random() * 40));
    for (const ack of acks) acknowledged.add(ack);
    next += 10_000;
    const decoded = decodeCohortText(await readFile(path, 'utf8'));
    if (!decoded.ok) throw new Error(`round ${round}: the file is damaged: ${decoded.problem}`);
    const notes = new Set(
      decoded.cohort.sessions.flatMap((session) => session.notes.map((note) => note.id)),
    );
    for (const ack of acknowledged) {
      if (!notes.has(`note-${ack}`))
        throw new Error(`round ${round}: acknowledged edit ${ack} is missing`);
    }
  }
  return acknowledged.size;
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
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS);
});
