/**
 * Small reads of the live state for the views: each returns just what one part of a screen shows, so
 * a component re-renders only when its part changes. Time-dependent ones take `now` (the host's
 * instant, which a view estimates from the snapshot's `at` plus its own monotonic clock).
 */
import {
  schedule,
  currentSegment as agendaCurrent,
  type LiveSegment,
  type Schedule,
} from './agenda.ts';
import { tally, type LiveChallenge, type Tally } from './challenges.ts';
import {
  askCounts as deckAskCounts,
  findQuestion,
  type LiveCategory,
  type LiveQuestion,
} from './deck.ts';
import { speakingMs } from './queue.ts';
import { ownerId, type LiveState, type Person } from './session.ts';
import { viewTimer, type TimerView } from './timer.ts';

export const currentSegment = (state: LiveState): LiveSegment | undefined =>
  agendaCurrent(state.agenda);

export const segmentTimer = (state: LiveState, now: number): TimerView =>
  viewTimer(state.timers.segment, now);

export const turnTimer = (state: LiveState, now: number): TimerView =>
  viewTimer(state.timers.turn, now);

/** Elapsed against planned per segment and for the session: `behindMs` > 0 is late, < 0 ahead. */
export const agendaSchedule = (state: Pick<LiveState, 'agenda'>, now: number): Schedule =>
  schedule(state.agenda, now);

export interface QuestionView {
  question: LiveQuestion;
  category: LiveCategory;
  /** Its place in the category, 1-based, and the category's size: "2 of 5". */
  number: number;
  of: number;
  /** Whether the presenter shows it. */
  shown: boolean;
  /** Asked of the current challenge already. */
  asked: boolean;
}

function questionView(state: LiveState, id: string | null): QuestionView | null {
  const question = findQuestion(state.deck, id);
  if (!question) return null;
  const category = state.deck.bank.categories.find((c) => c.id === question.categoryId)!;
  const siblings = state.deck.bank.questions.filter((q) => q.categoryId === category.id);
  return {
    question,
    category,
    number: siblings.indexOf(question) + 1,
    of: siblings.length,
    shown: state.deck.shownId === question.id,
    asked: state.deck.asked.some(
      (m) => m.questionId === question.id && m.challengeId === state.challenges.chosenId,
    ),
  };
}

/** The question the console has selected (a preview when not shown). */
export const currentQuestion = (state: LiveState): QuestionView | null =>
  questionView(state, state.deck.currentId);

/** The question on the presenter, if any. */
export const shownQuestion = (state: LiveState): QuestionView | null =>
  questionView(state, state.deck.shownId);

/** Questions asked per category id, this session. */
export const askCounts = (state: LiveState): Record<string, number> => deckAskCounts(state.deck);

export const personById = (
  state: Pick<LiveState, 'people'>,
  id: string | null,
): Person | undefined => (id === null ? undefined : state.people.find((p) => p.id === id));

export const challengeOwner = (state: LiveState): Person | undefined =>
  personById(state, ownerId(state));

export const chosenChallenge = (state: LiveState): LiveChallenge | undefined =>
  state.challenges.entries.find((c) => c.id === state.challenges.chosenId);

export const voteTally = (state: LiveState): Tally => tally(state.challenges);

/** Who has the floor and since when. */
export function floor(
  state: LiveState,
): { person: Person; since: number; isOwner: boolean } | null {
  const person = personById(state, state.queue.floor);
  if (!person || state.queue.floorSince === null) return null;
  return { person, since: state.queue.floorSince, isOwner: person.id === ownerId(state) };
}

/**
 * Who speaks next, in order. In a round with an asker speaking, the owner answers first.
 */
export function upNext(state: LiveState, count = Infinity): Person[] {
  const ids = [...state.queue.waiting];
  const owner = ownerId(state);
  const { floor: holder, mode } = state.queue;
  if (
    mode === 'round' &&
    state.options.ownerAnswersAfterEach &&
    owner !== null &&
    holder !== null &&
    holder !== owner
  ) {
    ids.unshift(owner);
  }
  const people: Person[] = [];
  for (const id of ids) {
    if (people.length >= count) break;
    const person = personById(state, id);
    if (person) people.push(person);
  }
  return people;
}

export interface PersonAirtimeView {
  person: Person;
  speakingMs: number;
  turns: number;
  /** Their part of all speaking time this session, 0 → 1. */
  share: number;
  speaking: boolean;
  waiting: boolean;
  removed: boolean;
  /** Has not had the floor yet this session. */
  silent: boolean;
}

/** Airtime per person in seating order, including the current turn so far. */
export function airtime(
  state: Pick<LiveState, 'people' | 'queue'>,
  now: number,
): PersonAirtimeView[] {
  const rows = state.people.map((person) => ({
    person,
    speakingMs: speakingMs(state.queue, person.id, now),
    turns: state.queue.airtime[person.id]?.turns ?? 0,
  }));
  const total = rows.reduce((sum, row) => sum + row.speakingMs, 0);
  return rows.map((row) => ({
    ...row,
    share: total === 0 ? 0 : row.speakingMs / total,
    speaking: state.queue.floor === row.person.id,
    waiting: state.queue.waiting.includes(row.person.id),
    removed: state.queue.removed.includes(row.person.id),
    silent: row.turns === 0,
  }));
}

/** Present people who have not had the floor yet this session. */
export const notYetSpoken = (state: LiveState): Person[] =>
  state.people.filter((p) => (state.queue.airtime[p.id]?.turns ?? 0) === 0);
