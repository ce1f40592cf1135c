/**
 * A command the engine will not apply is answered with a refusal in words, never a throw. Sub-reducers
 * return either their new slice or a Refusal; the session reducer passes refusals through.
 */
export type RefusalReason =
  /** The command names a segment, person, question or note the session does not have. */
  | 'not-found'
  /** The command is well-formed but does not make sense for the data (a vote for a passed challenge). */
  | 'invalid'
  /** Not possible at this moment (no one is waiting, that was the last segment). */
  | 'not-now'
  /** A vote ended in a tie; `detail` lists the tied challenge ids for the facilitator to pick from. */
  | 'tie'
  /** The session has ended; nothing changes any more. */
  | 'ended';

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  /** A sentence a facilitator can read. */
  message: string;
  detail?: string[];
}

export const refuse = (reason: RefusalReason, message: string, detail?: string[]): Refusal =>
  detail ? { ok: false, reason, message, detail } : { ok: false, reason, message };

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
