/** Every event the host broadcasts to views, declared once; views validate payloads on receipt. */
import { z } from 'zod';
import { LiveSnapshotSchema } from '../live/snapshot.ts';
import { LibrarySchema, SaveStatusSchema } from './library.ts';
import { shellEvents } from './shell.ts';

export const events = {
  /** The library folder's cohorts changed: created, edited elsewhere, damaged, removed. */
  'library.changed': LibrarySchema,
  /** A cohort file's saved / saving / failed state, for the quiet indicator. */
  'save.status': SaveStatusSchema,
  /** One cohort's content changed; views showing it fetch it again. */
  'cohort.changed': z.object({ cohortId: z.string() }),
  /** A live session's full state after each change (shared/live/snapshot.ts). */
  'live.state': LiveSnapshotSchema,
  /** What the desktop shell asks the console to do (shared/contract/shell.ts). */
  ...shellEvents,
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const isEventName = (name: string): name is EventName =>
  Object.prototype.hasOwnProperty.call(events, name);
