/**
 * What the host broadcasts to every view after each change (event 'live.state') and answers to a view
 * that asks (query 'live.state'): the whole live state, its sequence number, and the host's instant
 * when it was taken. A view runs timers from its estimate of the host's clock ('app.clock' round
 * trips); a snapshot's stamp is only its first guess, before the first round trip answers.
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
