/**
 * Paths the facilitator chose in the desktop app's native dialogs, held by the host. The console
 * only ever holds a handle (a random id) and the path to show; a request that writes a copy or
 * switches the library folder sends the handle back and the host looks the path up here. A handle
 * is good once, for the purpose it was chosen for, for ten minutes: a stale or replayed one, or a
 * library-folder choice sent as a copy's place, finds nothing.
 */
import { randomUUID } from 'node:crypto';
import type { PathPurpose } from '../../../shared/contract/index.ts';

export const CHOSEN_PATH_LIFETIME_MS = 10 * 60 * 1000;
/** More choices than anyone makes in ten minutes; the oldest goes first past it. */
const MAX_HELD = 50;

export interface ChosenPaths {
  /** Keeps a path from a dialog and answers its handle. */
  remember(purpose: PathPurpose, path: string): string;
  /** The path behind a handle of this purpose, once; undefined when unknown, used or expired. */
  take(handle: string, purpose: PathPurpose): string | undefined;
}

export function createChosenPaths({
  now = Date.now,
  newHandle = randomUUID,
}: { now?: () => number; newHandle?: () => string } = {}): ChosenPaths {
  const held = new Map<string, { purpose: PathPurpose; path: string; until: number }>();
  const forgetExpired = () => {
    const time = now();
    for (const [handle, entry] of held) if (entry.until <= time) held.delete(handle);
  };
  return {
    remember(purpose, path) {
      forgetExpired();
      while (held.size >= MAX_HELD) held.delete(held.keys().next().value!);
      const handle = newHandle();
      held.set(handle, { purpose, path, until: now() + CHOSEN_PATH_LIFETIME_MS });
      return handle;
    },
    take(handle, purpose) {
      forgetExpired();
      const entry = held.get(handle);
      if (!entry || entry.purpose !== purpose) return undefined;
      held.delete(handle);
      return entry.path;
    },
  };
}
