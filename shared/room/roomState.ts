/**
 * What the facilitator has put on the room's screen: the session the room follows, and which
 * screen shows (the welcome, the run itself, a break countdown, a message, or black). The core
 * owns one of these; views only read its projection, the RoomView (shared/room/roomView.ts).
 */
import { z } from 'zod';

/** Screens the facilitator chooses; `run` shows the session as it runs. */
export const RoomScreenSchema = z.enum(['welcome', 'run', 'break', 'message', 'blank']);
export type RoomScreen = z.infer<typeof RoomScreenSchema>;

/** The screens that go up at once; a message asks for its words first. */
export type WordlessScreen = Exclude<RoomScreen, 'message'>;

export const ROOM_SCREEN_WORDS = {
  welcome: {
    label: 'Welcome',
    hint: 'The cohort, the session, the roles of the day and what to expect',
  },
  run: { label: 'Session', hint: 'The session as it runs: what this phase needs, who speaks' },
  break: { label: 'Break', hint: 'A countdown to the time the session resumes' },
  message: { label: 'Message', hint: 'A line of text, such as “Back at 10:40”' },
  blank: { label: 'Blank', hint: 'A black screen, so the room looks at each other' },
} as const satisfies Record<RoomScreen, { label: string; hint: string }>;

export const ROOM_MESSAGE_MAX = 200;
export const BREAK_MINUTES = { min: 1, max: 120, default: 10 } as const;

export const RoomStateSchema = z.object({
  /** The session the room follows: the one the console opened last. */
  session: z.object({ cohortId: z.string(), sessionId: z.string() }).nullable(),
  screen: RoomScreenSchema,
  message: z.string().max(ROOM_MESSAGE_MAX),
  /** The host's instant the break ends at; null when no break was called. */
  breakEndsAt: z.number().nullable(),
  /** Whether the challenges on the screen carry their authors' names (off: the room sees text only). */
  challengeNames: z.boolean(),
});
export type RoomState = z.infer<typeof RoomStateSchema>;

export const initialRoomState = (): RoomState => ({
  session: null,
  screen: 'welcome',
  message: '',
  breakEndsAt: null,
  challengeNames: false,
});

export interface ShowScreen {
  screen: RoomScreen;
  /** The message screen's words (kept for next time when absent). */
  message?: string | undefined;
  /** The break's length; a break keeps its end when called up again without one. */
  breakMinutes?: number | undefined;
}

/** The facilitator switches screens; a message keeps its words, a break its end, for next time. */
export function showScreen(room: RoomState, show: ShowScreen, now: number): RoomState {
  const breakEndsAt =
    show.screen !== 'break'
      ? room.breakEndsAt
      : show.breakMinutes !== undefined
        ? now + Math.round(show.breakMinutes * 60_000)
        : room.breakEndsAt !== null && room.breakEndsAt > now
          ? room.breakEndsAt
          : now + BREAK_MINUTES.default * 60_000;
  return { ...room, screen: show.screen, message: show.message ?? room.message, breakEndsAt };
}

/** Blank toggles: black, or back to the session as it runs. */
export const toggleBlank = (room: RoomState): RoomState => ({
  ...room,
  screen: room.screen === 'blank' ? 'run' : 'blank',
});

export const showChallengeNames = (room: RoomState, challengeNames: boolean): RoomState =>
  room.challengeNames === challengeNames ? room : { ...room, challengeNames };

/**
 * The room follows another session (the console opened it): one that has not started a segment
 * yet starts on its welcome screen, one already under way on the run.
 */
export const followSession = (
  room: RoomState,
  session: { cohortId: string; sessionId: string },
  started: boolean,
): RoomState =>
  room.session?.cohortId === session.cohortId && room.session.sessionId === session.sessionId
    ? room
    : {
        ...room,
        session: { cohortId: session.cohortId, sessionId: session.sessionId },
        screen: started ? 'run' : 'welcome',
        breakEndsAt: null,
      };

/** Entering the first segment takes the room from the welcome to the run. */
export const sessionStarted = (room: RoomState): RoomState =>
  room.screen === 'welcome' ? { ...room, screen: 'run' } : room;
