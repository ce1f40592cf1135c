/**
 * Challenges: each attendee enters one (or passes); the group chooses one by a quick vote (one vote
 * each, ties broken by the facilitator) or the facilitator picks directly. The chosen challenge's
 * author becomes the owner who answers in the clarifying rounds.
 */
import { z } from 'zod';
import { refuse, type Refusal } from './refusal.ts';

export const LiveChallengeSchema = z.object({
  id: z.string(),
  attendeeId: z.string(),
  text: z.string(),
  passed: z.boolean(),
});
export type LiveChallenge = z.infer<typeof LiveChallengeSchema>;

export const ChallengesStateSchema = z.object({
  entries: z.array(LiveChallengeSchema),
  /** Voter id → challenge id. */
  votes: z.record(z.string(), z.string()),
  chosenId: z.string().nullable(),
  chosenBy: z.enum(['vote', 'pick']).nullable(),
  /** Whether the room sees the vote's tally (the facilitator reveals it when everyone has voted). */
  tallyShown: z.boolean().default(false),
  /**
   * Write first, reveal together (seed 002): while true the room's screen counts the entries but
   * shows none, so no one's challenge shapes anyone else's. The facilitator reveals them at once.
   */
  hidden: z.boolean().default(false),
});
export type ChallengesState = z.infer<typeof ChallengesStateSchema>;

export const createChallenges = (): ChallengesState => ({
  entries: [],
  votes: {},
  chosenId: null,
  chosenBy: null,
  tallyShown: false,
  hidden: false,
});

/** One challenge per attendee, so its id follows from theirs. */
export const challengeIdFor = (attendeeId: string) => `challenge-${attendeeId}`;

export function enterChallenge(
  state: ChallengesState,
  attendeeId: string,
  entry: { text: string; passed: boolean },
): ChallengesState {
  const id = challengeIdFor(attendeeId);
  const existing = state.entries.find((c) => c.id === id);
  if (existing && existing.text === entry.text && existing.passed === entry.passed) return state;
  const challenge = { id, attendeeId, text: entry.passed ? '' : entry.text, passed: entry.passed };
  const entries = existing
    ? state.entries.map((c) => (c.id === id ? challenge : c))
    : [...state.entries, challenge];
  // A withdrawn challenge loses its votes.
  const votes = entry.passed
    ? Object.fromEntries(Object.entries(state.votes).filter(([, c]) => c !== id))
    : state.votes;
  return { ...state, entries, votes };
}

const open = (state: ChallengesState, id: string): LiveChallenge | Refusal => {
  const challenge = state.entries.find((c) => c.id === id);
  if (!challenge) return refuse('not-found', `There is no challenge ${id}.`);
  if (challenge.passed)
    return refuse('invalid', 'That attendee passed; there is no challenge to choose.');
  return challenge;
};

export function castVote(
  state: ChallengesState,
  voterId: string,
  challengeId: string | null,
): ChallengesState | Refusal {
  if (challengeId === null) {
    if (!(voterId in state.votes)) return state;
    const { [voterId]: _dropped, ...votes } = state.votes;
    return { ...state, votes };
  }
  const target = open(state, challengeId);
  if ('ok' in target) return target;
  if (state.votes[voterId] === challengeId) return state;
  return { ...state, votes: { ...state.votes, [voterId]: challengeId } };
}

export interface Tally {
  counts: { challengeId: string; votes: number }[];
  leaders: string[];
}

export function tally(state: ChallengesState): Tally {
  const counts = state.entries
    .filter((c) => !c.passed)
    .map((c) => ({ challengeId: c.id, votes: 0 }));
  for (const challengeId of Object.values(state.votes)) {
    const row = counts.find((c) => c.challengeId === challengeId);
    if (row) row.votes++;
  }
  const top = Math.max(0, ...counts.map((c) => c.votes));
  const leaders = top === 0 ? [] : counts.filter((c) => c.votes === top).map((c) => c.challengeId);
  return { counts, leaders };
}

export function chooseChallenge(
  state: ChallengesState,
  challengeId: string,
  by: 'vote' | 'pick',
): ChallengesState | Refusal {
  const target = open(state, challengeId);
  if ('ok' in target) return target;
  if (state.chosenId === challengeId && state.chosenBy === by) return state;
  return { ...state, chosenId: challengeId, chosenBy: by };
}

/** Closes the vote: the leader is chosen; a tie is refused with the tied ids unless broken. */
export function closeVote(
  state: ChallengesState,
  tieBreakId: string | undefined,
): ChallengesState | Refusal {
  const { leaders } = tally(state);
  if (leaders.length === 0) return refuse('not-now', 'No one has voted yet.');
  if (leaders.length === 1) return chooseChallenge(state, leaders[0]!, 'vote');
  if (tieBreakId !== undefined && leaders.includes(tieBreakId))
    return chooseChallenge(state, tieBreakId, 'vote');
  return refuse('tie', 'The vote is tied: the facilitator breaks the tie.', leaders);
}

export const hideEntries = (state: ChallengesState, hidden: boolean): ChallengesState =>
  state.hidden === hidden ? state : { ...state, hidden };

export const showTally = (state: ChallengesState, shown: boolean): ChallengesState =>
  state.tallyShown === shown ? state : { ...state, tallyShown: shown };

export const ownerOf = (state: ChallengesState): string | null =>
  state.entries.find((c) => c.id === state.chosenId)?.attendeeId ?? null;
