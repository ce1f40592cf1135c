/**
 * The room: what the presenter shows. The core owns one; the console changes it with room.* and
 * live.open requests, and every view of the room receives its projection, the RoomView. The live
 * session's latest state is kept here as the live host reports it, and the cohort's part of the
 * screen (names, roles, commitments under review) as the store last had it, so the view can be
 * made at any moment without asking either.
 */
import type { Cohort } from '../../../shared/cohort/schema.ts';
import type { LiveSnapshot } from '../../../shared/live/snapshot.ts';
import { roomContextOf, type RoomContext } from '../../../shared/room/roomContext.ts';
import {
  followSession,
  initialRoomState,
  sessionStarted,
  showChallengeNames,
  showScreen,
  toggleBlank,
  type RoomState,
  type ShowScreen,
} from '../../../shared/room/roomState.ts';
import { projectRoomView, type RoomView } from '../../../shared/room/roomView.ts';
import type { Clock } from '../live/clock.ts';

const keyOf = (cohortId: string, sessionId: string) => `${cohortId}\u0000${sessionId}`;

export class Room {
  #state: RoomState = initialRoomState();
  #context: RoomContext | null = null;
  readonly #latest = new Map<string, LiveSnapshot>();
  readonly #joins = new Map<string, RoomView['join']>();
  readonly #clock: Clock;
  readonly #readCohort: (cohortId: string) => Promise<Cohort>;

  constructor(clock: Clock, readCohort: (cohortId: string) => Promise<Cohort>) {
    this.#clock = clock;
    this.#readCohort = readCohort;
  }

  get state(): RoomState {
    return this.#state;
  }

  /** The live host reports a session's new state; its first segment takes the room to the run. */
  sessionChanged(snapshot: LiveSnapshot): void {
    const { cohortId, sessionId } = snapshot.state;
    const key = keyOf(cohortId, sessionId);
    const before = this.#latest.get(key);
    if (snapshot.state.status === 'ended') this.#latest.delete(key);
    else this.#latest.set(key, snapshot);
    const started = snapshot.state.agenda.currentId !== null;
    const wasStarted = before !== undefined && before.state.agenda.currentId !== null;
    if (this.follows(cohortId, sessionId) && started && !wasStarted)
      this.#state = sessionStarted(this.#state);
  }

  /** Whether the room's screen shows this session. */
  follows(cohortId: string, sessionId: string): boolean {
    const session = this.#state.session;
    return session?.cohortId === cohortId && session.sessionId === sessionId;
  }

  followsCohort(cohortId: string): boolean {
    return this.#state.session?.cohortId === cohortId;
  }

  async follow(cohortId: string, sessionId: string): Promise<void> {
    const started = this.#latest.get(keyOf(cohortId, sessionId))?.state.agenda.currentId != null;
    const was = this.#state;
    this.#state = followSession(this.#state, { cohortId, sessionId }, started);
    if (this.#state !== was || this.#context === null) await this.cohortChanged(cohortId);
  }

  /** The cohort's file changed: the names, roles and commitments on the screen follow it. */
  async cohortChanged(cohortId: string): Promise<void> {
    const session = this.#state.session;
    if (session?.cohortId !== cohortId) return;
    const cohort = await this.#readCohort(cohortId).catch(() => undefined);
    // The room may have moved on while the file was read.
    if (this.#state.session !== session) return;
    this.#context = cohort ? roomContextOf(cohort, session.sessionId) : null;
  }

  show(show: ShowScreen): void {
    this.#state = showScreen(this.#state, show, this.#clock.now());
  }

  toggleBlank(): void {
    this.#state = toggleBlank(this.#state);
  }

  /** Joining opened (with its code and first address) or closed for a session. */
  joinChanged(cohortId: string, sessionId: string, join: RoomView['join']): void {
    this.#joins.set(keyOf(cohortId, sessionId), join);
  }

  showChallengeNames(shown: boolean): void {
    this.#state = showChallengeNames(this.#state, shown);
  }

  /** What the room sees now. */
  view(): RoomView {
    const session = this.#state.session;
    const live = session ? this.#latest.get(keyOf(session.cohortId, session.sessionId)) : undefined;
    const join = session
      ? (this.#joins.get(keyOf(session.cohortId, session.sessionId)) ?? null)
      : null;
    return projectRoomView(this.#state, live?.state, this.#clock.now(), this.#context, join);
  }
}
