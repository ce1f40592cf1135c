/**
 * A view's estimate of the host's clock, kept by round trips: a burst on connecting, one now and
 * then; snapshots no longer move it once a round trip answered; it stands still while offline.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/contract/index.ts';
import { ok } from '../../../shared/contract/result.ts';
import {
  BURST_SAMPLES,
  BURST_SPACING_MS,
  RESAMPLE_EVERY_MS,
  syncHostClock,
} from '../../../renderer/bridge/clockSync.ts';
import type { ConnectionState } from '../../../renderer/bridge/websocketTransport.ts';
import {
  anchorHostClock,
  forgetClockSamples,
  hostClockFrozen,
  hostNow,
  localNow,
  thawHostClock,
} from '../../../renderer/ui/clock/hostClock.ts';

/** A host whose clock is `aheadMs` in front of this process's, reached by a stand-in bridge. */
function fakeHost(aheadMs: number) {
  let state: ConnectionState = 'open';
  const listeners = new Set<(state: ConnectionState) => void>();
  const asked = vi.fn();
  const bridge = {
    invoke: async () => {
      asked();
      await Promise.resolve();
      return ok({ now: localNow() + host.aheadMs });
    },
    subscribe: () => () => undefined,
  } as unknown as Bridge;
  const host = {
    aheadMs,
    asked,
    source: {
      bridge,
      state: () => state,
      onStateChange: (listener: (state: ConnectionState) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    set(next: ConnectionState) {
      state = next;
      for (const listener of listeners) listener(next);
    },
  };
  return host;
}

/** Long enough for the burst of round trips on connecting. */
const BURST_MS = BURST_SAMPLES * BURST_SPACING_MS;

/** How far this view puts the host's clock from its own. */
const estimatedAhead = () => hostNow() - localNow();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  forgetClockSamples();
  thawHostClock();
});
afterEach(() => vi.useRealTimers());

describe('the host clock sync', () => {
  it('measures the offset with a burst of round trips, then one every half minute', async () => {
    const host = fakeHost(5000);
    const stop = syncHostClock(host.source);
    await vi.advanceTimersByTimeAsync(0);
    // The first answer is enough to go on with; the others follow, spaced out.
    expect(host.asked).toHaveBeenCalledTimes(1);
    expect(Math.abs(estimatedAhead() - 5000)).toBeLessThan(2);
    await vi.advanceTimersByTimeAsync(BURST_MS);
    expect(host.asked).toHaveBeenCalledTimes(BURST_SAMPLES);
    await vi.advanceTimersByTimeAsync(RESAMPLE_EVERY_MS);
    expect(host.asked).toHaveBeenCalledTimes(BURST_SAMPLES + 1);
    stop();
  });

  it('lets a snapshot guess the offset only until a round trip has answered', async () => {
    anchorHostClock(localNow() + 900);
    expect(Math.abs(estimatedAhead() - 900)).toBeLessThan(2);
    const host = fakeHost(-300);
    const stop = syncHostClock(host.source);
    await vi.advanceTimersByTimeAsync(BURST_MS);
    anchorHostClock(localNow() + 900);
    expect(Math.abs(estimatedAhead() + 300)).toBeLessThan(2);
    stop();
  });

  it('stands still while the connection is down, and measures afresh on reconnecting', async () => {
    const host = fakeHost(1000);
    const stop = syncHostClock(host.source);
    await vi.advanceTimersByTimeAsync(BURST_MS);
    host.set('closed');
    expect(hostClockFrozen()).toBe(true);
    const frozen = hostNow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(hostNow()).toBe(frozen);
    // The host restarted with its clock elsewhere; no periodic round trip while down.
    host.aheadMs = 7000;
    await vi.advanceTimersByTimeAsync(RESAMPLE_EVERY_MS * 2);
    expect(host.asked).toHaveBeenCalledTimes(BURST_SAMPLES);
    host.set('open');
    await vi.advanceTimersByTimeAsync(0);
    // The first round trip of the new connection lets the timers run again.
    expect(hostClockFrozen()).toBe(false);
    expect(Math.abs(estimatedAhead() - 7000)).toBeLessThan(2);
    stop();
  });
});
