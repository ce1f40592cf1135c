/**
 * Starts the real browser host (`electron/serve/cli.ts`) against a folder of our choosing and
 * reads the two URLs it prints, as a person would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningHost {
  consoleUrl: string;
  presenterUrl: string;
  origin: string;
  dataFolder: string;
  process: ChildProcess;
  /** SIGTERM and wait: the host flushes pending writes first. */
  stop(): Promise<void>;
  /** SIGKILL: what a crash or a pulled power cord looks like. */
  kill(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..', '..');

export const makeDataFolder = () => mkdtempSync(join(tmpdir(), 'fc-e2e-'));

export async function startHost(
  options: { dataFolder?: string; demo?: boolean; extraArgs?: string[] } = {},
): Promise<RunningHost> {
  const dataFolder = options.dataFolder ?? makeDataFolder();
  const args = [join(ROOT, 'electron', 'serve', 'cli.ts'), '--port', '0', '--data', dataFolder];
  if (!options.demo) args.push('--no-demo');
  args.push(...(options.extraArgs ?? []));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const urls = await new Promise<{ console: string; presenter: string }>((resolve, reject) => {
    const found: Record<string, string> = {};
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`The host did not print its URLs.\n${stderr}`)),
      20_000,
    );
    lines.on('line', (line) => {
      const match = /^(Console|Presenter): (\S+)$/.exec(line);
      if (match) found[match[1]!] = match[2]!;
      if (found.Console && found.Presenter) {
        clearTimeout(timer);
        resolve({ console: found.Console, presenter: found.Presenter });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`The host exited (${code}) before printing URLs.\n${stderr}`)),
    );
  });

  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // A host that dies on its own explains a failing test: show what it said.
      if (!stopping)
        process.stderr.write(`The browser host exited (${code ?? signal}).\n${stderr}\n`);
      resolve();
    }),
  );
  return {
    consoleUrl: urls.console,
    presenterUrl: urls.presenter,
    origin: new URL(urls.console).origin,
    dataFolder,
    process: child,
    async stop() {
      stopping = true;
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      stopping = true;
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
