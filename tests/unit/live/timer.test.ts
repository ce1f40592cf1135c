import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustTimer,
  createTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  resumeTimer,
  setTimerDirection,
  setTimerDuration,
  startTimer,
  viewTimer,
} from '../../../shared/live/timer.ts';
import { applyOps, exact, simulateDrift, type Op } from './drift.ts';
import { fresh, MIN, run, SEC, T0 } from './fixtures.ts';

describe('timer', () => {
  const t = startTimer(createTimer(60 * SEC), T0);

  it('counts down from now, never from ticks', () => {
    expect(viewTimer(t, T0).displayMs).toBe(60 * SEC);
    expect(viewTimer(t, T0 + 12_345).displayMs).toBe(60 * SEC - 12_345);
    expect(viewTimer(t, T0).endsAt).toBe(T0 + 60 * SEC);
  });

  it('pauses, resumes and resets', () => {
    const paused = pauseTimer(t, T0 + 10 * SEC);
    expect(viewTimer(paused, T0 + 50 * SEC)).toMatchObject({
      run: 'paused',
      remainingMs: 50 * SEC,
      endsAt: null,
    });
    expect(pauseTimer(paused, T0 + 20 * SEC)).toBe(paused);
    const resumed = resumeTimer(paused, T0 + 100 * SEC);
    expect(viewTimer(resumed, T0 + 110 * SEC).remainingMs).toBe(40 * SEC);
    expect(viewTimer(resumed, T0 + 110 * SEC).endsAt).toBe(T0 + 150 * SEC);
    expect(resumeTimer(resumed, T0 + 120 * SEC)).toBe(resumed);
    const reset = resetTimer(resumed);
    expect(viewTimer(reset, T0 + 200 * SEC)).toMatchObject({ run: 'idle', remainingMs: 60 * SEC });
    expect(resetTimer(reset)).toBe(reset);
  });

  it('adds and takes ±10 s and ±1 min, never below zero allotted', () => {
    let a = adjustTimer(t, 10 * SEC);
    a = adjustTimer(a, MIN);
    expect(remainingMs(a, T0)).toBe(130 * SEC);
    a = adjustTimer(a, -10 * SEC);
    a = adjustTimer(a, -MIN);
    expect(remainingMs(a, T0)).toBe(60 * SEC);
    expect(remainingMs(adjustTimer(a, -10 * MIN), T0)).toBe(0);
  });

  it('goes normal → warning (last 20 %, at least 10 s) → overtime, with words', () => {
    const long = startTimer(createTimer(5 * MIN), T0);
    expect(viewTimer(long, T0 + 3 * MIN + 59 * SEC)).toMatchObject({ state: 'normal', word: '' });
    expect(viewTimer(long, T0 + 4 * MIN)).toMatchObject({ state: 'warning', word: 'Wrap up' });
    expect(viewTimer(long, T0).warnsAt).toBe(T0 + 4 * MIN);
    const short = startTimer(createTimer(30 * SEC), T0);
    // 20 % of 30 s is 6 s, but the warning lasts at least 10 s.
    expect(viewTimer(short, T0 + 19 * SEC).state).toBe('normal');
    expect(viewTimer(short, T0 + 20 * SEC).state).toBe('warning');
    expect(viewTimer(short, T0 + 30 * SEC)).toMatchObject({
      state: 'overtime',
      word: 'Time',
      displayMs: 0,
    });
    expect(viewTimer(short, T0 + 42 * SEC)).toMatchObject({
      state: 'overtime',
      displayMs: -12 * SEC,
    });
    expect(viewTimer(createTimer(30 * SEC), T0 + 99 * SEC).state).toBe('normal');
  });

  it('counts up when asked, with the same states', () => {
    const up = setTimerDirection(t, 'up');
    expect(viewTimer(up, T0 + 15 * SEC)).toMatchObject({
      displayMs: 15 * SEC,
      remainingMs: 45 * SEC,
    });
    expect(viewTimer(up, T0 + 61 * SEC)).toMatchObject({ displayMs: 61 * SEC, state: 'overtime' });
  });

  it('takes a preset or custom duration, starting over', () => {
    const two = setTimerDuration(t, 2 * MIN, T0 + 20 * SEC);
    expect(viewTimer(two, T0 + 30 * SEC)).toMatchObject({ run: 'running', remainingMs: 110 * SEC });
    const idle = setTimerDuration(createTimer(30 * SEC), 5 * MIN, T0);
    expect(viewTimer(idle, T0 + MIN)).toMatchObject({ run: 'idle', remainingMs: 5 * MIN });
  });

  it('drives both session timers through commands', () => {
    let s = fresh();
    s = run(s, { type: 'timer.duration', timer: 'turn', durationMs: MIN }, T0);
    s = run(s, { type: 'timer.start', timer: 'turn' }, T0);
    s = run(s, { type: 'timer.adjust', timer: 'turn', deltaMs: 10 * SEC }, T0 + SEC);
    s = run(s, { type: 'timer.pause', timer: 'turn' }, T0 + 20 * SEC);
    expect(viewTimer(s.timers.turn, T0 + MIN).remainingMs).toBe(50 * SEC);
    s = run(s, { type: 'timer.resume', timer: 'turn' }, T0 + MIN);
    s = run(s, { type: 'timer.direction', timer: 'turn', direction: 'up' }, T0 + MIN);
    expect(viewTimer(s.timers.turn, T0 + 70 * SEC).displayMs).toBe(30 * SEC);
    const same = run(s, { type: 'timer.resume', timer: 'turn' }, T0 + 71 * SEC);
    expect(same).toBe(s);
    s = run(s, { type: 'timer.reset', timer: 'turn' }, T0 + 80 * SEC);
    expect(viewTimer(s.timers.turn, T0 + 90 * SEC)).toMatchObject({
      run: 'idle',
      remainingMs: MIN,
    });
    s = run(s, { type: 'agenda.next' }, T0);
    s = run(s, { type: 'timer.pause', timer: 'segment' }, T0 + MIN);
    expect(viewTimer(s.timers.segment, T0 + 9 * MIN).remainingMs).toBe(4 * MIN);
  });
});

describe('timer invariants', () => {
  const opArb = fc.record({
    kind: fc.constantFrom('pause', 'resume', 'adjust', 'pause', 'resume'),
    gap: fc.integer({ min: 0, max: 120_000 }),
    delta: fc.constantFrom(10_000, -10_000, 60_000, -60_000),
  });

  it('pause/resume sequences never lose or gain time', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 60 }),
        fc.integer({ min: 0, max: 60_000 }),
        (steps, tail) => {
          let at = T0;
          const ops: Op[] = [{ kind: 'start', at, delta: 0 }];
          let runningMs = 0;
          let running = true;
          for (const step of steps) {
            if (running) runningMs += step.gap;
            at += step.gap;
            ops.push({ kind: step.kind, at, delta: step.delta });
            if (step.kind === 'pause') running = false;
            if (step.kind === 'resume') running = true;
          }
          const now = at + tail;
          if (running) runningMs += tail;
          const timer = applyOps(createTimer(5 * MIN), ops);
          // Elapsed equals exactly the time it was running, whatever the order of pauses and resumes.
          expect(viewTimer(timer, now).elapsedMs).toBe(runningMs);
          expect(remainingMs(timer, now)).toBe(exact(5 * MIN, ops, now));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drift: a 3-hour session with 2,000 timer operations is exact to the millisecond', () => {
    const { driftMs } = simulateDrift(2000, 3 * 60 * MIN);
    expect(driftMs).toBe(0);
  });
});
