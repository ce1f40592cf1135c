/**
 * The agenda of a running session: its segments in order, which one is current, and how long each
 * has actually taken. Elapsed time per segment is banked when the facilitator leaves it, so going
 * back to a segment continues its clock rather than starting it over.
 */
import { z } from 'zod';
import type { Segment } from '../cohort/schema.ts';
import { MAX_PLANNED_MINUTES } from '../vocabulary/limits.ts';
import { PHASE_WORDS, PhaseSchema, type Phase } from '../vocabulary/phases.ts';
import { refuse, type Refusal } from './refusal.ts';

export const LiveSegmentSchema = z.object({
  id: z.string(),
  phase: PhaseSchema,
  title: z.string(),
  plannedMinutes: z.number().min(0).max(MAX_PLANNED_MINUTES),
  /** What the room is told to do in this segment; '' for nothing beyond its title. */
  cue: z.string(),
  skipped: z.boolean(),
  /** True once the segment has been entered. */
  visited: z.boolean(),
  /** Time spent in the segment before the current visit. */
  actualMs: z.number().int().min(0),
});
export type LiveSegment = z.infer<typeof LiveSegmentSchema>;

export const AgendaStateSchema = z.object({
  segments: z.array(LiveSegmentSchema),
  currentId: z.string().nullable(),
  /** When the current segment was entered; null when no segment is current. */
  enteredAt: z.number().nullable(),
});
export type AgendaState = z.infer<typeof AgendaStateSchema>;

/** A segment as a plan: what a protocol, the default agenda or a template is made of. */
export type PlannedSegment = Pick<Segment, 'id' | 'phase' | 'title' | 'plannedMinutes'> & {
  cue: string;
};

/** The protocol of DOMAIN.md, one segment per phase in order, with what the room is told: 90 minutes. */
const PROTOCOL_STEPS: readonly { phase: Phase; plannedMinutes: number; cue: string }[] = [
  { phase: 'check-in', plannedMinutes: 5, cue: 'Check in: what got done since last time?' },
  { phase: 'challenges', plannedMinutes: 10, cue: 'Everyone writes one challenge, or passes' },
  { phase: 'choose', plannedMinutes: 5, cue: 'One vote each: which challenge do we work on?' },
  {
    phase: 'clarifying',
    plannedMinutes: 30,
    cue: 'Ask a question from the deck; the owner answers in 30 seconds',
  },
  { phase: 'recommendations', plannedMinutes: 15, cue: 'Everyone in turn recommends a solution' },
  { phase: 'commit', plannedMinutes: 15, cue: 'The owner commits: what, by whom, by when' },
  { phase: 'reflect', plannedMinutes: 10, cue: 'What changed in how we see the problem?' },
];

/** The protocol of DOMAIN.md as an agenda: its segments named for their phases. */
export const DEFAULT_AGENDA: readonly PlannedSegment[] = PROTOCOL_STEPS.map((step) => ({
  id: step.phase,
  title: PHASE_WORDS[step.phase].label,
  ...step,
}));

export const defaultAgenda = (): Segment[] =>
  DEFAULT_AGENDA.map((segment) => ({ ...segment, skipped: false }));

export const createAgenda = (
  segments: readonly (Pick<Segment, 'id' | 'phase' | 'title' | 'plannedMinutes'> & {
    cue?: string | undefined;
    skipped?: boolean | undefined;
  })[],
): AgendaState => ({
  segments: segments.map(({ id, phase, title, plannedMinutes, cue, skipped }) => ({
    id,
    phase,
    title,
    plannedMinutes,
    cue: cue ?? '',
    skipped: skipped ?? false,
    visited: false,
    actualMs: 0,
  })),
  currentId: null,
  enteredAt: null,
});

