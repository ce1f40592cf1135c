/** The events the room's screen receives, declared apart so the presenter's page loads only these. */
import { RoomViewSchema } from '../room/roomViewSchema.ts';
import { event } from './eventSpec.ts';
import { ROOM } from './spec.ts';

export const roomEvents = {
  /** What the room's screen shows after each change (shared/room/roomView.ts). */
  'room.view': event(RoomViewSchema, ROOM),
} as const;
