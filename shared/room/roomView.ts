/**
 * The RoomView: exactly what the room's screen shows, and nothing else (no notes, no challenges'
 * authors, no cohort file details). The presenter renders it; the host sends it to the presenter
 * audience instead of the live state. Pure: a projection of the room state and the live session.
 */
import { z } from 'zod';
import { PhaseSchema } from '../vocabulary/phases.ts';
import { currentSegment, floor, shownQuestion, upNext } from '../live/selectors.ts';
import type { LiveState } from '../live/session.ts';
import { TimerSchema } from '../live/timer.ts';
import type { RoomState } from './roomState.ts';

/**
 * What the screen shows: `waiting` before a session runs (or after it ended), the running
 * session, black, or the facilitator's message.
 */
export const RoomViewScreenSchema = z.enum(['waiting', 'run', 'blank', 'message']);
export type RoomViewScreen = z.infer<typeof RoomViewScreenSchema>;

export const RoomRunSchema = z.object({
  segment: z.object({ title: z.string(), phase: PhaseSchema }).nullable(),
  question: z.object({ text: z.string(), category: z.string() }).nullable(),
  floor: z.object({ name: z.string(), isOwner: z.boolean() }).nullable(),
  /** Who speaks next, first two. */
  next: z.array(z.string()).max(2),
  timers: z.object({ segment: TimerSchema.nullable(), turn: TimerSchema }),
});
export type RoomRun = z.infer<typeof RoomRunSchema>;

export const RoomViewSchema = z.object({
  /** The host's instant when the view was made: views run timers from it. */
  at: z.number(),
  screen: RoomViewScreenSchema,
  message: z.string().nullable(),
  /** The running session as the room sees it; null unless `screen` is `run`. */
  run: RoomRunSchema.nullable(),
});
export type RoomView = z.infer<typeof RoomViewSchema>;

/** The run as the room sees it. */
export function roomRun(state: LiveState): RoomRun {
  const segment = currentSegment(state);
  const question = shownQuestion(state);
  const speaking = floor(state);
  return {
    segment: segment ? { title: segment.title, phase: segment.phase } : null,
    question: question ? { text: question.question.text, category: question.category.name } : null,
    floor: speaking ? { name: speaking.person.name, isOwner: speaking.isOwner } : null,
    next: upNext(state, 2).map((person) => person.name),
    timers: { segment: segment ? state.timers.segment : null, turn: state.timers.turn },
  };
}

/**
 * What the room sees now: the facilitator's blank or message screen wins; otherwise the session
 * the room follows while it runs; otherwise the waiting screen.
 */
export function projectRoomView(
  room: RoomState,
  live: LiveState | undefined,
  at: number,
): RoomView {
  if (room.screen === 'blank') return { at, screen: 'blank', message: null, run: null };
  if (room.screen === 'message') return { at, screen: 'message', message: room.message, run: null };
  const following =
    live &&
    room.session &&
    live.cohortId === room.session.cohortId &&
    live.sessionId === room.session.sessionId &&
    live.status === 'running';
  if (!following) return { at, screen: 'waiting', message: null, run: null };
  return { at, screen: 'run', message: null, run: roomRun(live) };
}
