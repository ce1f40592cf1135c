/**
 * How far the host's clock is from this view's, estimated as NTP does from round trips: a view
 * notes its own time when it asks the host for its `now` (sentAt) and when the answer arrives
 * (receivedAt). The host read its clock somewhere in between; assuming halfway, the offset is
 * hostNow − (sentAt + receivedAt) / 2, and it is off by at most half the round trip. So the sample
 * with the shortest round trip is the one to trust. Pure: samples in, milliseconds out.
 */
export interface ClockSample {
  /** This view's clock when it asked. */
  sentAt: number;
  /** This view's clock when the answer arrived. */
  receivedAt: number;
  /** What the host's clock said. */
  hostNow: number;
}

/** How many recent samples the estimate looks at: the burst at connecting, then a few minutes. */
export const SAMPLES_KEPT = 8;

export const roundTripMs = (sample: ClockSample): number => sample.receivedAt - sample.sentAt;

export const sampleOffsetMs = (sample: ClockSample): number =>
  sample.hostNow - (sample.sentAt + sample.receivedAt) / 2;

/**
 * A round trip across a process or a network takes some time. One that took none, or less than
 * none, measured nothing: the view's clock stood still meanwhile (a paused clock) or went back.
 */
const measured = (sample: ClockSample): boolean => roundTripMs(sample) > 0;

/**
 * The offset (host − view) of the sample with the shortest round trip, the newest among equals
 * (clocks drift apart a little over a long session); undefined with no usable sample.
 */
export function estimateOffset(samples: readonly ClockSample[]): number | undefined {
  let best: ClockSample | undefined;
  for (const sample of samples) {
    if (!measured(sample)) continue;
    if (!best || roundTripMs(sample) <= roundTripMs(best)) best = sample;
  }
  return best && sampleOffsetMs(best);
}

/** The samples with a new one added, the oldest dropped past the limit. */
export const withSample = (
  samples: readonly ClockSample[],
  sample: ClockSample,
  limit = SAMPLES_KEPT,
): ClockSample[] => [...samples, sample].slice(-limit);
