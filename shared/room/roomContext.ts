/**
 * What the room's screen needs from the cohort file rather than the live session: the cohort's
 * name, the session's title, date and roles of the day, the room's size, and each member's
 * commitments under review at check-in. Pure: made from a cohort when the room starts following
 * one of its sessions, and again when the cohort changes.
 */
import type { Cohort } from '../cohort/schema.ts';
import type { CommitmentStatus } from '../vocabulary/commitmentStatus.ts';
import { helpAskedIn, reviewsAt, updateSummary } from '../commitments/review.ts';
import { ROLE_NAMES, ROLE_WORDS } from '../vocabulary/roles.ts';
import type { RoomSize } from './readability.ts';

/** A commitment brought back at check-in: what, when due, and the last word on it. */
export interface ReviewItem {
  text: string;
  dueDate: string;
  /** How the group will know it is done; null when none was given. */
  successSignal: string | null;
  /** The latest progress update's word: accomplished, else remaining, else blockers. */
  lastUpdate: string | null;
  /** Open, or closed by this session's review (done is celebrated on the screen). */
  status: CommitmentStatus;
}

export interface RoomContext {
  cohortName: string;
  title: string;
  date: string;
  roles: { role: string; name: string }[];
  roomSize: RoomSize | null;
  /**
   * Member id → that member's open commitments from earlier sessions, and those this session's
   * review closed, soonest due first.
   */
  reviews: Record<string, ReviewItem[]>;
  /** Blockers this session's review asked the cohort's help with, for the recommendations. */
  help: { name: string; blockers: string }[];
}

export function roomContextOf(cohort: Cohort, sessionId: string): RoomContext | null {
  const session = cohort.sessions.find((s) => s.id === sessionId);
  if (!session) return null;
  const nameOf = (memberId: string) => cohort.members.find((m) => m.id === memberId)?.name;

  const reviews: Record<string, ReviewItem[]> = {};
  for (const [memberId, items] of reviewsAt(cohort, sessionId)) {
    reviews[memberId] = items.map(({ commitment, updates }) => ({
      text: commitment.text,
      dueDate: commitment.dueDate,
      successSignal: commitment.successSignal ?? null,
      lastUpdate: updateSummary(updates.at(-1)),
      status: commitment.status,
    }));
  }

  const roles = ROLE_NAMES.flatMap((role) => {
    const memberId = session.roles[role];
    const name = memberId ? nameOf(memberId) : undefined;
    return name ? [{ role: ROLE_WORDS[role].label, name }] : [];
  });

  return {
    cohortName: cohort.name,
    title: session.title,
    date: session.date,
    roles,
    roomSize: cohort.roomSize ?? null,
    reviews,
    help: helpAskedIn(cohort, sessionId).map((asked) => ({
      name: nameOf(asked.ownerId) ?? 'A former member',
      blockers: asked.blockers,
    })),
  };
}
