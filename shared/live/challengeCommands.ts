/**
 * The challenges' commands: each person enters a challenge or passes, votes, the vote closes, or
 * the facilitator picks one. A new owner answers rather than asks, so leaves the round's line.
 */
import * as challenges from './challenges.ts';
import type { LiveCommandOf } from './commands.ts';
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { ownerId, person, type LiveState } from './liveState.ts';
import { isRefusal, refuse, type Refusal } from './refusal.ts';

function withChallenges(
  state: LiveState,
  next: challenges.ChallengesState | Refusal,
): LiveState | Refusal {
  if (isRefusal(next)) return next;
  if (next === state.challenges) return state;
  const updated = { ...state, challenges: next };
  const owner = challenges.ownerOf(next);
  // A new owner answers rather than asks: they leave the round's line.
  if (
    owner !== ownerId(state) &&
    owner !== null &&
    state.queue.mode === 'round' &&
    state.queue.waiting.includes(owner)
  ) {
    return {
      ...updated,
      queue: { ...state.queue, waiting: state.queue.waiting.filter((id) => id !== owner) },
    };
  }
  return updated;
}

/** Entering a challenge or passing: either way the person's entry is recorded. */
function enterOrPass(
  state: LiveState,
  command: LiveCommandOf<'challenge.enter' | 'challenge.pass'>,
): LiveState | Refusal {
  if (!person(state, command.attendeeId))
    return refuse('not-found', `${command.attendeeId} is not in this session.`);
  const entry =
    command.type === 'challenge.enter'
      ? { text: command.text, passed: false }
      : { text: '', passed: true };
  return withChallenges(
    state,
    challenges.enterChallenge(state.challenges, command.attendeeId, entry),
  );
}

export const challengeHandlers: LiveHandlers<CommandsOf<'challenge'>> = {
  'challenge.enter': enterOrPass,
  'challenge.pass': enterOrPass,
  'challenge.vote': (state, command) => {
    if (!person(state, command.voterId))
      return refuse('not-found', `${command.voterId} is not in this session.`);
    return withChallenges(
      state,
      challenges.castVote(state.challenges, command.voterId, command.challengeId),
    );
  },
  'challenge.closeVote': (state, command) =>
    withChallenges(state, challenges.closeVote(state.challenges, command.tieBreakId)),
  'challenge.showTally': (state, command) =>
    withChallenges(state, challenges.showTally(state.challenges, command.shown)),
  'challenge.hideEntries': (state, command) =>
    withChallenges(state, challenges.hideEntries(state.challenges, command.hidden)),
  'challenge.choose': (state, command) =>
    withChallenges(
      state,
      challenges.chooseChallenge(state.challenges, command.challengeId, 'pick'),
    ),
};
