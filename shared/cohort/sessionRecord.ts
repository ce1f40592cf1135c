/**
 * What a new session's record starts with besides its agenda: a default title that tells two
 * sessions on the same day apart, and the whole roster's attendance (present, absent, excused).
 */
import type { Attendee, Member, Session } from './schema.ts';

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );

/** "Session of December 1, 2026"; the second that day "Session of December 1, 2026 (2)". */
export function defaultSessionTitle(sessions: readonly Pick<Session, 'date'>[], date: string) {
  const base = `Session of ${longDate(date)}`;
  const sameDay = sessions.filter((session) => session.date === date).length;
  return sameDay === 0 ? base : `${base} (${sameDay + 1})`;
}

/**
 * The roster's attendance: the members attending in seating order, then every other current
 * member as absent, excused when they sent word. So "who was not there" is in the record, not
 * inferred from a roster that may have changed since.
 */
export function rosterAttendance(
  members: readonly Member[],
  attending: readonly string[],
  excused: readonly string[],
): { present: Attendee[]; absent: Attendee[] } {
  const byId = new Map(members.map((member) => [member.id, member]));
  const entry = (member: Member, present: boolean): Attendee => ({
    id: member.id,
    memberId: member.id,
    name: member.name,
    guest: false,
    present,
    ...(!present && excused.includes(member.id) ? { excused: true } : {}),
  });
  const present = attending.flatMap((id) => {
    const member = byId.get(id);
    return member ? [entry(member, true)] : [];
  });
  const absent = members
    .filter((member) => !member.archived && !attending.includes(member.id))
    .map((member) => entry(member, false));
  return { present, absent };
}
