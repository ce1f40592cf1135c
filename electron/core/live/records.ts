/**
 * Between the live state and the cohort file: what a session starts from (its attendance, agenda,
 * the cohort's deck and airtime history) and what the engine writes back into the session record as
 * the run goes (agenda, challenges, ask counts, airtime, notes, commitments, guests).
 */
import type { Attendee, Cohort, Commitment, Note, Session } from '../../../shared/cohort/schema.ts';
import { resolveBank } from '../../../shared/deck/customise.ts';
import { defaultAgenda, toSegmentRecords } from '../../../shared/live/agenda.ts';
import { askCounts, toLiveBank, type PastAsk } from '../../../shared/live/deck.ts';
import type { LiveInit, LiveState, Person } from '../../../shared/live/session.ts';

/** Present attendees in their order, as the people of the live session. */
export const peopleOf = (session: Session): Person[] =>
  session.attendance
    .filter((a) => a.present)
    .map((a) => ({ id: a.id, name: a.name, guest: a.guest, memberId: a.memberId ?? null }));

/** Speaking time per member over the cohort's other sessions, keyed by this session's attendee ids. */
export function historyFor(cohort: Cohort, session: Session): Record<string, number> {
  const byMember = new Map<string, number>();
  for (const other of cohort.sessions) {
    if (other.id === session.id || other.airtime.length === 0) continue;
    const memberOf = new Map(other.attendance.map((a) => [a.id, a.memberId ?? a.id]));
    for (const row of other.airtime) {
      const member = memberOf.get(row.attendeeId) ?? row.attendeeId;
      byMember.set(member, (byMember.get(member) ?? 0) + row.speakingMs);
    }
  }
  const history: Record<string, number> = {};
  for (const attendee of session.attendance) {
    const ms = byMember.get(attendee.memberId ?? attendee.id);
    if (ms) history[attendee.id] = ms;
  }
  return history;
}

/** `cohortId` is the store's handle for the cohort's file: the id views address it by. */
export function initFor(cohortId: string, cohort: Cohort, session: Session): LiveInit {
  const agenda =
    session.agenda.length > 0 ? session.agenda : (cohort.agendaTemplate ?? defaultAgenda());
  return {
    cohortId,
    sessionId: session.id,
    people: peopleOf(session),
    agenda: agenda.map(({ id, phase, title, plannedMinutes, cue, skipped }) => ({
      id,
      phase,
      title,
      plannedMinutes,
      skipped,
      ...(cue ? { cue } : {}),
    })),
    bank: toLiveBank(resolveBank(cohort.questionBank)),
    historyMs: historyFor(cohort, session),
    askedBefore: askedBefore(cohort, session),
  };
}

/** Questions asked of members in the cohort's other sessions, for the deck's memory. */
export function askedBefore(cohort: Cohort, session: Session): PastAsk[] {
  return cohort.sessions.flatMap((other) =>
    other.id === session.id
      ? []
      : (other.questionsAsked ?? []).flatMap(({ questionId, ownerId }) =>
          ownerId ? [{ questionId, ownerId, date: other.date }] : [],
        ),
  );
}

/** Ids the live session minted (notes, commitments, guests) start with its own id. */
const mintedBy = (state: LiveState) => {
  const prefix = `${state.sessionId.slice(0, 48)}-`;
  return (id: string) => id.startsWith(prefix);
};

/**
 * Brings the stored records in line with the live ones, in place (the session is a store draft, so
 * nothing of it is copied into new arrays): fields the live session owns are overwritten, fields
 * others own (a commitment's status, completedAt) are kept, records removed live are dropped, records
 * the live session never had are left alone. Only the live records that changed since `before`
 * are written, and the stored ones are read once, so a note added to a long session costs one
 * pass over the stored ids, not one per note.
 */
