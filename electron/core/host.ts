/**
 * The engine host: one per process, shared by every transport (Electron IPC, WebSocket). It owns
 * the store and the live session, routes requests and broadcasts what changed.
 */
import { Broadcaster } from './broadcaster.ts';
import { coreHandlers } from './handlers/index.ts';
import { monotonicClock } from './live/clock.ts';
import { LiveSessionHost } from './live/LiveSessionHost.ts';
import { NoteIndexes } from './notes/NoteIndexes.ts';
import { JoinDesk } from './participants/JoinDesk.ts';
import { createChosenPaths } from './paths/chosenPaths.ts';
import { createPublisher } from './publisher.ts';
import { Room } from './room/Room.ts';
import { createRouter, type Router } from './router.ts';
import type { CoreServices, DesktopShell, SharedLinks } from './services.ts';
import { openAppSettings } from './settings/appSettings.ts';
import { createPresenterDisplays } from './settings/presenterDisplays.ts';
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
  /** The browser host's shared links: the presenter page for the console to open, renewal. */
  links?: SharedLinks;
  /**
   * The desktop app's network share for phones: started when joining opens, it answers where phones
   * reach it. The browser host has none (it is reachable with --lan).
   */
  roomShare?: () => Promise<{ bases: string[] }>;
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
  // Opened once: the store and the presenter's displays keep their parts in the same file.
  const settings = await openAppSettings(options.userDataFolder);
  const store = await openCohortStore({
    folder: options.dataFolder,
    folderGiven: options.dataFolderGiven,
    userDataFolder: options.userDataFolder,
    settings,
  });
  // Only into the folder this run lists, and never into one the facilitator chose in the settings.
  if (options.demoCohortFile && store.folderInfo().source !== 'saved') {
    const seeded = await store.seedFrom(options.demoCohortFile);
    if (seeded.seeded) options.log?.(`First run: copied the demo cohort into ${store.folder}.`);
  }
  const clock = monotonicClock();
  const room = new Room(clock, (cohortId) => store.read(cohortId));
  const notes = new NoteIndexes((cohortId) => store.read(cohortId));
  // The join desk is made after the live host it reads; the publisher asks it late.
  let joinDesk: JoinDesk | undefined;
  const publisher = createPublisher({
    broadcaster,
    store,
    room,
    notes,
    participantCohort: (context) => joinDesk?.deviceOf(context.deviceToken)?.cohortId,
    log: options.log,
  });
  const live = new LiveSessionHost({
    store,
    clock,
    broadcaster: publisher.live,
    onPersistError: (error) =>
      options.log?.(
        `a live session could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      ),
  });
  // The desktop app's share, once started: where phones reach it.
  let shared: { bases: string[] } | undefined;
  const joins = (joinDesk = new JoinDesk({
    live,
    room,
    store,
    broadcaster,
    share: options.roomShare
      ? async () => {
          shared ??= await options.roomShare!();
        }
      : undefined,
    reach: () => {
      if (options.links?.joinReach) return options.links.joinReach();
      if (shared)
        return {
          bases: shared.bases,
          unreachable:
            shared.bases.length > 0
              ? null
              : 'This computer is on no network: connect it to the room’s Wi-Fi or hotspot.',
        };
      return {
        bases: [],
        unreachable:
          options.hostKind === 'electron'
            ? 'Phones reach this computer once participants may join.'
            : 'Phones cannot reach this host: start it with --lan to let them join.',
      };
    },
  }));
  const services: CoreServices = {
    version: options.version,
    hostKind: options.hostKind,
    store,
    broadcaster,
    live,
    room,
    notes,
    joins,
    clock,
    desktop: options.desktop,
    chosenPaths: createChosenPaths(),
    presenterDisplays: createPresenterDisplays(settings),
    links: options.links,
  };

  const unsubscribers = [
    store.onSaveStatus((status) => broadcaster.emit('save.status', status)),
    store.onCohortChanged((cohortId) => {
      notes.cohortChanged(cohortId);
      broadcaster.emit('cohort.changed', { cohortId });
    }),
    store.onLibraryChanged(() => {
      void store.list().then((library) => broadcaster.emit('library.changed', library));
    }),
  ];

  const route = createRouter(coreHandlers(services), (error) =>
    options.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`),
  );

  const router = publisher.publishing(route);

  let closing: Promise<void> | undefined;
  return {
    router,
    broadcaster,
    services,
    close() {
      closing ??= (async () => {
        for (const unsubscribe of unsubscribers) unsubscribe();
        await live.flush().catch(() => undefined);
        live.close();
        await store.close();
      })();
      return closing;
    },
  };
}
