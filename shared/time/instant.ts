/**
 * Time as data. An Instant is a point on the host's monotonic timeline, in milliseconds; a
 * Duration is a length of time in milliseconds. Branding keeps the two from being mixed up with
 * each other or with plain counts. The host anchors its monotonic clock to the wall clock once at
 * start, so instants read like epoch milliseconds yet never jump when the system clock changes.
 */
export type Instant = number & { readonly __brand: 'Instant' };
export type Duration = number & { readonly __brand: 'Duration' };

export const instant = (ms: number): Instant => ms as Instant;
export const duration = (ms: number): Duration => ms as Duration;

export const elapsedBetween = (from: Instant, to: Instant): Duration => duration(to - from);
export const later = (at: Instant, by: Duration): Instant => instant(at + by);

export const SECOND = duration(1000);
export const MINUTE = duration(60_000);
