/**
 * What an ended session's report shows, read from the session record (and, when the session ran in
 * the console, from its replayed live state for the time each segment actually took).
 */
import type { Cohort, Session } from '../../../shared/cohort/schema.ts';
import { resolveBank } from '../../../shared/deck/customise.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { CommitmentStatus } from '../../../shared/vocabulary/commitmentStatus.ts';
import {
  NOTE_KIND_WORDS,
  REPORT_NOTE_ORDER,
  type NoteKind,
} from '../../../shared/vocabulary/noteKinds.ts';

export interface ReportView {
  title: string;
  date: string;
  endedAt: string | undefined;
  /** From opening to ending the run, when the console ran it. */
  runMs: number | null;
  present: { name: string; guest: boolean }[];
  absent: string[];
  challenge: { owner: string; text: string } | null;
  challengesBrought: number;
  notes: { kind: NoteKind; heading: string; items: { text: string; who: string | null }[] }[];
  noteCount: number;
  commitments: { text: string; owner: string; dueDate: string; status: CommitmentStatus }[];
  airtime: { name: string; speakingMs: number; turns: number; share: number }[];
  asks: { category: string; count: number }[];
  segments: { title: string; plannedMs: number; actualMs: number | null; skipped: boolean }[];
}

export function buildReport(cohort: Cohort, session: Session, live?: LiveState): ReportView {
  const nameOf = (id: string | undefined): string | null => {
    if (!id) return null;
    const attendee = session.attendance.find((a) => a.id === id || a.memberId === id);
    return attendee?.name ?? cohort.members.find((m) => m.id === id)?.name ?? null;
  };
  const present = session.attendance.filter((a) => a.present);

  const chosen = session.challenges.find((c) => c.id === session.chosenChallengeId);
  const spoken = new Map(session.airtime.map((row) => [row.attendeeId, row]));
  const total = session.airtime.reduce((sum, row) => sum + row.speakingMs, 0);

  const categories = live?.deck.bank.categories ?? resolveBank(cohort.questionBank).categories;
  const counts = session.askCounts;
  const known = new Set(categories.map((c) => c.id));
  const asks = [
    ...categories.map((c) => ({ category: c.name, count: counts[c.id] ?? 0 })),
    ...Object.entries(counts)
      .filter(([id]) => !known.has(id))
      .map(([id, count]) => ({ category: id, count })),
  ];

  const actual = new Map(live?.agenda.segments.map((s) => [s.id, s]) ?? []);

  return {
    title: session.title,
    date: session.date,
    endedAt: session.endedAt,
    runMs: live && live.endedAt !== null ? live.endedAt - live.openedAt : null,
    present: present.map((a) => ({ name: a.name, guest: a.guest })),
    absent: session.attendance.filter((a) => !a.present).map((a) => a.name),
    challenge: chosen
      ? { owner: nameOf(chosen.attendeeId) ?? 'A member', text: chosen.text }
      : null,
    challengesBrought: session.challenges.filter((c) => !c.passed).length,
    notes: REPORT_NOTE_ORDER.map((kind) => ({
      kind,
      heading: NOTE_KIND_WORDS[kind].heading,
      items: session.notes
        .filter((note) => note.kind === kind)
        .map((note) => ({ text: note.text, who: nameOf(note.attendeeId) })),
    })).filter((group) => group.items.length > 0),
    noteCount: session.notes.length,
    commitments: session.commitments.map((c) => ({
      text: c.text,
      owner: nameOf(c.ownerId) ?? 'Someone',
      dueDate: c.dueDate,
      status: c.status,
    })),
    airtime: present.map((a) => {
      const row = spoken.get(a.id);
      const speakingMs = row?.speakingMs ?? 0;
      return {
        name: a.name,
        speakingMs,
        turns: row?.turns ?? 0,
        share: total === 0 ? 0 : speakingMs / total,
      };
    }),
    asks,
    segments: (live ? live.agenda.segments : session.agenda).map((s) => {
      const ran = actual.get(s.id);
      return {
        title: s.title,
        plannedMs: Math.round(s.plannedMinutes * 60_000),
        actualMs: ran && ran.visited ? ran.actualMs : null,
        skipped: s.skipped,
      };
    }),
  };
}
