/** 'app.clock': every view may read the clock that the live sessions and the room view use. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOM } from '../../../shared/contract/spec.ts';
import { tempCore } from './tempCore.ts';

let core: Awaited<ReturnType<typeof tempCore>>['core'];
let done: () => Promise<void>;
beforeAll(async () => ({ core, done } = await tempCore('fc-clock')));
afterAll(() => done());

describe('app.clock', () => {
  it("answers the live engine's clock to every view of the room, the same one the room view is stamped with", async () => {
    for (const role of ROOM) {
      const before = core.services.clock.now();
      const answer = await core.router('app.clock', {}, { role });
      const after = core.services.clock.now();
      expect(answer.ok, role).toBe(true);
      const { now } = (answer as { ok: true; value: { now: number } }).value;
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(after);
    }
    const view = await core.router('room.view', {}, { role: 'presenter' });
    const stamped = (view as { ok: true; value: { at: number } }).value.at;
    expect(Math.abs(stamped - core.services.clock.now())).toBeLessThan(1000);
  });
});
