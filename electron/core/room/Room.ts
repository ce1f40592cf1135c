/**
 * The room: what the presenter shows. The core owns one; the console changes it with room.* and
 * live.open requests, and every view of the room receives its projection, the RoomView. The live
 * session's latest state is kept here as the live host reports it, so the view can be made at
 * any moment without asking the live host.
 */
import type { LiveSnapshot } from '../../../shared/live/snapshot.ts';
import {
  followSession,
  initialRoomState,
  showScreen,
  type RoomScreen,
  type RoomState,
} from '../../../shared/room/roomState.ts';
import { projectRoomView, type RoomView } from '../../../shared/room/roomView.ts';
import type { Clock } from '../live/clock.ts';

const keyOf = (cohortId: string, sessionId: string) => `${cohortId}\u0000${sessionId}`;

export class Room {
  #state: RoomState = initialRoomState();
  readonly #latest = new Map<string, LiveSnapshot>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get state(): RoomState {
    return this.#state;
  }

  /** The live host reports a session's new state. */
  sessionChanged(snapshot: LiveSnapshot): void {
    const { cohortId, sessionId } = snapshot.state;
    const key = keyOf(cohortId, sessionId);
    if (snapshot.state.status === 'ended') this.#latest.delete(key);
    else this.#latest.set(key, snapshot);
  }

  /** Whether the room's screen shows this session. */
  follows(cohortId: string, sessionId: string): boolean {
    const session = this.#state.session;
    return session?.cohortId === cohortId && session.sessionId === sessionId;
  }

  follow(cohortId: string, sessionId: string): void {
    this.#state = followSession(this.#state, { cohortId, sessionId });
  }

  show(screen: RoomScreen, message?: string): void {
    this.#state = showScreen(this.#state, screen, message);
  }

  /** What the room sees now. */
  view(): RoomView {
    const session = this.#state.session;
    const live = session ? this.#latest.get(keyOf(session.cohortId, session.sessionId)) : undefined;
    return projectRoomView(this.#state, live?.state, this.#clock.now());
  }
}
