/**
 * `npm run serve -- --port <n> --data <dir> [--lan]`: the same app in any browser. Prints the
 * console and presenter URLs on two lines that people and tests read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoreHost } from '../core/host.ts';
import { DEMO_COHORT_FILE_NAME } from '../core/library/seedDemo.ts';
import { parseServeArgs } from './args.ts';
import { ensureRendererBuilt, PROJECT_ROOT } from './rendererFolder.ts';
import { startBrowserHost } from './server.ts';
import { createTokens } from './tokens.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const describe = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

async function main() {
  const options = parseServeArgs(process.argv.slice(2));
  const rendererFolder = ensureRendererBuilt(log);
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const tokens = createTokens();
  const core = await createCoreHost({
    presenterPath: `/presenter?token=${tokens.presenter}`,
    dataFolder: options.dataFolder,
    dataFolderGiven: options.dataFolderGiven,
    userDataFolder: options.userDataFolder,
    hostKind: 'browser',
    version,
    demoCohortFile: options.noDemo
      ? undefined
      : join(PROJECT_ROOT, 'build', 'demo', DEMO_COHORT_FILE_NAME),
    log,
  });
  const host = await startBrowserHost({
    core,
    rendererFolder,
    tokens,
    host: options.lan ? '0.0.0.0' : '127.0.0.1',
    port: options.port,
  });

  process.stdout.write(`Console: ${host.urls.console}\nPresenter: ${host.urls.presenter}\n`);
  log(`Library folder: ${core.services.store.folder}`);
  if (options.lan)
    log('Listening on every network interface (--lan): share the presenter URL with the room.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: saving and shutting down.`);
    await host.close();
    await core.close();
    process.exit(0);
  };
  // A fault in one background task (a folder watcher, a retry) is logged; the host keeps serving
  // and keeps the facilitator's unsaved work rather than dying with it.
  process.on('unhandledRejection', (reason) =>
    log(`Unexpected error (still running): ${describe(reason)}`),
  );
  process.on('uncaughtException', (error) =>
    log(`Unexpected error (still running): ${describe(error)}`),
  );
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  log(
    `The browser host could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
