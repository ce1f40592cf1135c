import type { PathPurpose } from '../../shared/contract/index.ts';
import type { Broadcaster } from './broadcaster.ts';
import type { Clock } from './live/clock.ts';
import type { LiveSessionHost } from './live/LiveSessionHost.ts';
import type { NoteIndexes } from './notes/NoteIndexes.ts';
import type { JoinDesk } from './participants/JoinDesk.ts';
import type { ChosenPaths } from './paths/chosenPaths.ts';
import type { Room } from './room/Room.ts';
import type { PresenterDisplays } from './settings/presenterDisplays.ts';
import type { CohortStore } from './store/CohortStore.ts';

/** What only the desktop shell can do; electron/main supplies it, the browser host has none. */
export interface DesktopShell {
  showInFolder(path: string): void;
  showPresenter(): void;
  /**
   * Asks in a native dialog where to save a copy (`defaultPath` is the suggested file) or which
   * folder to use as the library (`defaultPath` is the current one); undefined when cancelled.
   */
  choosePath(purpose: PathPurpose, defaultPath: string): Promise<string | undefined>;
}

/** The pages a browser host shares, with their tokens; renewing revokes the old ones. */
export interface SharedLinks {
  presenterPath(): string;
  /** Where phones reach the browser host: its network addresses (none without --lan), or why not. */
  joinReach?(): { bases: string[]; unreachable: string | null };
  renew(): Promise<{ consolePath: string; presenterPath: string }>;
}

/** The host's services, handed to each prefix's handlers. */
export interface CoreServices {
  version: string;
  hostKind: 'electron' | 'browser';
  store: CohortStore;
  broadcaster: Broadcaster;
  /** The running sessions. */
  live: LiveSessionHost;
  /** What the room's screen shows. */
  room: Room;
  /** The note search index of each cohort searched. */
  notes: NoteIndexes;
  /** Who joined a running session from their phones. */
  joins: JoinDesk;
  /** The live engine's clock, which timers run by: views estimate it with 'app.clock'. */
  clock: Clock;
  desktop?: DesktopShell | undefined;
  /** Paths chosen in the desktop app's dialogs, behind the handles the console holds. */
  chosenPaths: ChosenPaths;
  /** Which display the desktop app's presenter goes on, per set of displays (app settings). */
  presenterDisplays: PresenterDisplays;
  /** The browser host's shared links (the desktop app has none). */
  links?: SharedLinks | undefined;
}
