import { expect } from 'vitest';
import { defaultQuestionBank } from '../../../shared/deck/defaultBank.ts';
import { defaultAgenda } from '../../../shared/live/agenda.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import { LiveCommandSchema } from '../../../shared/live/commands.ts';
import { toLiveBank } from '../../../shared/live/deck.ts';
import {
  applyLiveCommand,
  createLiveState,
  type LiveInit,
  type LiveState,
} from '../../../shared/live/session.ts';

export const T0 = 1_700_000_000_000;
export const SEC = 1000;
export const MIN = 60_000;

export const PEOPLE = ['ana', 'ben', 'cho', 'dev', 'eli'].map((id) => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  guest: false,
  memberId: id,
}));

export const init = (overrides: Partial<LiveInit> = {}): LiveInit => ({
  cohortId: 'cohort-1',
  sessionId: 'session-1',
  people: PEOPLE,
  agenda: defaultAgenda(),
  bank: toLiveBank(defaultQuestionBank()),
  ...overrides,
});

export const fresh = (overrides: Partial<LiveInit> = {}) => createLiveState(init(overrides), T0);

/** Parses the command as the host would, applies it, and fails the test on a refusal. */
export function run(state: LiveState, command: LiveCommandInput, now = T0): LiveState {
  const result = applyLiveCommand(state, LiveCommandSchema.parse(command), now);
  if (!result.ok) expect.fail(`${command.type} refused: ${result.message}`);
  return result.state;
}

/** Applies a sequence of [command, at] pairs. */
export function script(state: LiveState, steps: [LiveCommandInput, number][]): LiveState {
  return steps.reduce((s, [command, at]) => run(s, command, at), state);
}

export function refusal(state: LiveState, command: LiveCommandInput, now = T0) {
  const result = applyLiveCommand(state, LiveCommandSchema.parse(command), now);
  if (result.ok) expect.fail(`${command.type} was applied but should have been refused`);
  return result;
}
