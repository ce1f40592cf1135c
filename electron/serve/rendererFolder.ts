/** Finds the built renderer, building it first when it is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const RENDERER_OUT = join(PROJECT_ROOT, 'out', 'renderer');

export function ensureRendererBuilt(log: (line: string) => void): string {
  if (existsSync(join(RENDERER_OUT, 'index.html'))) return RENDERER_OUT;
  log('The app is not built yet: running `npm run build` first.');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !existsSync(join(RENDERER_OUT, 'index.html'))) {
    throw new Error('`npm run build` did not produce out/renderer/index.html.');
  }
  return RENDERER_OUT;
}