/** The agenda as the cohort file stores it (a session's agenda, or the cohort's template). */
export const toSegmentRecords = (agenda: AgendaState): Segment[] =>
  agenda.segments.map(({ id, phase, title, plannedMinutes, cue, skipped }) => ({
    id,
    phase,
    title,
    plannedMinutes,
    skipped,
    // An empty cue is left out, so a file keeps the shape it had before cues.
    ...(cue ? { cue } : {}),
  }));

export const plannedMs = (segment: LiveSegment): number =>
  Math.round(segment.plannedMinutes * 60_000);

export const currentSegment = (agenda: AgendaState): LiveSegment | undefined =>
  agenda.currentId === null ? undefined : agenda.segments.find((s) => s.id === agenda.currentId);

/** Time spent in a segment so far, including the current visit. */
export const segmentElapsedMs = (agenda: AgendaState, segment: LiveSegment, now: number): number =>
  segment.actualMs +
  (segment.id === agenda.currentId && agenda.enteredAt !== null ? now - agenda.enteredAt : 0);

const indexOf = (agenda: AgendaState, id: string) => agenda.segments.findIndex((s) => s.id === id);
const missing = (id: string): Refusal => refuse('not-found', `There is no agenda segment ${id}.`);

/** Leaves the current segment (banking its time) and enters another one, or none. */
export function enterSegment(agenda: AgendaState, id: string | null, now: number): AgendaState {
  if (id === agenda.currentId) return agenda;
  const leaving = agenda.currentId;
  const since = agenda.enteredAt;
  const segments = agenda.segments.map((s) => {
    if (s.id === leaving && since !== null) return { ...s, actualMs: s.actualMs + (now - since) };
    if (s.id === id) return { ...s, visited: true };
    return s;
  });
  return { segments, currentId: id, enteredAt: id === null ? null : now };
}

export function gotoSegment(agenda: AgendaState, id: string, now: number): AgendaState | Refusal {
  if (indexOf(agenda, id) < 0) return missing(id);
  return enterSegment(agenda, id, now);
}

/** The next segment that is not skipped, after the current one (the first if none is current). */
export function nextSegment(agenda: AgendaState, now: number): AgendaState | Refusal {
  const from = agenda.currentId === null ? -1 : indexOf(agenda, agenda.currentId);
  const next = agenda.segments.find((s, i) => i > from && !s.skipped);
  if (!next) return refuse('not-now', 'This is the last segment; end the session to finish.');
  return enterSegment(agenda, next.id, now);
}

export function previousSegment(agenda: AgendaState, now: number): AgendaState | Refusal {
  if (agenda.currentId === null) return refuse('not-now', 'The session has not started a segment.');
  const from = indexOf(agenda, agenda.currentId);
  const previous = agenda.segments.slice(0, from).findLast((s) => !s.skipped);
  if (!previous) return refuse('not-now', 'This is the first segment.');
  return enterSegment(agenda, previous.id, now);
}

export function moveSegment(
  agenda: AgendaState,
  id: string,
  toIndex: number,
): AgendaState | Refusal {
  const from = indexOf(agenda, id);
  if (from < 0) return missing(id);
  const to = Math.max(0, Math.min(agenda.segments.length - 1, toIndex));
  if (to === from) return agenda;
  const segments = [...agenda.segments];
  const [moved] = segments.splice(from, 1);
  segments.splice(to, 0, moved!);
  return { ...agenda, segments };
}

/** Skips (or restores) a segment; skipping the current one moves on to the next. */
export function skipSegment(
  agenda: AgendaState,
  id: string,
  skipped: boolean,
  now: number,
): AgendaState | Refusal {
  const at = indexOf(agenda, id);
  if (at < 0) return missing(id);
  if (agenda.segments[at]!.skipped === skipped) return agenda;
  const marked: AgendaState = {
    ...agenda,
    segments: agenda.segments.map((s) => (s.id === id ? { ...s, skipped } : s)),
  };
  if (!skipped || agenda.currentId !== id) return marked;
  const next = marked.segments.find((s, i) => i > at && !s.skipped);
  return enterSegment(marked, next ? next.id : null, now);
}

