/**
 * The protocols a facilitator can run a session by, as data: each an agenda of timed segments with
 * the cue the room reads on the projector. Every step is a segment of the nearest phase, so the live
 * engine's rules for that phase (shared/live/phaseRules.ts) run it: the owner answers after each
 * question in a clarifying step, and is left out of the round in a consult step, where they have
 * turned away to listen. A step where the owner speaks alone is a choose segment (the facilitator
 * picks whose challenge it is there) or a reflect segment (the owner says what was valuable).
 *
 * Timings follow the protocols' published forms: Troika Consulting and Wise Crowds from Liberating
 * Structures, the Consultancy protocol from the National School Reform Faculty (NSRF), and the
 * usual shape of an action learning set meeting.
 */
import { DEFAULT_AGENDA, type PlannedSegment } from '../live/agenda.ts';

import { ProtocolIdSchema, type ProtocolId } from './protocolIds.ts';

export { ProtocolIdSchema, type ProtocolId };

/**
 * A step of a protocol. Steps marked perCase are one case (a round of Troika, a case of Wise Crowds,
 * a member's airtime in an action learning set): the session setup repeats them for each owner.
 */
export type ProtocolSegment = PlannedSegment & { perCase?: true };

export interface Protocol {
  id: ProtocolId;
  name: string;
  /** One line for the session setup: what the protocol does. */
  description: string;
  /** How long it takes as planned with one case: the sum of its segments' minutes. */
  typicalMinutes: number;
  segments: readonly ProtocolSegment[];
}

