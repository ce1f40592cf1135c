/**
 * Every event the host broadcasts to views, declared once with its audience: the roles whose
 * connections receive it. Views validate payloads on receipt.
 */
import { z } from 'zod';
import { LiveSnapshotSchema } from '../live/snapshot.ts';
import { RoomViewSchema } from '../room/roomView.ts';
import { LibrarySchema, SaveStatusSchema } from './library.ts';
import { shellEvents } from './shell.ts';
import { CONSOLE, ROOM, type Role } from './spec.ts';

export interface EventSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  audience: readonly Role[];
}

export const event = <S extends z.ZodType>(schema: S, audience: readonly Role[]) =>
  ({ schema, audience }) satisfies EventSpec<S>;

export const events = {
  /** The library folder's cohorts changed: created, edited elsewhere, damaged, removed. */
  'library.changed': event(LibrarySchema, CONSOLE),
  /** A cohort file's saved / saving / failed state, for the quiet indicator. */
  'save.status': event(SaveStatusSchema, CONSOLE),
  /** One cohort's content changed; views showing it fetch it again. */
  'cohort.changed': event(z.object({ cohortId: z.string() }), CONSOLE),
  /** A live session's full state after each change (shared/live/snapshot.ts), for the console. */
  'live.state': event(LiveSnapshotSchema, CONSOLE),
  /** What the room's screen shows after each change (shared/room/roomView.ts). */
  'room.view': event(RoomViewSchema, ROOM),
  /** What the desktop shell asks the console to do (shared/contract/shell.ts). */
  ...shellEvents,
} as const satisfies Record<string, EventSpec>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['schema']>;

export const isEventName = (name: string): name is EventName =>
  Object.prototype.hasOwnProperty.call(events, name);

/** Whether a connection of this role receives the event. */
export const reaches = (name: EventName, role: Role): boolean =>
  (events[name].audience as readonly Role[]).includes(role);