function syncById<L extends { id: string }, R extends { id: string }>(
  stored: R[],
  before: readonly L[] | undefined,
  after: readonly L[],
  toRecord: (live: L) => R,
  minted: (id: string) => boolean,
): void {
  const previous = new Map((before ?? []).map((record) => [record.id, record]));
  const changed = after.filter((record) => previous.get(record.id) !== record);
  const current = new Set(after.map((record) => record.id));
  const removed = new Set(
    (before ?? stored).map((record) => record.id).filter((id) => minted(id) && !current.has(id)),
  );
  if (changed.length === 0 && removed.size === 0) return;
  if (removed.size > 0) {
    for (let i = stored.length - 1; i >= 0; i--)
      if (removed.has(stored[i]!.id)) stored.splice(i, 1);
  }
  const at = new Map<string, number>();
  stored.forEach((record, i) => at.set(record.id, i));
  for (const live of changed) {
    const record = toRecord(live);
    const index = at.get(record.id);
    if (index === undefined) {
      const fresh = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
      at.set(record.id, stored.push(fresh as R) - 1);
      continue;
    }
    const target = stored[index]! as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) delete target[key];
      else if (target[key] !== value) target[key] = value;
    }
  }
}

const noteRecord = (note: LiveState['notes'][number]): Note => ({
  id: note.id,
  at: note.at,
  text: note.text,
  kind: note.kind,
  ...(note.segmentId === null ? {} : { segmentId: note.segmentId }),
  ...(note.attendeeId === null ? {} : { attendeeId: note.attendeeId }),
  ...(note.phase === null ? {} : { phase: note.phase }),
  ...(note.question === null ? {} : { question: note.question }),
  ...(note.floorId === null ? {} : { floorAttendeeId: note.floorId }),
});

const commitmentRecord = (c: LiveState['commitments'][number]): Commitment =>
  ({
    id: c.id,
    ownerId: c.ownerId,
    text: c.text,
    dueDate: c.dueDate,
    // Named even when absent, so an edit that clears it removes it from the record.
    successSignal: c.successSignal,
    createdAt: c.createdAt,
    ...(c.challengeId === null ? {} : { challengeId: c.challengeId }),
  }) as Commitment;

/**
 * Writes what changed between two live states into the session record (a store draft). Only slices
 * whose object changed are touched, so a timer command writes nothing but its run log entry.
 */
export function writeSessionRecord(
  session: Session,
  before: LiveState | undefined,
  after: LiveState,
): void {
  const changed = <K extends keyof LiveState>(key: K) =>
    before === undefined || before[key] !== after[key];
  if (changed('agenda')) session.agenda = toSegmentRecords(after.agenda);
  if (changed('challenges')) {
    session.challenges = after.challenges.entries.map(({ id, attendeeId, text, passed }) => ({
      id,
      attendeeId,
      text,
      passed,
    }));
    if (after.challenges.chosenId === null) delete session.chosenChallengeId;
    else session.chosenChallengeId = after.challenges.chosenId;
  }
  if (before === undefined || before.deck.asked !== after.deck.asked) {
    session.askCounts = askCounts(after.deck);
    const memberOf = new Map(after.people.map((p) => [p.id, p.memberId]));
    session.questionsAsked = after.deck.asked.map((mark) => {
      const ownerId = mark.ownerId === null ? null : memberOf.get(mark.ownerId);
      return { questionId: mark.questionId, ...(ownerId ? { ownerId } : {}) };
    });
  }
  if (before === undefined || before.queue.airtime !== after.queue.airtime) {
    session.airtime = Object.entries(after.queue.airtime).map(([attendeeId, a]) => ({
      attendeeId,
      speakingMs: a.speakingMs,
      turns: a.turns,
    }));
  }
  const minted = mintedBy(after);
  if (changed('notes')) syncById(session.notes, before?.notes, after.notes, noteRecord, minted);
  if (changed('commitments')) {
    syncById(session.commitments, before?.commitments, after.commitments, commitmentRecord, minted);
  }
  if (changed('people')) {
    const known = new Set(session.attendance.map((a) => a.id));
    const guests: Attendee[] = after.people
      .filter((p) => !known.has(p.id))
      .map((p) => ({ id: p.id, name: p.name, guest: true, present: true }));
    if (guests.length > 0) session.attendance.push(...guests);
  }
  if (after.endedAt !== null && (before === undefined || before.endedAt === null)) {
    session.endedAt = new Date(after.endedAt).toISOString();
  }
}
