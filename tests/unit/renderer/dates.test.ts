import { describe, expect, it } from 'vitest';
import { daysUntil, dueWords } from '../../../renderer/ui/format/dates.ts';

describe('due dates in words', () => {
  it('counts whole days either side of today', () => {
    expect(daysUntil('2026-11-24', '2026-11-24')).toBe(0);
    expect(daysUntil('2026-11-27', '2026-11-24')).toBe(3);
    expect(daysUntil('2026-11-20', '2026-11-24')).toBe(-4);
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
  });
  it('says due or overdue', () => {
    expect(dueWords('2026-11-24', '2026-11-24')).toBe('due today');
    expect(dueWords('2026-11-25', '2026-11-24')).toBe('due tomorrow');
    expect(dueWords('2026-11-30', '2026-11-24')).toBe('due in 6 days');
    expect(dueWords('2026-11-23', '2026-11-24')).toBe('overdue by 1 day');
    expect(dueWords('2026-11-14', '2026-11-24')).toBe('overdue by 10 days');
  });
});
