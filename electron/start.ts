/**
 * `npm start`: the desktop app when Electron's binary is installed; otherwise one sentence saying
 * so, and the same app through the browser host.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

/** Where the electron package put its binary, or null when the download never happened. */
export function electronBinary(projectRoot: string): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command: string, commandArgs: string[]) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code) => process.exit(code ?? 0));
}

const binary = electronBinary(root);
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
if (binary) {
  run(binary, ['.', ...args]);
} else {
  process.stderr.write(
    "Electron's binary is not installed (its download did not happen), so the app runs in your browser through the browser host instead.\n",
  );
  run(process.execPath, [join(root, 'electron', 'serve', 'cli.ts'), ...args]);
}
