/**
 * How a request is declared: what it reads and answers (zod schemas), who may call it, and what it
 * changes. The router refuses a caller outside the request's audience; after a request succeeds the
 * host broadcasts exactly what the request declares it changes, so nothing is guessed from its name.
 */
import type { z } from 'zod';

/**
 * Who is on the other end of a connection: the facilitator's console (on the laptop only), the
 * presenter (what the room sees: the second window, or a screen on the LAN), a participant's phone.
 */
export const ROLES = ['console', 'presenter', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a request can change, each with the event(s) the host broadcasts for it:
 * - `library`: the list of cohort files (→ 'library.changed' to the console);
 * - `cohort`: the content of the cohort named by the input's `cohortId` (→ 'cohort.changed');
 * - `live`: a running session (→ 'live.state' to the console, 'room.view' to the room);
 * - `room`: what the presenter shows (→ 'room.view');
 * - `participant`: the session a participant's phone is bound to (its cohort and its devices), named
 *   by the phone's token rather than the input (→ 'cohort.changed', 'join.changed').
 */
export const CHANGES = ['library', 'cohort', 'live', 'room', 'participant'] as const;
export type Change = (typeof CHANGES)[number];

export interface RequestSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'command' | 'query';
  /** The roles that may call it; anyone else gets a typed refusal. */
  audience: readonly Role[];
  /** What it changes when it succeeds; a query changes nothing. */
  changes: readonly Change[];
  input: I;
  output: O;
}

interface Declared<A extends readonly Role[], C extends readonly Change[]> {
  audience: A;
  changes: C;
}

/** A request that changes something. */
export const command = <
  I extends z.ZodType,
  O extends z.ZodType,
  const A extends readonly Role[],
  const C extends readonly Change[],
>(
  input: I,
  output: O,
  { audience, changes }: Declared<A, C>,
) => ({ kind: 'command', audience, changes, input, output }) as const satisfies RequestSpec<I, O>;

/** A request that only reads. */
export const query = <I extends z.ZodType, O extends z.ZodType, const A extends readonly Role[]>(
  input: I,
  output: O,
  { audience }: { audience: A },
) => ({ kind: 'query', audience, changes: [], input, output }) as const satisfies RequestSpec<I, O>;

/** The console alone: the facilitator's laptop. */
export const CONSOLE = ['console'] as const satisfies readonly Role[];
/** Every view of the room: the console (for its mirror) and the presenter. */
export const ROOM = ['console', 'presenter'] as const satisfies readonly Role[];
