/**
 * What the room's screen needs from the cohort file rather than the live session: the cohort's
 * name, the session's title, date and roles of the day, the room's size, and each member's
 * commitments under review at check-in. Pure: made from a cohort when the room starts following
 * one of its sessions, and again when the cohort changes.
 */
import type { Cohort, RoleName } from '../cohort/schema.ts';
import type { RoomSize } from './readability.ts';

export const ROLE_WORDS: Record<RoleName, string> = {
  facilitator: 'Facilitator',
  'note-taker': 'Note-taker',
  'data-reporter': 'Data reporter',
};

/** A commitment brought back at check-in: what, when due, and the last word on it. */
export interface ReviewItem {
  text: string;
  dueDate: string;
  /** The latest progress update's "accomplished", if any. */
  lastUpdate: string | null;
}

export interface RoomContext {
  cohortName: string;
  title: string;
  date: string;
  roles: { role: string; name: string }[];
  roomSize: RoomSize | null;
  /** Member id → that member's open commitments from earlier sessions, soonest due first. */
  reviews: Record<string, ReviewItem[]>;
}

export function roomContextOf(cohort: Cohort, sessionId: string): RoomContext | null {
  const at = cohort.sessions.findIndex((s) => s.id === sessionId);
  const session = cohort.sessions[at];
  if (!session) return null;
  const nameOf = (memberId: string) => cohort.members.find((m) => m.id === memberId)?.name;

  const latestUpdate = new Map<string, { at: string; accomplished: string }>();
  for (const s of cohort.sessions) {
    for (const update of s.progressUpdates) {
      const seen = latestUpdate.get(update.commitmentId);
      if (!seen || update.at > seen.at) latestUpdate.set(update.commitmentId, update);
    }
  }

  const reviews: Record<string, ReviewItem[]> = {};
  cohort.sessions.forEach((earlier, index) => {
    if (index === at) return;
    for (const commitment of earlier.commitments) {
      if (commitment.status !== 'open') continue;
      const accomplished = latestUpdate.get(commitment.id)?.accomplished.trim() ?? '';
      (reviews[commitment.ownerId] ??= []).push({
        text: commitment.text,
        dueDate: commitment.dueDate,
        lastUpdate: accomplished === '' ? null : accomplished,
      });
    }
  });
  for (const items of Object.values(reviews))
    items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));

  const roles = Object.entries(ROLE_WORDS).flatMap(([role, word]) => {
    const memberId = session.roles[role as RoleName];
    const name = memberId ? nameOf(memberId) : undefined;
    return name ? [{ role: word, name }] : [];
  });

  return {
    cohortName: cohort.name,
    title: session.title,
    date: session.date,
    roles,
    roomSize: cohort.roomSize ?? null,
    reviews,
  };
}
