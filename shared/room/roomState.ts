/**
 * What the facilitator has put on the room's screen: the session the room follows, and which
 * screen shows (the run itself, black, or a message). The core owns one of these; views only read
 * its projection, the RoomView (shared/room/roomView.ts).
 */
import { z } from 'zod';

/** Screens the facilitator chooses; `run` shows the session as it runs. */
export const RoomScreenSchema = z.enum(['run', 'blank', 'message']);
export type RoomScreen = z.infer<typeof RoomScreenSchema>;

/** The screens that go up at once; a message asks for its words first. */
export type WordlessScreen = Exclude<RoomScreen, 'message'>;

export const ROOM_SCREEN_WORDS = {
  run: { label: 'Session', hint: 'The session as it runs: the question, who speaks, the timers' },
  blank: { label: 'Blank', hint: 'A black screen, so the room looks at each other' },
  message: { label: 'Message', hint: 'A line of text, such as “Back at 10:40”' },
} as const satisfies Record<RoomScreen, { label: string; hint: string }>;

export const ROOM_MESSAGE_MAX = 200;

export const RoomStateSchema = z.object({
  /** The session the room follows: the one the console opened last. */
  session: z.object({ cohortId: z.string(), sessionId: z.string() }).nullable(),
  screen: RoomScreenSchema,
  message: z.string().max(ROOM_MESSAGE_MAX),
});
export type RoomState = z.infer<typeof RoomStateSchema>;

export const initialRoomState = (): RoomState => ({ session: null, screen: 'run', message: '' });

/** The facilitator switches screens; a message screen keeps its words for next time. */
export function showScreen(room: RoomState, screen: RoomScreen, message?: string): RoomState {
  return { ...room, screen, message: message ?? room.message };
}

/** The room follows another session (the console opened it). */
export const followSession = (
  room: RoomState,
  session: { cohortId: string; sessionId: string },
): RoomState =>
  room.session?.cohortId === session.cohortId && room.session.sessionId === session.sessionId
    ? room
    : { ...room, session: { cohortId: session.cohortId, sessionId: session.sessionId } };
