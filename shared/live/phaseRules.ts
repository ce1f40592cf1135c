/**
 * How the speaker queue behaves in each phase of the protocol, as data: whether the challenge
 * owner takes turns like anyone, and whether the owner gets the floor after each speaker. Only the
 * clarifying rounds have the owner answering (DOMAIN.md: each person asks, the owner answers in
 * at most 30 s); in check-in, recommendations and reflection the owner speaks in turn like anyone.
 * In a consultancy protocol's consult step the owner has turned away and only listens: no turn, no
 * answers.
 */
import type { Phase } from '../vocabulary/phases.ts';

export interface PhaseRules {
  /** The owner has a turn in each round (false: the owner answers instead of asking). */
  ownerTakesTurns: boolean;
  /** In a round, the owner gets the floor after each speaker (if the session's setting allows). */
  ownerAnswersAfterEach: boolean;
}

const EVERYONE_IN_TURN: PhaseRules = { ownerTakesTurns: true, ownerAnswersAfterEach: false };

export const PHASE_RULES: Record<Phase, PhaseRules> = {
  'check-in': EVERYONE_IN_TURN,
  challenges: EVERYONE_IN_TURN,
  choose: EVERYONE_IN_TURN,
  clarifying: { ownerTakesTurns: false, ownerAnswersAfterEach: true },
  recommendations: EVERYONE_IN_TURN,
  consult: { ownerTakesTurns: false, ownerAnswersAfterEach: false },
  commit: EVERYONE_IN_TURN,
  reflect: EVERYONE_IN_TURN,
  custom: EVERYONE_IN_TURN,
};

/** The rules of a phase; before the first segment, everyone takes turns. */
export const rulesFor = (phase: Phase | undefined): PhaseRules =>
  phase ? PHASE_RULES[phase] : EVERYONE_IN_TURN;
