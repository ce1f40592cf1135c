import type { Broadcaster } from './broadcaster.ts';
import type { LiveSessionHost } from './live/LiveSessionHost.ts';
import type { Room } from './room/Room.ts';
import type { CohortStore } from './store/CohortStore.ts';

/** What only the desktop shell can do; electron/main supplies it, the browser host has none. */
export interface DesktopShell {
  showInFolder(path: string): void;
  showPresenter(): void;
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
  desktop?: DesktopShell | undefined;
  /** The browser host's presenter page, token included. */
  presenterPath?: string | undefined;
}
