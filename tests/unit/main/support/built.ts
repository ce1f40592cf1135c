/**
 * The built app under out/: built here once if it is missing, never rebuilt if present. Test files
 * run in parallel workers, so the first one to need a build takes a lock and the others wait.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const OUT = join(PROJECT_ROOT, 'out');

const REQUIRED = [
  'main/index.js',
  'preload/index.cjs',
  'renderer/index.html',
  'renderer/presenter.html',
];
const LOCK = join(PROJECT_ROOT, '.tmp', 'electron-vite-build.lock');
const STALE_MS = 180_000;

const built = () => REQUIRED.every((file) => existsSync(join(OUT, file)));
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function takeLock(): boolean {
  mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    // A lock left by a crashed run does not block forever.
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > STALE_MS) {
      rmSync(LOCK, { recursive: true, force: true });
    }
    return false;
  }
}

export function ensureBuilt(): void {
  while (!built()) {
    if (!takeLock()) {
      sleep(250);
      continue;
    }
    try {
      if (!built()) {
        execFileSync(
          process.execPath,
          [join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
          { cwd: PROJECT_ROOT, stdio: 'pipe' },
        );
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
