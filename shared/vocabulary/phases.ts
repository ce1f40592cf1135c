/**
 * The phases of the session protocol (DOMAIN.md), declared once: the schema the cohort file and the
 * live commands validate with, and what each phase is called and asks of the facilitator. The words
 * are a Record over the phases, so a new phase fails to compile until it has them.
 */
import { z } from 'zod';

/**
 * In the protocol's order; consult is the consultancy protocols' step (Troika Consulting, Wise
 * Crowds, NSRF Consultancy) where the group talks while the owner listens; a custom segment is the
 * facilitator's own.
 */
export const PhaseSchema = z.enum([
  'check-in',
  'challenges',
  'choose',
  'clarifying',
  'recommendations',
  'consult',
  'commit',
  'reflect',
  'custom',
]);
export type Phase = z.infer<typeof PhaseSchema>;
export const PHASES: readonly Phase[] = PhaseSchema.options;

export interface PhaseWords {
  /** The title a segment of this phase gets in the default agenda. */
  label: string;
  /** What the live screen tells the facilitator to do in this phase ('' for none). */
  guidance: string;
  /** Whether the live screen keeps the chosen challenge in view during this phase. */
  showsChallenge: boolean;
}

export const PHASE_WORDS: Record<Phase, PhaseWords> = {
  'check-in': {
    label: 'Check-in',
    guidance:
      'Welcome everyone. Review the commitments from earlier sessions: celebrate what got done, offer help on blockers.',
    showsChallenge: false,
  },
  challenges: {
    label: 'Challenges',
    guidance:
      'Each person writes one challenge: complex, affecting others, taking mental energy. Or passes.',
    showsChallenge: false,
  },
  choose: {
    label: 'Choose a challenge',
    guidance:
      'The group picks one challenge to work on: each person gives one vote and the facilitator breaks a tie, or pick one directly.',
    showsChallenge: false,
  },
  clarifying: {
    label: 'Clarifying rounds',
    guidance:
      'Go around the room: each person asks a question from the deck; the owner answers in no more than 30 seconds.',
    showsChallenge: true,
  },
  recommendations: {
    label: 'Recommendations',
    guidance: 'Everyone in turn recommends a solution.',
    showsChallenge: true,
  },
  consult: {
    label: 'Consult',
    guidance:
      'The consultants talk it over among themselves while the owner, turned away, listens and takes notes. Nobody asks the owner anything.',
    showsChallenge: true,
  },
  commit: {
    label: 'Commit to actions',
    guidance:
      'The owner states an action plan with a timeline; each action gets an owner and a due date.',
    showsChallenge: true,
  },
  reflect: {
    label: 'Reflect',
    guidance: 'Closing comments: what changed in how we see the problem?',
    showsChallenge: false,
  },
  custom: { label: 'Custom segment', guidance: '', showsChallenge: false },
};
