import type { Broadcaster } from './broadcaster.ts';
import type { CohortStore } from './store/CohortStore.ts';

/** What only the desktop shell can do; electron/main supplies it, the browser host has none. */
export interface DesktopShell {
  showInFolder(path: string): void;
  showPresenter(): void;
}

/** The host's services, handed to each domain's handlers. */
export interface CoreServices {
  version: string;
  hostKind: 'electron' | 'browser';
  store: CohortStore;
  broadcaster: Broadcaster;
  desktop?: DesktopShell | undefined;
  /** The browser host's presenter page, token included. */
  presenterPath?: string | undefined;
}
