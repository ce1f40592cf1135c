/**
 * The post-session report as data: one pure function from a cohort and a session to everything a
 * report says. The on-screen report, the Markdown, the printable page and the CSV files all render
 * this one model, so they cannot disagree. A session run in the console has its run log replayed
 * for the time each segment actually took. Of the cohort's journal only entries marked shareable
 * and written in this session are read: private entries
 * cannot leak into anything made from a report.
 */
import type { Cohort, Session } from '../cohort/schema.ts';
import { withNoteTexts } from '../cohort/noteText.ts';
import { resolveBank } from '../deck/customise.ts';
import { replayRunLog } from '../live/replay.ts';
import type { LiveState } from '../live/session.ts';
import type { CommitmentStatus } from '../vocabulary/commitmentStatus.ts';
import { NOTE_KIND_WORDS, REPORT_NOTE_ORDER, type NoteKind } from '../vocabulary/noteKinds.ts';
import { ROLE_NAMES, ROLE_WORDS, type RoleName } from '../vocabulary/roles.ts';

export interface ReportPerson {
  name: string;
  guest: boolean;
}

export interface ReportAction {
  owner: string;
  action: string;
  /** ISO yyyy-mm-dd. */
  dueDate: string;
  status: CommitmentStatus;
  /** How the group will know it is done; null when none was given. */
  successSignal: string | null;
}

export interface ReportProgress {
  /** ISO date-time the update was given. */
  at: string;
  accomplished: string;
  remaining: string;
  blockers: string;
  /** The owner asked the cohort for help with the blockers. */
  helpAsked: boolean;
}

/** A commitment from an earlier session, brought back in this one: updated, done or dropped. */
export interface ReportReviewed extends ReportAction {
  /** The session it was made in: its title, or its date when untitled. */
  madeIn: string;
  /** Every update given on it up to and including this session, oldest first. */
  updates: ReportProgress[];
}

export interface ReportSegment {
  title: string;
  plannedMs: number;
  /** Null when the session did not run in the console or the segment was never reached. */
  actualMs: number | null;
  skipped: boolean;
}

export interface SessionReport {
  cohort: { id: string; name: string };
  sessionId: string;
  /** The session's own title; empty when it has none. */
  title: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  endedAt: string | undefined;
  /** Whether the console ran it (it has a run log). */
  ran: boolean;
  /** From opening to ending the run, when the console ran it. */
  runMs: number | null;
  roles: { role: RoleName; label: string; name: string }[];
  present: ReportPerson[];
  absent: string[];
  challenge: { owner: string; text: string } | null;
  challengesBrought: number;
  /** Per category in deck order, then any category no longer in the deck. */
  asks: { category: string; count: number }[];
  askTotal: number;
  notes: { kind: NoteKind; heading: string; items: { text: string; who: string | null }[] }[];
  noteCount: number;
  actionPlan: ReportAction[];
  airtime: { name: string; speakingMs: number; turns: number; share: number }[];
  segments: ReportSegment[];
  reviewed: ReportReviewed[];
  /** Journal entries written in this session and marked shareable by their member; never a private one. */
  journal: { name: string; prompt: string | null; text: string }[];
}

/** The state the run log replays to, or null for a session the console never ran. */
function replayed(session: Session): LiveState | null {
  if (session.runLog.length === 0) return null;
  const replay = replayRunLog(withNoteTexts(session.runLog, session.notes));
  return replay.ok ? replay.state : null;
}

/**
 * The commitments from earlier sessions that this one followed up (an update given, or marked done
 * or dropped at its check-in), in the order they came up, each with its whole history so far: the
 * report says how a commitment got where it is, not only its last word. Updates given in later
 * sessions are left out, so a report reads the same whenever it is opened.
 */
