/**
 * A cohort's notes as note search reads them: each note with what it was stamped with (phase,
 * question, who had the floor) and the session it was taken in, names resolved. Notes written
 * before the stamps get their phase from the agenda segment they were taken in.
 */
import type { Cohort, Note, Session } from '../cohort/schema.ts';
import { longDate } from '../report/reportWords.ts';
import type { NoteKind } from '../vocabulary/noteKinds.ts';
import type { Phase } from '../vocabulary/phases.ts';

export interface NoteRecord {
  noteId: string;
  sessionId: string;
  /** The session's title, or "Session of Thursday 12 November 2026" for an untitled one. */
  sessionTitle: string;
  sessionDate: string;
  at: string;
  kind: NoteKind;
  phase?: Phase | undefined;
  /** The question on the screen when the note was taken. */
  question?: string | undefined;
  text: string;
  /** Who said it (the note's attendee). */
  by?: string | undefined;
  /** Who had the floor when it was taken. */
  floor?: string | undefined;
}

export const sessionTitleOf = (session: Pick<Session, 'title' | 'date'>): string =>
  session.title || `Session of ${longDate(session.date)}`;

function recordOf(session: Session, note: Note, names: ReadonlyMap<string, string>): NoteRecord {
  const phase = note.phase ?? session.agenda.find((s) => s.id === note.segmentId)?.phase;
  return {
    noteId: note.id,
    sessionId: session.id,
    sessionTitle: sessionTitleOf(session),
    sessionDate: session.date,
    at: note.at,
    kind: note.kind,
    phase,
    question: note.question || undefined,
    text: note.text,
    by: note.attendeeId === undefined ? undefined : names.get(note.attendeeId),
    floor: note.floorAttendeeId === undefined ? undefined : names.get(note.floorAttendeeId),
  };
}

/** One session's notes, in the order they were taken. */
export function sessionNoteRecords(session: Session): NoteRecord[] {
  const names = new Map(session.attendance.map((a) => [a.id, a.name]));
  return session.notes.map((note) => recordOf(session, note, names));
}

/** Every note of the cohort, session by session. */
export const cohortNoteRecords = (cohort: Cohort): NoteRecord[] =>
  cohort.sessions.flatMap(sessionNoteRecords);

/** Whether two records would be indexed and shown the same. */
export const sameRecord = (a: NoteRecord, b: NoteRecord): boolean =>
  a.text === b.text &&
  a.kind === b.kind &&
  a.phase === b.phase &&
  a.question === b.question &&
  a.by === b.by &&
  a.floor === b.floor &&
  a.at === b.at &&
  a.sessionId === b.sessionId &&
  a.sessionTitle === b.sessionTitle &&
  a.sessionDate === b.sessionDate;
