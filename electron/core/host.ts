/**
 * The engine host: one per process, shared by every transport (Electron IPC, WebSocket). It owns
 * the store and the live session, routes requests and broadcasts what changed.
 */
import { Broadcaster } from './broadcaster.ts';
import { appHandlers } from './handlers/app.ts';
import { cohortHandlers } from './handlers/cohort.ts';
import { followUpHandlers } from './handlers/followUp.ts';
import { liveHandlers, liveHostOf } from './handlers/live.ts';
import { storeHandlers } from './handlers/store.ts';
import { createRouter, type Router } from './router.ts';
import { isRequestName, requests } from '../../shared/contract/index.ts';
import type { CoreServices, DesktopShell } from './services.ts';
import { openCohortStore } from './store/index.ts';

export interface CoreHostOptions {
  /** The library folder of cohort files: the one given with `--data`, or the default one. */
  dataFolder: string;
  /**
   * True when dataFolder was given with `--data`: it wins over the folder saved in the app
   * settings for this run. Otherwise the saved folder, when there is one, wins over the default.
   */
  dataFolderGiven?: boolean;
  /** Where app settings and the recent-files list live. */
  userDataFolder: string;
  hostKind: 'electron' | 'browser';
  version: string;
  /** What the desktop shell can do for views (Electron only). */
  desktop?: DesktopShell;
  /** The browser host's presenter page, token included, so the console can open it. */
  presenterPath?: string;
  /** A demo cohort file copied into an empty library folder, so a first run has something real. */
  demoCohortFile?: string;
  log?: (message: string) => void;
}

export interface CoreHost {
  router: Router;
  broadcaster: Broadcaster;
  services: CoreServices;
  /** Flushes pending writes and stops timers; safe to call twice. */
  close(): Promise<void>;
}

export async function createCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const broadcaster = new Broadcaster();
  const store = await openCohortStore({
    folder: options.dataFolder,
    folderGiven: options.dataFolderGiven,
    userDataFolder: options.userDataFolder,
  });
  // Only into the folder this run lists, and never into one the facilitator chose in the settings.
  if (options.demoCohortFile && store.folderInfo().source !== 'saved') {
    const seeded = await store.seedFrom(options.demoCohortFile);
    if (seeded.seeded) options.log?.(`First run: copied the demo cohort into ${store.folder}.`);
  }
  const services: CoreServices = {
    version: options.version,
    hostKind: options.hostKind,
    store,
    broadcaster,
    desktop: options.desktop,
    presenterPath: options.presenterPath,
  };

  const unsubscribers = [
    store.onSaveStatus((status) => broadcaster.emit('save.status', status)),
    store.onCohortChanged((cohortId) => broadcaster.emit('cohort.changed', { cohortId })),
    store.onLibraryChanged(() => {
      void store.list().then((library) => broadcaster.emit('library.changed', library));
    }),
  ];

  const route = createRouter(
    {
      ...appHandlers(services),
      ...cohortHandlers(services),
      ...storeHandlers(services),
      ...followUpHandlers(services),
      ...liveHandlers(services),
    },
    (error) =>
      options.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`),
  );

  // Views showing a cohort refetch it after any command that changed it; the live session
  // broadcasts its own state instead, so its commands are left out.
  const router: Router = async (name, input, context) => {
    const result = await route(name, input, context);
    if (result.ok && changesCohort(name, input)) {
      broadcaster.emit('cohort.changed', { cohortId: (input as { cohortId: string }).cohortId });
    }
    return result;
  };

  let closing: Promise<void> | undefined;
  return {
    router,
    broadcaster,
    services,
    close() {
      closing ??= (async () => {
        for (const unsubscribe of unsubscribers) unsubscribe();
        await liveHostOf(services)?.flush();
        await store.close();
      })();
      return closing;
    },
  };
}

function changesCohort(name: unknown, input: unknown): boolean {
  if (typeof name !== 'string' || !isRequestName(name) || name.startsWith('live.')) return false;
  return (
    requests[name].kind === 'command' &&
    typeof (input as { cohortId?: unknown } | null)?.cohortId === 'string'
  );
}
