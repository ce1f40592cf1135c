/**
 * What Advance and Back (a presentation clicker's two buttons: PageDown and PageUp, → and ←) do in
 * each phase of the protocol, as data: the natural next step of the phase, and its reverse.
 *
 * - In the clarifying rounds the room follows the deck (DOMAIN.md: each person asks a question from
 *   the deck, category by category): Advance puts the next question on the screen, which is what
 *   the room sees change; after the deck's last question, the next segment.
 * - In check-in, recommendations and reflection everyone speaks in turn: Advance calls the next
 *   speaker; once the line has run out (the round is over, no hand is up), the next segment.
 * - The other phases are worked at the console (challenges written, a vote, commitments typed) or
 *   are the facilitator's own: Advance and Back move between segments.
 *
 * Pure: (state) → the command to send, or null when the key has nothing to do.
 */
import { PROBES_CATEGORY_ID } from '../deck/defaultBank.ts';
import type { Phase } from '../vocabulary/phases.ts';
import { currentSegment } from './agenda.ts';
import type { LiveCommandInput } from './commands.ts';
import type { LiveQuestion } from './deck.ts';
import type { LiveState } from './liveState.ts';

export type StepKind = 'questions' | 'speakers' | 'segments';

export const PHASE_STEPS: Record<Phase, StepKind> = {
  'check-in': 'speakers',
  challenges: 'segments',
  choose: 'segments',
  clarifying: 'questions',
  recommendations: 'speakers',
  consult: 'speakers',
  commit: 'segments',
  reflect: 'speakers',
  custom: 'segments',
};

/** What the shortcut sheet says Advance and Back do, for each kind of step. */
export const STEP_WORDS: Record<StepKind, { advance: string; back: string }> = {
  questions: {
    advance: 'Shows the next question (a previewed one first); after the last, the next segment',
    back: 'Shows the question before; before the first, hides it; then the previous segment',
  },
  speakers: {
    advance:
      'Calls the next speaker; once no one is waiting, the next segment (in balanced mode someone always is: use ])',
    back: 'Takes back the last queue change; then the previous segment',
  },
  segments: { advance: 'The next segment', back: 'The previous segment' },
};

/** How Advance and Back step in a phase; before the first segment, through segments. */
export const stepKindOf = (state: LiveState): StepKind => {
  const phase = currentSegment(state.agenda)?.phase;
  return phase ? PHASE_STEPS[phase] : 'segments';
};

/** The questions asked in rounds, in deck order: the facilitator's probes are asked when chosen. */
const roundQuestions = (state: LiveState): LiveQuestion[] =>
  state.deck.bank.questions.filter((q) => q.categoryId !== PROBES_CATEGORY_ID);

/** The round question after (or before) a question of the deck, in deck order. */
function roundNeighbour(state: LiveState, id: string, by: 1 | -1): LiveQuestion | undefined {
  const all = state.deck.bank.questions;
  const at = all.findIndex((q) => q.id === id);
  if (at < 0) return undefined;
  const around = by === 1 ? all.slice(at + 1) : all.slice(0, at).reverse();
  return around.find((q) => q.categoryId !== PROBES_CATEGORY_ID);
}

const askedOfChallenge = (state: LiveState, id: string): boolean =>
  state.deck.asked.some((m) => m.questionId === id && m.challengeId === state.challenges.chosenId);

const show = (question: LiveQuestion): LiveCommandInput => ({
  type: 'deck.show',
  questionId: question.id,
});

function advanceQuestion(state: LiveState): LiveCommandInput {
  const { currentId, shownId } = state.deck;
  // A question previewed and not yet asked is the one the facilitator means to show next.
  if (currentId !== null && currentId !== shownId && !askedOfChallenge(state, currentId)) {
    return { type: 'deck.show' };
  }
  const next = currentId === null ? roundQuestions(state)[0] : roundNeighbour(state, currentId, 1);
  return next ? show(next) : { type: 'agenda.next' };
}

function backQuestion(state: LiveState): LiveCommandInput {
  const { shownId } = state.deck;
  if (shownId === null) return { type: 'agenda.previous' };
  const previous = roundNeighbour(state, shownId, -1);
  return previous ? show(previous) : { type: 'deck.hide' };
}

/** Someone other than the speaker is waiting: in a round, the rest of it; or a raised hand. */
const someoneWaiting = (state: LiveState): boolean =>
  state.queue.waiting.some((id) => id !== state.queue.floor);

const STEPS: Record<
  StepKind,
  { advance: (state: LiveState) => LiveCommandInput; back: (state: LiveState) => LiveCommandInput }
> = {
  questions: { advance: advanceQuestion, back: backQuestion },
  speakers: {
    // A round's end is the phase's end: a new round is the facilitator's call (N), not a click.
    advance: (state) => (someoneWaiting(state) ? { type: 'queue.next' } : { type: 'agenda.next' }),
    back: (state) =>
      state.queue.undo.length > 0 ? { type: 'queue.undo' } : { type: 'agenda.previous' },
  },
  segments: {
    advance: () => ({ type: 'agenda.next' }),
    back: () => ({ type: 'agenda.previous' }),
  },
};

/** The natural next step of the session now. */
export const advanceCommand = (state: LiveState): LiveCommandInput =>
  STEPS[stepKindOf(state)].advance(state);

/** The step back; nothing before the session's first segment. */
export const backCommand = (state: LiveState): LiveCommandInput | null =>
  state.agenda.currentId === null ? null : STEPS[stepKindOf(state)].back(state);
