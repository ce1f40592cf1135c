/** The built app under out/: built once here if it is missing (never rebuilt if present). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const OUT = join(PROJECT_ROOT, 'out');

const REQUIRED = [
  'main/index.js',
  'preload/index.cjs',
  'renderer/index.html',
  'renderer/presenter.html',
];

export function ensureBuilt(): void {
  if (REQUIRED.every((file) => existsSync(join(OUT, file)))) return;
  execFileSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: PROJECT_ROOT, stdio: 'pipe' },
  );
}
