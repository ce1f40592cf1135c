/**
 * The drift check: a long run of timer operations through the session reducer, compared at every
 * step with an independent model in plain arithmetic. Shared by the unit test and the benchmark.
 */
import { LiveCommandSchema, type LiveCommandInput } from '../../../shared/live/commands.ts';
import { applyLiveCommand, createLiveState, type LiveState } from '../../../shared/live/session.ts';
import {
  adjustTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  resumeTimer,
  startTimer,
  type Timer,
} from '../../../shared/live/timer.ts';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

export type Op = {
  kind: 'start' | 'pause' | 'resume' | 'reset' | 'adjust';
  at: number;
  delta: number;
};

/** An independent model: the sum of running intervals, and the adjustments, in plain arithmetic. */
export function exact(durationMs: number, ops: Op[], now: number) {
  let running: number | null = null;
  let banked = 0;
  let added = 0;
  for (const op of ops) {
    if (op.kind === 'start') [running, banked, added] = [op.at, 0, 0];
    if (op.kind === 'pause' && running !== null)
      [banked, running] = [banked + (op.at - running), null];
    if (op.kind === 'resume' && running === null) running = op.at;
    if (op.kind === 'reset') [running, banked, added] = [null, 0, 0];
    if (op.kind === 'adjust') added = Math.max(added + op.delta, -durationMs);
  }
  return durationMs + added - (banked + (running === null ? 0 : now - running));
}
export function applyOps(timer: Timer, ops: Op[]): Timer {
  for (const op of ops) {
    if (op.kind === 'start') timer = startTimer(timer, op.at);
    if (op.kind === 'pause') timer = pauseTimer(timer, op.at);
    if (op.kind === 'resume') timer = resumeTimer(timer, op.at);
    if (op.kind === 'reset') timer = resetTimer(timer);
    if (op.kind === 'adjust') timer = adjustTimer(timer, op.delta);
  }
  return timer;
}

/** Exported for the benchmark. Deterministic pseudo-random operations over `spanMs`. */
export function simulateDrift(operations: number, spanMs: number) {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const kinds: Op['kind'][] = ['pause', 'resume', 'adjust', 'pause', 'resume', 'reset', 'start'];
  const ops: Op[] = [{ kind: 'start', at: T0, delta: 0 }];
  let state = engine({ type: 'timer.start', timer: 'turn' }, T0, createLiveState(init, T0));
  let driftMs = 0;
  for (let i = 1; i < operations; i++) {
    const at = T0 + Math.floor((spanMs * i) / operations + rand() * 1000);
    const op: Op = {
      kind: kinds[Math.floor(rand() * kinds.length)]!,
      at,
      delta: [10_000, -10_000, 60_000, -60_000][Math.floor(rand() * 4)]!,
    };
    ops.push(op);
    state = engine(toCommand(op), at, state);
    driftMs = Math.max(
      driftMs,
      Math.abs(remainingMs(state.timers.turn, at + 137) - exact(5 * MIN, ops, at + 137)),
    );
  }
  const end = T0 + spanMs;
  driftMs = Math.max(
    driftMs,
    Math.abs(remainingMs(state.timers.turn, end) - exact(5 * MIN, ops, end)),
  );
  return { driftMs, operations: ops.length };
}

const init = {
  cohortId: 'c',
  sessionId: 's',
  people: [],
  agenda: [],
  bank: { categories: [], questions: [] },
  turnMs: 5 * MIN,
};

function toCommand(op: Op): LiveCommandInput {
  return op.kind === 'adjust'
    ? { type: 'timer.adjust', timer: 'turn', deltaMs: op.delta }
    : { type: `timer.${op.kind}`, timer: 'turn' };
}

function engine(command: LiveCommandInput, at: number, state: LiveState): LiveState {
  const result = applyLiveCommand(state, LiveCommandSchema.parse(command), at);
  if (!result.ok) throw new Error(result.message);
  return result.state;
}
