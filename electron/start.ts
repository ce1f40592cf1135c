/**
 * `npm start`: the desktop app when Electron's binary is installed; otherwise one sentence saying
 * so, and the same app through the browser host.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from './electronBinary.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

function run(command: string, commandArgs: string[]) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code) => process.exit(code ?? 0));
}

const found = findElectronBinary(root);
if (
  !existsSync(join(root, 'out', 'main', 'index.js')) ||
  !existsSync(join(root, 'out', 'renderer'))
) {
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if ('path' in found) {
  run(found.path, ['.', ...args]);
} else {
  process.stderr.write(
    "Electron's binary is not installed (its download did not happen), so the app runs in your browser through the browser host instead.\n",
  );
  run(process.execPath, [join(root, 'electron', 'serve', 'cli.ts'), ...args]);
}
