/**
 * What the host broadcasts to every view after each change (event 'live.state') and answers to a view
 * that asks (query 'live.state'): the whole live state, its sequence number, and the host's instant
 * when it was taken, so a view can run timers from its own clock: hostNow ≈ at + (its now − received).
 */
import { z } from 'zod';
import { LiveStateSchema } from './session.ts';

export const LiveSnapshotSchema = z.object({
  /** The number of the last applied command in the session's run log. */
  seq: z.number().int().min(0),
  /** The host's instant when the snapshot was taken. */
  at: z.number(),
  state: LiveStateSchema,
});
export type LiveSnapshot = z.infer<typeof LiveSnapshotSchema>;
