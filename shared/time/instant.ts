/**
 * Time as data. An Instant is a point on the host's monotonic timeline, in milliseconds. Branding
 * keeps it from being mixed up with a length of time or a plain count. The host anchors its
 * monotonic clock to the wall clock once at start, so instants read like epoch milliseconds yet
 * never jump when the system clock changes.
 */
export type Instant = number & { readonly __brand: 'Instant' };

export const instant = (ms: number): Instant => ms as Instant;
