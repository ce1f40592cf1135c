import { describe, expect, it } from 'vitest';
import {
  estimateOffset,
  roundTripMs,
  SAMPLES_KEPT,
  sampleOffsetMs,
  withSample,
  type ClockSample,
} from '../../../renderer/ui/clock/offsetEstimate.ts';

/**
 * A round trip to a host whose clock is `offset` ahead of the view's: the request takes `out` ms to
 * get there, the answer `back` ms to return, the host reads its clock on arrival.
 */
const trip = (sentAt: number, offset: number, out: number, back: number): ClockSample => ({
  sentAt,
  hostNow: sentAt + out + offset,
  receivedAt: sentAt + out + back,
});

describe('the host clock offset estimate', () => {
  it('is exact for a symmetric round trip, and off by half the asymmetry otherwise', () => {
    expect(sampleOffsetMs(trip(1000, 250, 4, 4))).toBe(250);
    expect(sampleOffsetMs(trip(1000, 250, 10, 2))).toBe(254);
    expect(roundTripMs(trip(1000, 250, 10, 2))).toBe(12);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      trip(0, -40, 30, 2), // a slow request: 14 ms off
      trip(100, -40, 1, 1), // fast: exact
      trip(200, -40, 2, 20), // a slow answer: 9 ms off the other way
    ];
    expect(estimateOffset(samples)).toBe(-40);
    // Within half the best round trip of the truth, whatever the order.
    expect(estimateOffset([...samples].reverse())).toBe(-40);
  });

  it('takes the newest of equally fast samples, so a drifting clock is followed', () => {
    expect(estimateOffset([trip(0, 10, 1, 1), trip(30_000, 12, 1, 1)])).toBe(12);
  });

  it('has no estimate without a usable sample', () => {
    expect(estimateOffset([])).toBeUndefined();
    // An answer before its question (a local clock that went back), or one that took no time at
    // all (a clock that stood still): neither measured anything.
    expect(estimateOffset([{ sentAt: 10, receivedAt: 5, hostNow: 100 }])).toBeUndefined();
    expect(estimateOffset([{ sentAt: 10, receivedAt: 10, hostNow: 100 }])).toBeUndefined();
    expect(estimateOffset([trip(0, 7, 2, 2), { sentAt: 50, receivedAt: 50, hostNow: 100 }])).toBe(
      7,
    );
  });

  it('keeps the most recent samples only', () => {
    let samples: ClockSample[] = [];
    for (let i = 0; i < SAMPLES_KEPT + 3; i++)
      samples = withSample(samples, trip(i * 100, i, 1, 1));
    expect(samples).toHaveLength(SAMPLES_KEPT);
    expect(samples[0]!.sentAt).toBe(300);
    // A fast sample that has fallen out of the window no longer counts.
    const early = withSample([trip(0, 99, 1, 0)], trip(100, 5, 3, 3), 1);
    expect(estimateOffset(early)).toBe(5);
  });
});
