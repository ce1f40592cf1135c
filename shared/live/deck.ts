/**
 * The question deck during a run: the cohort's visible questions in category order, the question the
 * console has selected (its preview), the one the presenter shows, and every question asked, marked
 * with the challenge and owner it was asked of.
 */
import { z } from 'zod';
import type { QuestionBank } from '../cohort/schema.ts';
import { PROBES_CATEGORY_ID } from '../deck/defaultBank.ts';
import { refuse, type Refusal } from './refusal.ts';

export const LiveCategorySchema = z.object({ id: z.string(), name: z.string(), hint: z.string() });
export const LiveQuestionSchema = z.object({
  id: z.string(),
  categoryId: z.string(),
  text: z.string(),
});
/** The visible part of a bank, questions grouped by category in category order. */
export const LiveBankSchema = z.object({
  categories: z.array(LiveCategorySchema),
  questions: z.array(LiveQuestionSchema),
});
export type LiveCategory = z.infer<typeof LiveCategorySchema>;
export type LiveQuestion = z.infer<typeof LiveQuestionSchema>;
export type LiveBank = z.infer<typeof LiveBankSchema>;

/**
 * A question asked of a challenge: one mark per question and challenge, however often it was shown,
 * so the state stays small over a long session.
 */
export const AskedMarkSchema = z.object({
  questionId: z.string(),
  categoryId: z.string(),
  challengeId: z.string().nullable(),
  ownerId: z.string().nullable(),
  /** Who had the floor when it was last shown, if anyone. */
  askerId: z.string().nullable(),
  /** When it was last shown. */
  at: z.number(),
  /** How many times it was asked (shown again after another question). */
  times: z.number().int().min(1),
});
export type AskedMark = z.infer<typeof AskedMarkSchema>;

/** A question asked of a member in an earlier session of the cohort: the deck's memory. */
export const PastAskSchema = z.object({
  questionId: z.string(),
  /** The member it was asked of (the challenge owner then). */
  ownerId: z.string(),
  /** The earlier session's date (ISO). */
  date: z.string(),
});
export type PastAsk = z.infer<typeof PastAskSchema>;

export const DeckStateSchema = z.object({
  bank: LiveBankSchema,
  /** Questions asked in the cohort's earlier sessions, and of whom. */
  before: z.array(PastAskSchema),
  /** The question the console has selected: a preview until it is shown. */
  currentId: z.string().nullable(),
  /** The question on the presenter; null when hidden. */
  shownId: z.string().nullable(),
  asked: z.array(AskedMarkSchema),
  /** Index in `asked` of the question shown last (showing it again after a hide is no new ask). */
  lastAsked: z.number().int().nullable(),
});
export type DeckState = z.infer<typeof DeckStateSchema>;

/** The cohort's bank as the live deck uses it: hidden questions and empty categories dropped. */
export function toLiveBank(bank: QuestionBank): LiveBank {
  const visible = bank.questions.filter((q) => !q.hidden);
  const categories = bank.categories
    .filter((c) => visible.some((q) => q.categoryId === c.id))
    .map(({ id, name, hint }) => ({ id, name, hint: hint ?? '' }));
  const questions = categories.flatMap((c) =>
    visible
      .filter((q) => q.categoryId === c.id)
      .map(({ id, categoryId, text }) => ({ id, categoryId, text })),
  );
  return { categories, questions };
}

export const createDeck = (bank: LiveBank, before: readonly PastAsk[] = []): DeckState => ({
  bank,
  before: [...before],
  currentId: null,
  shownId: null,
  asked: [],
  lastAsked: null,
});

const missing = (id: string): Refusal =>
  refuse('not-found', `There is no question ${id} in the deck.`);

export const findQuestion = (deck: DeckState, id: string | null): LiveQuestion | undefined =>
  id === null ? undefined : deck.bank.questions.find((q) => q.id === id);

const select = (deck: DeckState, id: string | null): DeckState =>
  id === deck.currentId ? deck : { ...deck, currentId: id };

export function pickQuestion(deck: DeckState, id: string): DeckState | Refusal {
  return findQuestion(deck, id) ? select(deck, id) : missing(id);
}

export function stepQuestion(deck: DeckState, by: 1 | -1): DeckState | Refusal {
  const { questions } = deck.bank;
  if (questions.length === 0) return refuse('not-now', 'The deck has no questions.');
  const at = questions.findIndex((q) => q.id === deck.currentId);
  const to = at < 0 ? (by === 1 ? 0 : questions.length - 1) : at + by;
  const target = questions[to];
  if (!target)
    return refuse(
      'not-now',
      by === 1 ? 'That was the last question.' : 'That was the first question.',
    );
  return select(deck, target.id);
}

/** The category the deck is in: the selected question's, else the first. */
export const currentCategoryId = (deck: DeckState): string | undefined =>
  findQuestion(deck, deck.currentId)?.categoryId ?? deck.bank.categories[0]?.id;

/** Selects the first or the last question of the current category. */
export function edgeOfCategory(deck: DeckState, edge: 'first' | 'last'): DeckState | Refusal {
  const categoryId = currentCategoryId(deck);
  const inCategory = deck.bank.questions.filter((q) => q.categoryId === categoryId);
  const target = edge === 'first' ? inCategory[0] : inCategory.at(-1);
  if (!target) return refuse('not-now', 'The deck has no questions.');
  return select(deck, target.id);
}

/** Whether a question has been asked of this challenge (of anyone when there is no challenge yet). */
const askedWith = (deck: DeckState, challengeId: string | null) => {
  const ids = new Set<string>();
  for (const mark of deck.asked) if (mark.challengeId === challengeId) ids.add(mark.questionId);
  return ids;
};

