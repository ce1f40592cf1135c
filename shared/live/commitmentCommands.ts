/**
 * The commitments' commands: add one (owned by someone present, tied to the chosen challenge),
 * edit its owner, words, due date or success signal, remove it.
 */
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { mint, person, type LiveCommitment } from './liveState.ts';
import { refuse } from './refusal.ts';

export const commitmentHandlers: LiveHandlers<CommandsOf<'commitment'>> = {
  'commitment.add': (state, command, now) => {
    if (!person(state, command.ownerId))
      return refuse('not-found', `${command.ownerId} is not in this session.`);
    const [id, minted] = mint(state, 'c');
    const commitment: LiveCommitment = {
      id,
      ownerId: command.ownerId,
      text: command.text,
      dueDate: command.dueDate,
      ...(command.successSignal ? { successSignal: command.successSignal } : {}),
      createdAt: new Date(now).toISOString(),
      challengeId: state.challenges.chosenId,
    };
    return { ...minted, commitments: [...state.commitments, commitment] };
  },
  'commitment.edit': (state, command) => {
    const found = state.commitments.find((c) => c.id === command.commitmentId);
    if (!found) return refuse('not-found', `There is no commitment ${command.commitmentId}.`);
    if (command.ownerId !== undefined && !person(state, command.ownerId)) {
      return refuse('not-found', `${command.ownerId} is not in this session.`);
    }
    const { successSignal: _previous, ...rest } = found;
    // An empty success signal clears it; leaving it out keeps the one given.
    const successSignal = command.successSignal ?? found.successSignal;
    const edited: LiveCommitment = {
      ...rest,
      ownerId: command.ownerId ?? found.ownerId,
      text: command.text ?? found.text,
      dueDate: command.dueDate ?? found.dueDate,
      ...(successSignal ? { successSignal } : {}),
    };
    if (
      edited.ownerId === found.ownerId &&
      edited.text === found.text &&
      edited.dueDate === found.dueDate &&
      edited.successSignal === found.successSignal
    )
      return state;
    return { ...state, commitments: state.commitments.map((c) => (c === found ? edited : c)) };
  },
  'commitment.remove': (state, command) => {
    if (!state.commitments.some((c) => c.id === command.commitmentId)) {
      return refuse('not-found', `There is no commitment ${command.commitmentId}.`);
    }
    return {
      ...state,
      commitments: state.commitments.filter((c) => c.id !== command.commitmentId),
    };
  },
};
