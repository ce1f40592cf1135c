/** What the room's screen shows: the presenter reads it, the console switches it. */
import { z } from 'zod';
import { RoomScreenSchema, ROOM_MESSAGE_MAX } from '../../room/roomState.ts';
import { RoomViewSchema } from '../../room/roomView.ts';
import { noInput } from '../fields.ts';
import { command, CONSOLE, query, ROOM } from '../spec.ts';

export const roomRequests = {
  /** What the room sees now; the presenter asks once on connecting, then follows 'room.view'. */
  'room.view': query(noInput, RoomViewSchema, { audience: ROOM }),
  /** Puts a screen up: the running session, black, or a message. */
  'room.show': command(
    z
      .object({
        screen: RoomScreenSchema,
        message: z.string().trim().max(ROOM_MESSAGE_MAX).optional(),
      })
      .strict(),
    RoomViewSchema,
    { audience: CONSOLE, changes: ['room'] },
  ),
} as const;