function reviewedIn(
  cohort: Cohort,
  session: Session,
  memberName: (id: string) => string | null,
): ReportReviewed[] {
  const upTo = cohort.sessions.slice(0, cohort.sessions.indexOf(session) + 1);
  const madeIn = new Map(
    cohort.sessions.flatMap((s) => s.commitments.map((c) => [c.id, { commitment: c, made: s }])),
  );
  const history = upTo
    .flatMap((s) => s.progressUpdates)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const followedUp = [
    ...session.progressUpdates.map((u) => u.commitmentId),
    ...cohort.sessions.flatMap((s) =>
      s.commitments.filter((c) => c.closedInSessionId === session.id).map((c) => c.id),
    ),
  ];
  return [...new Set(followedUp)].flatMap((commitmentId): ReportReviewed[] => {
    const found = madeIn.get(commitmentId);
    if (!found || found.made === session) return [];
    const { commitment, made } = found;
    return [
      {
        owner: memberName(commitment.ownerId) ?? 'Someone',
        action: commitment.text,
        dueDate: commitment.dueDate,
        status: commitment.status,
        successSignal: commitment.successSignal ?? null,
        madeIn: made.title || made.date,
        updates: history
          .filter((u) => u.commitmentId === commitmentId)
          .map(({ at, accomplished, remaining, blockers, helpAsked }) => ({
            at,
            accomplished,
            remaining,
            blockers,
            helpAsked,
          })),
      },
    ];
  });
}

export function buildSessionReport(cohort: Cohort, sessionId: string): SessionReport | null {
  const session = cohort.sessions.find((s) => s.id === sessionId);
  if (!session) return null;
  const live = replayed(session);

  const memberName = (id: string) => cohort.members.find((m) => m.id === id)?.name ?? null;
  const nameOf = (id: string | undefined): string | null => {
    if (!id) return null;
    const attendee = session.attendance.find((a) => a.id === id || a.memberId === id);
    return attendee?.name ?? memberName(id);
  };
  const present = session.attendance.filter((a) => a.present);

  const chosen = session.challenges.find((c) => c.id === session.chosenChallengeId);
  const spoken = new Map(session.airtime.map((row) => [row.attendeeId, row]));
  const totalSpeaking = session.airtime.reduce((sum, row) => sum + row.speakingMs, 0);

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

  const reviewed = reviewedIn(cohort, session, memberName);

  return {
    cohort: { id: cohort.id, name: cohort.name },
    sessionId: session.id,
    title: session.title,
    date: session.date,
    endedAt: session.endedAt,
    ran: session.runLog.length > 0,
    runMs: live && live.endedAt !== null ? live.endedAt - live.openedAt : null,
    roles: ROLE_NAMES.flatMap((role) => {
      const name = nameOf(session.roles[role]);
      return name ? [{ role, label: ROLE_WORDS[role].label, name }] : [];
    }),
    present: present.map((a) => ({ name: a.name, guest: a.guest })),
    absent: session.attendance.filter((a) => !a.present).map((a) => a.name),
    challenge: chosen
      ? { owner: nameOf(chosen.attendeeId) ?? 'A member', text: chosen.text }
      : null,
    challengesBrought: session.challenges.filter((c) => !c.passed).length,
    asks,
    askTotal: asks.reduce((sum, a) => sum + a.count, 0),
    notes: REPORT_NOTE_ORDER.map((kind) => ({
      kind,
      heading: NOTE_KIND_WORDS[kind].heading,
      items: session.notes
        .filter((note) => note.kind === kind)
        .map((note) => ({ text: note.text, who: nameOf(note.attendeeId) })),
    })).filter((group) => group.items.length > 0),
    noteCount: session.notes.length,
    actionPlan: session.commitments.map((c) => ({
      owner: nameOf(c.ownerId) ?? 'Someone',
      action: c.text,
      dueDate: c.dueDate,
      status: c.status,
      successSignal: c.successSignal ?? null,
    })),
    airtime: present.map((a) => {
      const row = spoken.get(a.id);
      const speakingMs = row?.speakingMs ?? 0;
      return {
        name: a.name,
        speakingMs,
        turns: row?.turns ?? 0,
        share: totalSpeaking === 0 ? 0 : speakingMs / totalSpeaking,
      };
    }),
    segments: (live ? live.agenda.segments : session.agenda).map((s) => {
      const ran = actual.get(s.id);
      return {
        title: s.title,
        plannedMs: Math.round(s.plannedMinutes * 60_000),
        actualMs: ran && ran.visited ? ran.actualMs : null,
        skipped: s.skipped,
      };
    }),
    reviewed,
    journal: cohort.journal
      .filter((entry) => entry.shareable && entry.sessionId === session.id)
      .map((entry) => ({
        name: memberName(entry.memberId) ?? 'A former member',
        prompt: entry.prompt ?? null,
        text: entry.text,
      })),
  };
}
