/**
 * Every event the host broadcasts to views, declared once with its audience: the roles whose
 * connections receive it. Views validate payloads on receipt.
 */
import { z } from 'zod';
import { LiveSnapshotSchema } from '../live/snapshot.ts';
import { event, type EventSpec } from './eventSpec.ts';
import { LibrarySchema, SaveStatusSchema } from './library.ts';
import { JoinStateSchema } from './requests/join.ts';
import { participantEvents } from './participantContract.ts';
import { roomEvents } from './roomEvents.ts';
import { shellEvents } from './shell.ts';
import { CONSOLE, type Role } from './spec.ts';

export { event, type EventSpec } from './eventSpec.ts';

export const events = {
  /** The library folder's cohorts changed: created, edited elsewhere, damaged, removed. */
  'library.changed': event(LibrarySchema, CONSOLE),
  /** A cohort file's saved / saving / failed state, for the quiet indicator. */
  'save.status': event(SaveStatusSchema, CONSOLE),
  /** One cohort's content changed; views showing it fetch it again. */
  'cohort.changed': event(z.object({ cohortId: z.string() }), CONSOLE),
  /** A live session's full state after each change (shared/live/snapshot.ts), for the console. */
  'live.state': event(LiveSnapshotSchema, CONSOLE),
  ...roomEvents,
  /** Who joined a session from their phones, and whether joining is open, for the console. */
  'join.changed': event(JoinStateSchema, CONSOLE),
  ...participantEvents,
  /** What the desktop shell asks the console to do (shared/contract/shell.ts). */
  ...shellEvents,
} as const satisfies Record<string, EventSpec>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['schema']>;

/** Whether a connection of this role receives the event. */
export const reaches = (name: EventName, role: Role): boolean =>
  (events[name].audience as readonly Role[]).includes(role);
