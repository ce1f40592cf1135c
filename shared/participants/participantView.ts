/**
 * What one participant's phone shows: what the room sees (the phase, the question, who has the
 * floor, the timers) and that participant's own items (their hand, their challenge, their vote,
 * their commitments), never another member's. Pure: a projection of the room view, the live
 * session and the cohort, for one attendee. Which actions are open follows the phase.
 */
import { reviewsAt, updateSummary } from '../commitments/review.ts';
import type { Cohort } from '../cohort/schema.ts';
import { currentSegment } from '../live/selectors.ts';
import type { LiveState } from '../live/session.ts';
import type { RoomView } from '../room/roomView.ts';
import type { DeviceStatus, ParticipantView } from './participantViewSchema.ts';

export {
  DeviceStatusSchema,
  ParticipantViewSchema,
  type DeviceStatus,
  type ParticipantView,
} from './participantViewSchema.ts';

export interface ParticipantOf {
  status: DeviceStatus;
  name: string;
  /** Null until the facilitator admits a guest into the session. */
  attendeeId: string | null;
  memberId: string | null;
}

const PHASES_BEFORE_CHALLENGES = new Set(['check-in']);

/** Whether the session has not gone past check-in: progress updates are taken until then. */
function beforeOrAtCheckIn(state: LiveState): boolean {
  const segment = currentSegment(state);
  if (!segment) return true;
  return PHASES_BEFORE_CHALLENGES.has(segment.phase);
}

export function projectParticipantView(
  who: ParticipantOf,
  room: RoomView,
  state: LiveState,
  cohort: Cohort,
): ParticipantView {
  const run = room.run;
  const phase = currentSegment(state)?.phase ?? null;
  const me = who.status === 'admitted' ? who.attendeeId : null;
  const entry = me ? state.challenges.entries.find((c) => c.attendeeId === me) : undefined;
  const stage = run?.stage;
  const question =
    stage && (stage.phase === 'clarifying' || stage.phase === 'custom') ? stage.question : null;
  const handsTaken = state.queue.mode === 'hands' && state.status === 'running';
  const waitingAt = me ? state.queue.waiting.indexOf(me) : -1;
  const voting = phase === 'choose' && state.challenges.chosenId === null;
  const reviews = who.memberId ? (reviewsAt(cohort, state.sessionId).get(who.memberId) ?? []) : [];
  return {
    status: who.status,
    name: who.name,
    cohort: cohort.name,
    title: cohort.sessions.find((s) => s.id === state.sessionId)?.title ?? '',
    at: room.at,
    room: {
      screen: room.screen,
      segment: run?.segment ?? null,
      question,
      floor: run?.floor?.name ?? null,
      timers: run?.timers ?? null,
      message: room.screen === 'message' ? room.message : null,
    },
    hand: {
      open: me !== null && handsTaken,
      raised: waitingAt >= 0,
      place: waitingAt >= 0 ? waitingAt + 1 : null,
      speaking: me !== null && state.queue.floor === me,
    },
    challenge: {
      open: me !== null && phase === 'challenges' && state.status === 'running',
      text: entry?.text ?? '',
      passed: entry?.passed ?? false,
      written: entry !== undefined,
    },
    vote: {
      open: me !== null && voting && state.status === 'running',
      // The challenges to vote on, without their authors: the vote is on the problem, in secret.
      options: voting
        ? state.challenges.entries
            .filter((c) => !c.passed && c.text)
            .map((c) => ({ id: c.id, text: c.text }))
        : [],
      mine: me ? (state.challenges.votes[me] ?? null) : null,
    },
    recommend: {
      open:
        me !== null &&
        state.status === 'running' &&
        (phase === 'recommendations' || phase === 'consult') &&
        state.challenges.entries.find((c) => c.id === state.challenges.chosenId)?.attendeeId !== me,
      waiting: me ? state.offers.filter((o) => o.attendeeId === me).map((o) => o.text) : [],
    },
    commitments: reviews
      .filter(({ commitment }) => commitment.status === 'open')
      .map(({ commitment, updates }) => ({
        id: commitment.id,
        text: commitment.text,
        dueDate: commitment.dueDate,
        lastUpdate: updateSummary(updates.at(-1)),
      })),
    progressOpen: me !== null && who.memberId !== null && beforeOrAtCheckIn(state),
    journalOpen: me !== null && who.memberId !== null && phase === 'reflect',
    charter: {
      mission: cohort.charter.mission,
      codeOfConduct: cohort.charter.codeOfConduct,
    },
  };
}