export const PROTOCOLS: Readonly<Record<ProtocolId, Protocol>> = {
  'clarifying-questions': {
    id: 'clarifying-questions',
    name: 'Clarifying questions',
    description:
      'Everyone brings a challenge; the group picks one, asks from the deck, recommends, commits.',
    typicalMinutes: 90,
    segments: DEFAULT_AGENDA,
  },
  'troika-consulting': {
    id: 'troika-consulting',
    name: 'Troika Consulting',
    description:
      'A quick round: the owner shares, takes questions, then turns away while consultants talk.',
    typicalMinutes: 11,
    segments: [
      {
        id: 'troika-reflect',
        phase: 'challenges',
        title: 'Reflect on a challenge',
        plannedMinutes: 1,
        cue: 'In silence: one challenge, and the help you need',
      },
      {
        id: 'troika-share',
        phase: 'choose',
        title: 'The owner shares',
        plannedMinutes: 2,
        cue: 'The owner shares the challenge and the help wanted',
        perCase: true,
      },
      {
        id: 'troika-clarify',
        phase: 'clarifying',
        title: 'Clarifying questions',
        plannedMinutes: 2,
        cue: 'Consultants ask clarifying questions; no advice yet',
        perCase: true,
      },
      {
        id: 'troika-consult',
        phase: 'consult',
        title: 'Consultants discuss',
        plannedMinutes: 5,
        cue: 'The owner turns away and listens',
        perCase: true,
      },
      {
        id: 'troika-valuable',
        phase: 'reflect',
        title: 'What was most valuable',
        plannedMinutes: 1,
        cue: 'The owner turns back: what was most valuable?',
        perCase: true,
      },
    ],
  },
  'wise-crowds': {
    id: 'wise-crowds',
    name: 'Wise Crowds',
    description:
      'A case in fifteen minutes: present, clarify, then consult while the owner listens.',
    typicalMinutes: 15,
    segments: [
      {
        id: 'wise-present',
        phase: 'choose',
        title: 'The owner presents',
        plannedMinutes: 2,
        cue: 'The owner presents the challenge and asks for help',
        perCase: true,
      },
      {
        id: 'wise-clarify',
        phase: 'clarifying',
        title: 'Clarifying questions',
        plannedMinutes: 3,
        cue: 'Consultants ask clarifying questions; the owner answers',
        perCase: true,
      },
      {
        id: 'wise-consult',
        phase: 'consult',
        title: 'Consultants consult',
        plannedMinutes: 8,
        cue: 'The owner turns their back and listens',
        perCase: true,
      },
      {
        id: 'wise-feedback',
        phase: 'reflect',
        title: 'Feedback from the owner',
        plannedMinutes: 2,
        cue: 'The owner turns back: what was most useful?',
        perCase: true,
      },
    ],
  },
  'nsrf-consultancy': {
    id: 'nsrf-consultancy',
    name: 'NSRF Consultancy',
    description:
      'One dilemma: clarifying and probing questions, a discussion, the response, a debrief.',
    typicalMinutes: 50,
    segments: [
      {
        id: 'nsrf-overview',
        phase: 'choose',
        title: 'The owner frames the dilemma',
        plannedMinutes: 10,
        cue: 'The owner frames the dilemma and a focus question',
        perCase: true,
      },
      {
        id: 'nsrf-clarifying',
        phase: 'clarifying',
        title: 'Clarifying questions',
        plannedMinutes: 5,
        cue: 'Clarifying questions: brief, factual answers',
        perCase: true,
      },
      {
        id: 'nsrf-probing',
        phase: 'clarifying',
        title: 'Probing questions',
        plannedMinutes: 10,
        cue: 'Probing questions that stretch the owner’s thinking',
        perCase: true,
      },
      {
        id: 'nsrf-discussion',
        phase: 'consult',
        title: 'The group discusses',
        plannedMinutes: 15,
        cue: 'The owner listens and takes notes; the group talks',
        perCase: true,
      },
      {
        id: 'nsrf-response',
        phase: 'reflect',
        title: 'The owner responds',
        plannedMinutes: 5,
        cue: 'The owner responds: what stood out, what next?',
        perCase: true,
      },
      {
        id: 'nsrf-debrief',
        phase: 'reflect',
        title: 'Debrief',
        plannedMinutes: 5,
        cue: 'Debrief: how did the protocol work for us?',
      },
    ],
  },
  'action-learning-set': {
    id: 'action-learning-set',
    name: 'Action Learning set meeting',
    description: 'Report back on actions, airtime with questions only, new actions and a review.',
    typicalMinutes: 75,
    segments: [
      {
        id: 'als-check-in',
        phase: 'check-in',
        title: 'Check-in',
        plannedMinutes: 10,
        cue: 'Check in: how are you arriving today?',
      },
      {
        id: 'als-report-back',
        phase: 'check-in',
        title: 'Report back on actions',
        plannedMinutes: 15,
        cue: 'Each member: what I did, what happened, what I learned',
      },
      {
        id: 'als-present',
        phase: 'choose',
        title: 'Airtime: the owner presents',
        plannedMinutes: 5,
        cue: 'The owner presents the issue; the set listens',
        perCase: true,
      },
      {
        id: 'als-questions',
        phase: 'clarifying',
        title: 'Airtime: questions from the set',
        plannedMinutes: 25,
        cue: 'Questions only, no advice: the owner answers',
        perCase: true,
      },
      {
        id: 'als-commit',
        phase: 'commit',
        title: 'Action commitments',
        plannedMinutes: 10,
        cue: 'The owner commits: what I will do, and by when',
        perCase: true,
      },
      {
        id: 'als-review',
        phase: 'reflect',
        title: 'Review',
        plannedMinutes: 10,
        cue: 'Review: what did we learn, how did we work as a set?',
      },
    ],
  },
};

/** In the order the session setup offers them: the cohort's own protocol first. */
export const PROTOCOL_LIST: readonly Protocol[] = ProtocolIdSchema.options.map(
  (id) => PROTOCOLS[id],
);

/** The protocol a session runs when nothing else is said: the one of DOMAIN.md. */
export const DEFAULT_PROTOCOL_ID: ProtocolId = 'clarifying-questions';