export interface NewSegment {
  id: string;
  title: string;
  plannedMinutes: number;
  phase: Phase;
  cue?: string | undefined;
  /** Inserted after this segment; at the end when absent. */
  afterId?: string | undefined;
}

export function addSegment(agenda: AgendaState, segment: NewSegment): AgendaState | Refusal {
  const at =
    segment.afterId === undefined ? agenda.segments.length - 1 : indexOf(agenda, segment.afterId);
  if (at < 0 && segment.afterId !== undefined) return missing(segment.afterId);
  const segments = [...agenda.segments];
  segments.splice(at + 1, 0, {
    id: segment.id,
    phase: segment.phase,
    title: segment.title,
    plannedMinutes: segment.plannedMinutes,
    cue: segment.cue ?? '',
    skipped: false,
    visited: false,
    actualMs: 0,
  });
  return { ...agenda, segments };
}

export function editSegment(
  agenda: AgendaState,
  id: string,
  changes: {
    title?: string | undefined;
    plannedMinutes?: number | undefined;
    cue?: string | undefined;
  },
): AgendaState | Refusal {
  const segment = agenda.segments.find((s) => s.id === id);
  if (!segment) return missing(id);
  const title = changes.title ?? segment.title;
  const plannedMinutes = changes.plannedMinutes ?? segment.plannedMinutes;
  const cue = changes.cue ?? segment.cue;
  if (title === segment.title && plannedMinutes === segment.plannedMinutes && cue === segment.cue)
    return agenda;
  return {
    ...agenda,
    segments: agenda.segments.map((s) => (s.id === id ? { ...s, title, plannedMinutes, cue } : s)),
  };
}

/** Removes a segment that has not been entered yet (a visited one has history: skip it instead). */
export function removeSegment(agenda: AgendaState, id: string): AgendaState | Refusal {
  const segment = agenda.segments.find((s) => s.id === id);
  if (!segment) return missing(id);
  if (segment.visited)
    return refuse('invalid', `${segment.title} has been run already; skip it instead.`);
  return { ...agenda, segments: agenda.segments.filter((s) => s.id !== id) };
}

export type SegmentStatus = 'done' | 'current' | 'upcoming' | 'skipped';

export interface SegmentSchedule {
  id: string;
  title: string;
  phase: Phase;
  status: SegmentStatus;
  plannedMs: number;
  elapsedMs: number;
  /** elapsed − planned: positive means over its time. */
  overMs: number;
}

export interface Schedule {
  segments: SegmentSchedule[];
  /** The plan: every segment's planned time, skipped ones included. */
  plannedMs: number;
  /** Time spent in segments so far. */
  elapsedMs: number;
  /** How long the session will take at this rate: done segments' actual time, the current one's
   * planned or actual (whichever is longer) and the planned time of those still to come. */
  projectedMs: number;
  /** projected − planned: positive means behind (running late), negative means ahead. */
  behindMs: number;
}

export function schedule(agenda: AgendaState, now: number): Schedule {
  let planned = 0;
  let elapsed = 0;
  let projected = 0;
  const segments = agenda.segments.map((s): SegmentSchedule => {
    const p = plannedMs(s);
    const e = segmentElapsedMs(agenda, s, now);
    const status: SegmentStatus =
      s.id === agenda.currentId
        ? 'current'
        : s.skipped
          ? 'skipped'
          : s.visited
            ? 'done'
            : 'upcoming';
    planned += p;
    elapsed += e;
    projected += status === 'current' ? Math.max(p, e) : status === 'upcoming' ? p : e;
    return {
      id: s.id,
      title: s.title,
      phase: s.phase,
      status,
      plannedMs: p,
      elapsedMs: e,
      overMs: e - p,
    };
  });
  return {
    segments,
    plannedMs: planned,
    elapsedMs: elapsed,
    projectedMs: projected,
    behindMs: projected - planned,
  };
}
