import { describe, expect, it } from 'vitest';
import {
  FIRST_RETRY_MS,
  LONGEST_RETRY_MS,
  reconnectDelayMs,
} from '../../../renderer/bridge/reconnect.ts';

describe('the wait before reconnecting', () => {
  it('doubles from the first retry up to the cap', () => {
    const top = (attempt: number) => reconnectDelayMs(attempt, () => 0.999999);
    expect(top(0)).toBe(FIRST_RETRY_MS);
    expect(top(1)).toBe(FIRST_RETRY_MS * 2);
    expect(top(2)).toBe(FIRST_RETRY_MS * 4);
    expect(top(10)).toBe(LONGEST_RETRY_MS);
    expect(top(1000)).toBe(LONGEST_RETRY_MS);
  });

  it('draws each wait between half and all of its ceiling', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
      expect(reconnectDelayMs(attempt, () => 0)).toBe(ceiling / 2);
      const drawn = reconnectDelayMs(attempt);
      expect(drawn).toBeGreaterThanOrEqual(ceiling / 2);
      expect(drawn).toBeLessThanOrEqual(ceiling);
    }
  });
});
