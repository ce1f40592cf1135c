/** What the room's screen shows: the presenter reads it, the console switches it. */
import { z } from 'zod';
import { BREAK_MINUTES, RoomScreenSchema, ROOM_MESSAGE_MAX } from '../../room/roomState.ts';
import { RoomViewSchema } from '../../room/roomViewSchema.ts';
import { noInput } from '../fields.ts';
import { command, CONSOLE, query, ROOM } from '../spec.ts';

export const roomRequests = {
  /** What the room sees now; the presenter asks once on connecting, then follows 'room.view'. */
  'room.view': query(noInput, RoomViewSchema, { audience: ROOM }),
  /** Puts a screen up: the welcome, the running session, a break, a message, or black. */
  'room.show': command(
    z
      .object({
        screen: RoomScreenSchema,
        message: z.string().trim().max(ROOM_MESSAGE_MAX).optional(),
        breakMinutes: z.number().int().min(BREAK_MINUTES.min).max(BREAK_MINUTES.max).optional(),
      })
      .strict(),
    RoomViewSchema,
    { audience: CONSOLE, changes: ['room'] },
  ),
  /** The clicker's blank key: black, or back to the session. */
  'room.toggleBlank': command(noInput, RoomViewSchema, { audience: CONSOLE, changes: ['room'] }),
  /** Whether the challenges on the screen carry their authors' names. */
  'room.challengeNames': command(z.object({ shown: z.boolean() }).strict(), RoomViewSchema, {
    audience: CONSOLE,
    changes: ['room'],
  }),
} as const;
