/**
 * What a session can be set up to run: the protocols, and the cohort's own saved template when it
 * has one. The choice's agenda, with its per-case steps repeated for each case the facilitator
 * plans, becomes the session's agenda; its id is kept on the session record.
 */
import type { Cohort, Segment } from '../cohort/schema.ts';
import type { PlannedSegment } from '../live/agenda.ts';
import {
  DEFAULT_PROTOCOL_ID,
  PROTOCOL_LIST,
  PROTOCOLS,
  type ProtocolSegment,
} from './protocols.ts';

import { COHORT_TEMPLATE_ID, type AgendaChoiceId } from './protocolIds.ts';

export {
  AgendaChoiceIdSchema,
  CasesSchema,
  COHORT_TEMPLATE_ID,
  MAX_CASES,
  type AgendaChoiceId,
} from './protocolIds.ts';

export interface AgendaChoice {
  id: AgendaChoiceId;
  name: string;
  description: string;
  /** The planned minutes of its segments with one case, added up. */
  totalMinutes: number;
  segments: readonly ProtocolSegment[];
}

export const totalMinutes = (segments: readonly { plannedMinutes: number }[]) =>
  segments.reduce((sum, segment) => sum + segment.plannedMinutes, 0);

/** Whether the choice has steps that are repeated for each case. */
export const hasCases = (choice: Pick<AgendaChoice, 'segments'>) =>
  choice.segments.some((segment) => segment.perCase);

/**
 * The agenda for a number of cases: the per-case steps (one block) once for each case, the others
 * once. From two cases on, each case's steps say which case they are, and the second case's ids
 * and after are numbered, so every id stays unique.
 */
export function withCases(segments: readonly ProtocolSegment[], cases: number): PlannedSegment[] {
  const plain = ({ id, phase, title, plannedMinutes, cue }: ProtocolSegment): PlannedSegment => ({
    id,
    phase,
    title,
    plannedMinutes,
    cue,
  });
  const first = segments.findIndex((segment) => segment.perCase);
  if (first < 0 || cases <= 1) return segments.map(plain);
  const end = segments.findLastIndex((segment) => segment.perCase) + 1;
  const block = segments.slice(first, end);
  const repeated = Array.from({ length: cases }, (_, index) =>
    block.map((segment) => ({
      ...plain(segment),
      id: index === 0 ? segment.id : `${segment.id}-${index + 1}`,
      title: `Case ${index + 1}: ${segment.title}`,
    })),
  ).flat();
  return [...segments.slice(0, first).map(plain), ...repeated, ...segments.slice(end).map(plain)];
}

const hasTemplate = (cohort: Pick<Cohort, 'agendaTemplate'>) =>
  (cohort.agendaTemplate?.length ?? 0) > 0;

/** The cohort's template as a choice, or undefined when it has none. */
export function templateChoice(cohort: Pick<Cohort, 'agendaTemplate'>): AgendaChoice | undefined {
  if (!hasTemplate(cohort)) return undefined;
  const segments = cohort.agendaTemplate!.map(({ id, phase, title, plannedMinutes, cue }) => ({
    id,
    phase,
    title,
    plannedMinutes,
    cue: cue ?? '',
  }));
  return {
    id: COHORT_TEMPLATE_ID,
    name: 'This cohort’s template',
    description: 'The agenda saved from one of this cohort’s sessions.',
    totalMinutes: totalMinutes(segments),
    segments,
  };
}

/** Everything the session setup offers, the cohort's template first when it has one. */
export function agendaChoices(cohort: Pick<Cohort, 'agendaTemplate'>): AgendaChoice[] {
  const template = templateChoice(cohort);
  const protocols = PROTOCOL_LIST.map((protocol) => ({
    id: protocol.id,
    name: protocol.name,
    description: protocol.description,
    totalMinutes: protocol.typicalMinutes,
    segments: protocol.segments,
  }));
  return template ? [template, ...protocols] : protocols;
}

/** What a session runs when the facilitator does not say: the template if saved, as before. */
export const defaultChoiceId = (cohort: Pick<Cohort, 'agendaTemplate'>): AgendaChoiceId =>
  hasTemplate(cohort) ? COHORT_TEMPLATE_ID : DEFAULT_PROTOCOL_ID;

/** The chosen agenda as a session's segments, or undefined for a template the cohort lacks. */
export function sessionAgenda(
  cohort: Pick<Cohort, 'agendaTemplate'>,
  id: AgendaChoiceId,
  cases = 1,
): Segment[] | undefined {
  const segments =
    id === COHORT_TEMPLATE_ID ? templateChoice(cohort)?.segments : PROTOCOLS[id].segments;
  return segments
    ? withCases(segments, cases).map(({ id: segmentId, phase, title, plannedMinutes, cue }) => ({
        id: segmentId,
        phase,
        title,
        plannedMinutes,
        skipped: false,
        ...(cue ? { cue } : {}),
      }))
    : undefined;
}
