/**
 * The figures a cohort keeps across its sessions besides follow-through (seed 003: track what
 * matters; seed 002: whose voice fills the room): each member's share of the airtime over every
 * session, and how many questions of each category were asked in each session. Pure: made from
 * the cohort file, so the cohort screen shows what the file says.
 */
import { resolveBank } from '../deck/customise.ts';
import type { Cohort, Session } from './schema.ts';

export interface AirtimeShare {
  /** A member's id; null for the row that adds up the guests. */
  memberId: string | null;
  name: string;
  speakingMs: number;
  turns: number;
  /** Of all the speaking time recorded, 0 to 1. */
  share: number;
}

/** Sessions in the order they happened; same-day sessions keep the file's order. */
export const byDate = (sessions: readonly Session[]): Session[] =>
  sessions
    .map((session, index) => ({ session, index }))
    .sort((a, b) => a.session.date.localeCompare(b.session.date) || a.index - b.index)
    .map(({ session }) => session);

/**
 * Airtime across all sessions: one row per member who is still in the cohort, in the member list's
 * order (silent ones too, at 0), then one for all guests together when any spoke. A former
 * member's time counts in the total, so the shares say how the room's time was really spread.
 */
export function airtimeShares(cohort: Cohort): AirtimeShare[] {
  const byMember = new Map<string, { speakingMs: number; turns: number }>();
  const guests = { speakingMs: 0, turns: 0 };
  const memberIds = new Set(cohort.members.map((m) => m.id));
  let total = 0;
  for (const session of cohort.sessions) {
    const attendees = new Map(session.attendance.map((a) => [a.id, a]));
    for (const row of session.airtime) {
      total += row.speakingMs;
      const attendee = attendees.get(row.attendeeId);
      const memberId =
        attendee?.memberId ?? (!attendee && memberIds.has(row.attendeeId) ? row.attendeeId : null);
      let into = guests;
      if (memberId) {
        into = byMember.get(memberId) ?? { speakingMs: 0, turns: 0 };
        byMember.set(memberId, into);
      }
      into.speakingMs += row.speakingMs;
      into.turns += row.turns;
    }
  }
  const share = (ms: number) => (total === 0 ? 0 : ms / total);
  const members = cohort.members
    .filter((member) => !member.archived)
    .map((member): AirtimeShare => {
      const spoken = byMember.get(member.id) ?? { speakingMs: 0, turns: 0 };
      return { memberId: member.id, name: member.name, ...spoken, share: share(spoken.speakingMs) };
    });
  if (guests.speakingMs === 0) return members;
  return [
    ...members,
    { memberId: null, name: 'Guests', ...guests, share: share(guests.speakingMs) },
  ];
}

export interface QuestionsPerSession {
  /** The deck's categories in its order, then any category a session counted that it no longer has. */
  categories: { id: string; name: string }[];
  /** Each session that recorded questions, oldest first, counts in the categories' order. */
  sessions: { sessionId: string; date: string; title: string; counts: number[]; total: number }[];
}

/**
 * Questions asked per category over time. Categories are named from the cohort's own deck, or the
 * default bank when it has none; a category since removed from the deck keeps its id as its name.
 * A session that recorded no question is left out: it says nothing about the mix.
 */
export function questionsPerSession(cohort: Cohort): QuestionsPerSession {
  const deck = resolveBank(cohort.questionBank).categories.map(({ id, name }) => ({ id, name }));
  const known = new Set(deck.map((c) => c.id));
  const extra = [
    ...new Set(
      cohort.sessions.flatMap((s) => Object.keys(s.askCounts).filter((id) => !known.has(id))),
    ),
  ].map((id) => ({ id, name: id }));
  const categories = [...deck, ...extra];
  const sessions = byDate(cohort.sessions).flatMap((session) => {
    const counts = categories.map((c) => session.askCounts[c.id] ?? 0);
    const total = counts.reduce((sum, n) => sum + n, 0);
    return total === 0
      ? []
      : [{ sessionId: session.id, date: session.date, title: session.title, counts, total }];
  });
  return { categories, sessions };
}
