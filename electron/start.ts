/**
 * `npm start`: the desktop app. Electron fetches its binary on first use; where that download
 * cannot happen (no route to its host), one sentence says so and the same app runs through the
 * browser host instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from './electronBinary.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const shell = process.platform === 'win32';

function run(command: string, commandArgs: string[]) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** The binary, downloading it first if the electron package has not yet. */
function electronOrWhyNot(): { path: string } | { missing: string } {
  const found = findElectronBinary(root);
  if ('path' in found) return found;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer))
    return { missing: 'the electron package is not installed (run npm install)' };
  process.stderr.write("Fetching Electron's binary (first start only)…\n");
  const download = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore' });
  if (download.status !== 0) return { missing: 'its download failed' };
  return findElectronBinary(root);
}

if (
  !existsSync(join(root, 'out', 'main', 'index.js')) ||
  !existsSync(join(root, 'out', 'renderer'))
) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = electronOrWhyNot();
if ('path' in electron) {
  run(electron.path, ['.', ...args]);
} else {
  process.stderr.write(
    `Electron's binary is not installed (${electron.missing}), so the app runs in your browser through the browser host instead.\n`,
  );
  run(process.execPath, [join(root, 'electron', 'serve', 'cli.ts'), ...args]);
}
