import type { Broadcaster } from './broadcaster.ts';
import type { CohortStore } from './store/CohortStore.ts';

/** The host's services, handed to each domain's handlers. */
export interface CoreServices {
  version: string;
  hostKind: 'electron' | 'browser';
  store: CohortStore;
  broadcaster: Broadcaster;
}
