/**
 * `npm run serve -- --port <n> --data <dir> [--lan]`: the same app in any browser. Prints the
 * console and presenter links on two lines that people and tests read; with --lan the presenter's
 * link names this machine's network address, with a QR code of it for the projector PC or TV.
 * The links keep working across restarts (their tokens live in the user-data folder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { createCoreHost } from '../core/host.ts';
import { DEMO_COHORT_FILE_NAME } from '../core/library/seedDemo.ts';
import { openAccessTokens, type AccessTokenFile } from '../core/settings/accessTokens.ts';
import { parseServeArgs } from './args.ts';
import { lanAddresses } from './lanAddresses.ts';
import { ensureRendererBuilt, PROJECT_ROOT } from './rendererFolder.ts';
import { startBrowserHost, type BrowserHost } from './server.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const describe = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

async function main() {
  // A fault in one background task (a folder watcher, a retry) is logged; the host keeps serving
  // and keeps the facilitator's unsaved work rather than dying with it.
  process.on('unhandledRejection', (reason) =>
    log(`Unexpected error (still running): ${describe(reason)}`),
  );
  process.on('uncaughtException', (error) =>
    log(`Unexpected error (still running): ${describe(error)}`),
  );

  const options = parseServeArgs(process.argv.slice(2));
  const rendererFolder = ensureRendererBuilt(log);
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  // Opened once the library has had its first-run demo: the user-data folder may be inside it.
  const opened: { access?: AccessTokenFile } = {};
  const tokens = () => opened.access!.tokens;
  // Set once the host listens; renewing the links before that has no connections to close.
  const serving: { host?: BrowserHost } = {};
  const core = await createCoreHost({
    links: {
      presenterPath: () => `/presenter?token=${tokens().presenter}`,
      joinReach: () => {
        const bases = serving.host?.joinBases ?? [];
        return {
          bases,
          unreachable:
            bases.length > 0
              ? null
              : options.lan
                ? 'This computer has no network address yet: connect it to the room’s Wi-Fi or hotspot.'
                : 'Phones cannot reach this host: start it with --lan to let them join.',
        };
      },
      async renew() {
        const renewed = await opened.access!.renew();
        // The new links work from now on; the old connections close once this answer is out.
        serving.host?.useTokens(renewed);
        return {
          consolePath: `/?token=${renewed.console}`,
          presenterPath: `/presenter?token=${renewed.presenter}`,
        };
      },
    },
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
  const access = await openAccessTokens(options.userDataFolder);
  opened.access = access;
  const host = await startBrowserHost({
    core,
    rendererFolder,
    tokens: access.tokens,
    host: options.lan ? '0.0.0.0' : '127.0.0.1',
    lanAddresses: options.lan ? lanAddresses() : [],
    port: options.port,
  });

  serving.host = host;
  const { urls } = host;
  process.stdout.write(`Console: ${urls.console}\nPresenter: ${urls.presenter}\n`);
  for (const other of urls.presenterOnNetwork.slice(1))
    log(`The presenter also answers at ${other}`);
  log(`Library folder: ${core.services.store.folder}`);
  if (options.lan) {
    if (urls.presenterOnNetwork.length === 0) {
      log('--lan: this machine has no network address yet; the presenter is on 127.0.0.1 only.');
    } else {
      log('--lan: open the presenter link on the projector PC or TV (the QR code below holds it).');
      log('The console opens on this computer only.');
      log(
        'Phones join a running session from the console: Let participants join prints its address here.',
      );
      process.stdout.write(`${renderUnicodeCompact(urls.presenter)}\n`);
    }
  }
  log('These links keep working after a restart; Settings › New links replaces them.');
  // Each time the console lets participants join, the address (with its new code) is printed.
  let printedCode: string | null = null;
  core.broadcaster.onEmit((name, payload) => {
    if (name !== 'join.changed') return;
    const state = payload as {
      code: string | null;
      addresses: string[];
      unreachable: string | null;
    };
    if (state.code === printedCode) return;
    printedCode = state.code;
    if (state.code === null) return;
    if (state.addresses.length === 0) log(state.unreachable ?? 'Phones cannot reach this host.');
    for (const address of state.addresses) process.stdout.write(`Join: ${address}\n`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: saving and shutting down.`);
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  log(
    `The browser host could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