/** Selects the first question of a category not yet asked of this challenge (else its first). */
export function jumpToCategory(
  deck: DeckState,
  categoryId: string,
  challengeId: string | null,
): DeckState | Refusal {
  const inCategory = deck.bank.questions.filter((q) => q.categoryId === categoryId);
  if (inCategory.length === 0)
    return refuse('not-found', `There is no category ${categoryId} in the deck.`);
  const asked = askedWith(deck, challengeId);
  return select(deck, (inCategory.find((q) => !asked.has(q.id)) ?? inCategory[0]!).id);
}

/** When each question was last asked of the member in an earlier session ('' when never). */
export function lastAskedBefore(deck: DeckState, ownerId: string | null): Map<string, string> {
  const last = new Map<string, string>();
  if (ownerId === null) return last;
  for (const ask of deck.before) {
    if (ask.ownerId !== ownerId) continue;
    if ((last.get(ask.questionId) ?? '') < ask.date) last.set(ask.questionId, ask.date);
  }
  return last;
}

/**
 * Draws the next question for the owner: one not yet asked of them (this challenge or, by owner,
 * earlier in the session), preferring those never asked of them in an earlier session, from the
 * category that has had the smallest share of its questions asked, ties going to the earliest
 * category from the current one on; within it, the one asked of them least recently. The
 * facilitator's probes are not drawn.
 */
export function drawQuestion(
  deck: DeckState,
  challengeId: string | null,
  ownerId: string | null,
): DeckState | Refusal {
  const drawable = deck.bank.questions.filter((q) => q.categoryId !== PROBES_CATEGORY_ID);
  if (drawable.length === 0) return refuse('not-now', 'The deck has no questions to draw.');
  const askedOfChallenge = askedWith(deck, challengeId);
  const askedOfOwner = new Set(
    deck.asked.filter((m) => ownerId !== null && m.ownerId === ownerId).map((m) => m.questionId),
  );
  const fresh = drawable.filter((q) => !askedOfChallenge.has(q.id) && !askedOfOwner.has(q.id));
  const earlier = lastAskedBefore(deck, ownerId);
  const neverAsked = fresh.filter((q) => !earlier.has(q.id));
  const pool =
    neverAsked.length > 0
      ? neverAsked
      : fresh.length > 0
        ? fresh
        : drawable.filter((q) => q.id !== deck.currentId);
  if (pool.length === 0) return select(deck, drawable[0]!.id);

  const categories = deck.bank.categories.filter((c) => c.id !== PROBES_CATEGORY_ID);
  const current = findQuestion(deck, deck.currentId)?.categoryId;
  const start = Math.max(
    0,
    categories.findIndex((c) => c.id === current),
  );
  let best: { id: string; share: number } | undefined;
  for (let k = 0; k < categories.length; k++) {
    const category = categories[(start + k) % categories.length]!;
    if (!pool.some((q) => q.categoryId === category.id)) continue;
    const size = drawable.filter((q) => q.categoryId === category.id).length;
    let asked = 0;
    for (const mark of deck.asked)
      if (mark.challengeId === challengeId && mark.categoryId === category.id) asked++;
    const share = asked / size;
    if (!best || share < best.share) best = { id: category.id, share };
  }
  // Within the category, the one asked of this owner least recently (never asked sorts first).
  const inCategory = pool.filter((q) => q.categoryId === best!.id);
  const chosen = inCategory.reduce((a, b) =>
    (earlier.get(b.id) ?? '') < (earlier.get(a.id) ?? '') ? b : a,
  );
  return select(deck, chosen.id);
}

export interface ShowContext {
  challengeId: string | null;
  ownerId: string | null;
  askerId: string | null;
  now: number;
}

/** Puts a question (the selected one by default) on the presenter and marks it asked. */
export function showQuestion(
  deck: DeckState,
  id: string | undefined,
  context: ShowContext,
): DeckState | Refusal {
  const target = id ?? deck.currentId;
  if (target === null) return refuse('not-now', 'No question is selected.');
  const question = findQuestion(deck, target);
  if (!question) return missing(target);
  if (deck.shownId === target && deck.currentId === target) return deck;
  const last = deck.lastAsked === null ? undefined : deck.asked[deck.lastAsked];
  const repeat = last?.questionId === target && last.challengeId === context.challengeId;
  if (repeat) return { ...deck, currentId: target, shownId: target };
  const at = deck.asked.findIndex(
    (m) => m.questionId === target && m.challengeId === context.challengeId,
  );
  const mark: AskedMark = {
    questionId: target,
    categoryId: question.categoryId,
    challengeId: context.challengeId,
    ownerId: context.ownerId,
    askerId: context.askerId,
    at: context.now,
    times: at < 0 ? 1 : deck.asked[at]!.times + 1,
  };
  const asked = at < 0 ? [...deck.asked, mark] : deck.asked.map((m, i) => (i === at ? mark : m));
  return {
    ...deck,
    currentId: target,
    shownId: target,
    asked,
    lastAsked: at < 0 ? asked.length - 1 : at,
  };
}

export const hideQuestion = (deck: DeckState): DeckState =>
  deck.shownId === null ? deck : { ...deck, shownId: null };

/** The cohort's deck changed during the run: selections that no longer exist are cleared. */
export function replaceBank(deck: DeckState, bank: LiveBank): DeckState {
  const has = (id: string | null) => id !== null && bank.questions.some((q) => q.id === id);
  return {
    ...deck,
    bank,
    currentId: has(deck.currentId) ? deck.currentId : null,
    shownId: has(deck.shownId) ? deck.shownId : null,
  };
}

/** Questions asked per category id. */
export function askCounts(deck: DeckState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of deck.asked)
    counts[mark.categoryId] = (counts[mark.categoryId] ?? 0) + mark.times;
  return counts;
}
