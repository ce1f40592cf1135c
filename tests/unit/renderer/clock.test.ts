import { describe, expect, it } from 'vitest';
import { formatClock, formatDrift, formatDuration } from '../../../renderer/ui/format/clock.ts';

describe('timer digits', () => {
  it('shows minutes and seconds, counting a started second as whole', () => {
    expect(formatClock(30_000)).toBe('0:30');
    expect(formatClock(29_001)).toBe('0:30');
    expect(formatClock(29_000)).toBe('0:29');
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(0)).toBe('0:00');
  });

  it('shows overtime with a minus sign', () => {
    expect(formatClock(-1)).toBe('−0:01');
    expect(formatClock(-12_000)).toBe('−0:12');
    expect(formatClock(-61_000)).toBe('−1:01');
  });

  it('shows hours past an hour', () => {
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});

describe('schedule drift and durations', () => {
  it('words ahead and behind', () => {
    expect(formatDrift(12 * 60_000)).toBe('12 min behind');
    expect(formatDrift(-3 * 60_000)).toBe('3 min ahead');
    expect(formatDrift(20_000)).toBe('on time');
  });
  it('words durations', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(95_000)).toBe('1 min 35 s');
  });
});
