/**
 * The speaker queue: who has the floor, who is waiting and in what order, and how much airtime each
 * person has had. Airtime is banked whenever the floor changes hands, from `now`; the current
 * speaker's running time is added by the selectors. Every change can be undone (the queue's order,
 * mode and floor come back; airtime already spoken is never taken away).
 */
import { z } from 'zod';
import { QueueModeSchema, type QueueMode } from '../vocabulary/queueModes.ts';
import { refuse, type Refusal } from './refusal.ts';

export const AirtimeScopeSchema = z.enum(['session', 'cohort']);
export type AirtimeScope = z.infer<typeof AirtimeScopeSchema>;

export const PersonAirtimeSchema = z.object({
  speakingMs: z.number().int().min(0),
  turns: z.number().int().min(0),
});
export type PersonAirtime = z.infer<typeof PersonAirtimeSchema>;

const QueueOrderSchema = z.object({
  mode: QueueModeSchema,
  /** Who speaks after the current speaker, in order. */
  waiting: z.array(z.string()),
  floor: z.string().nullable(),
  /** Taken out of the queue until re-added (left the room, does not want to speak). */
  removed: z.array(z.string()),
  /** Rounds go around the seating order from this person. */
  roundStartId: z.string().nullable(),
  round: z.number().int().min(0),
});
export type QueueOrder = z.infer<typeof QueueOrderSchema>;

export const QueueStateSchema = QueueOrderSchema.extend({
  balancedScope: AirtimeScopeSchema,
  floorSince: z.number().nullable(),
  airtime: z.record(z.string(), PersonAirtimeSchema),
  /** Speaking time in earlier sessions of the cohort, per person, for balanced mode's cohort scope. */
  historyMs: z.record(z.string(), z.number().min(0)),
  /** Earlier orders, most recent last, for undo. */
  undo: z.array(QueueOrderSchema),
});
export type QueueState = z.infer<typeof QueueStateSchema>;

export const UNDO_DEPTH = 10;

/** What the queue needs to know about the session around it. */
export interface QueueContext {
  /** Present people in seating order. */
  seating: readonly string[];
  /** The challenge owner, who answers after each question in a round. */
  ownerId: string | null;
  ownerAnswers: boolean;
  now: number;
}

export const createQueue = (
  seating: readonly string[],
  historyMs: Record<string, number> = {},
): QueueState => ({
  mode: 'round',
  waiting: [...seating],
  floor: null,
  removed: [],
  roundStartId: seating[0] ?? null,
  round: 0,
  balancedScope: 'session',
  floorSince: null,
  airtime: {},
  historyMs,
  undo: [],
});

const orderOf = (q: QueueState): QueueOrder => ({
  mode: q.mode,
  waiting: q.waiting,
  floor: q.floor,
  removed: q.removed,
  roundStartId: q.roundStartId,
  round: q.round,
});

/** Records the current order for undo, then applies the change (unless nothing changed). */
function remember(before: QueueState, after: QueueState): QueueState {
  if (after === before) return before;
  const undo = [...before.undo, orderOf(before)];
  if (undo.length > UNDO_DEPTH) undo.shift();
  return { ...after, undo };
}

/** Banked airtime plus, for the speaker, the current turn so far. */
export function speakingMs(q: QueueState, id: string, now: number): number {
  const banked = q.airtime[id]?.speakingMs ?? 0;
  return q.floor === id && q.floorSince !== null ? banked + (now - q.floorSince) : banked;
}

/** The airtime balanced mode sorts by: this session, or the cohort's history plus this session. */
export const balanceWeight = (q: QueueState, id: string, now: number): number =>
  speakingMs(q, id, now) + (q.balancedScope === 'cohort' ? (q.historyMs[id] ?? 0) : 0);

/** Least airtime first; equal airtime keeps seating order. */
function sortByAirtime(q: QueueState, ids: readonly string[], ctx: QueueContext): string[] {
  const seat = (id: string) => ctx.seating.indexOf(id);
  return [...ids].sort(
    (a, b) => balanceWeight(q, a, ctx.now) - balanceWeight(q, b, ctx.now) || seat(a) - seat(b),
  );
}

/** One pass around the seating order from the round's first person; the owner answers, not asks. */
export function roundOrder(q: QueueState, ctx: QueueContext): string[] {
  const eligible = ctx.seating.filter((id) => id !== ctx.ownerId && !q.removed.includes(id));
  const from = q.roundStartId === null ? -1 : ctx.seating.indexOf(q.roundStartId);
  if (from < 0) return eligible;
  const rotated = [...ctx.seating.slice(from), ...ctx.seating.slice(0, from)];
  return rotated.filter((id) => eligible.includes(id));
}

/** Hands the floor to someone (or no one), banking the outgoing speaker's time. */
function passFloor(
  q: QueueState,
  to: string | null,
  ctx: QueueContext,
  countTurn = true,
): QueueState {
  if (to === q.floor) return q;
  let airtime = q.airtime;
  if (q.floor !== null && q.floorSince !== null) {
    const was = airtime[q.floor] ?? { speakingMs: 0, turns: 0 };
    airtime = {
      ...airtime,
      [q.floor]: { ...was, speakingMs: was.speakingMs + (ctx.now - q.floorSince) },
    };
  }
  if (to !== null && countTurn) {
    const was = airtime[to] ?? { speakingMs: 0, turns: 0 };
    airtime = { ...airtime, [to]: { ...was, turns: was.turns + 1 } };
  }
  let next: QueueState = {
    ...q,
    airtime,
    floor: to,
    floorSince: to === null ? null : ctx.now,
    waiting: to === null ? q.waiting : q.waiting.filter((id) => id !== to),
  };
  // In balanced mode the outgoing speaker goes back into the pool, at their airtime's place.
  const out = q.floor;
  if (
    next.mode === 'balanced' &&
    out !== null &&
    !next.removed.includes(out) &&
    !next.waiting.includes(out)
  ) {
    const weight = balanceWeight(next, out, ctx.now);
    const seat = ctx.seating.indexOf(out);
    const at = next.waiting.findIndex((id) => {
      const w = balanceWeight(next, id, ctx.now);
      return w > weight || (w === weight && ctx.seating.indexOf(id) > seat);
    });
    const waiting = [...next.waiting];
    waiting.splice(at < 0 ? waiting.length : at, 0, out);
    next = { ...next, waiting };
  }
  return next;
}

const unknown = (id: string): Refusal => refuse('not-found', `${id} is not in this session.`);

/**
 * Calls the next speaker. In a round the owner answers after each asker; when everyone has asked, a
 * new round starts. With no one waiting, the current speaker's turn ends.
 */
export function callNext(q: QueueState, ctx: QueueContext): QueueState | Refusal {
  const owner = ctx.ownerId;
  if (
    q.mode === 'round' &&
    ctx.ownerAnswers &&
    owner !== null &&
    ctx.seating.includes(owner) &&
    q.floor !== null &&
    q.floor !== owner
  ) {
    return remember(q, passFloor(q, owner, ctx));
  }
  let base = q;
  if (base.waiting.length === 0 && base.mode === 'round') {
    // A new round, the current speaker included: their turn ends now.
    const refill = roundOrder(base, ctx);
    if (refill.length > 0) base = { ...base, waiting: refill, round: base.round + 1 };
  }
  const next = base.waiting.find((id) => id !== q.floor) ?? base.waiting[0];
  if (next === undefined) {
    if (q.floor === null) return refuse('not-now', 'No one is waiting to speak.');
    return remember(q, passFloor(q, null, ctx));
  }
  // Only the speaker is left in the round: they start a new turn.
  if (next === q.floor) return remember(q, passFloor(passFloor(base, null, ctx), next, ctx));
  return remember(q, passFloor(base, next, ctx));
}

/** Gives the floor to anyone present, waiting or not. */
export function giveFloor(q: QueueState, id: string, ctx: QueueContext): QueueState | Refusal {
  if (!ctx.seating.includes(id)) return unknown(id);
  return remember(q, passFloor(q, id, ctx));
}

/** Ends the current turn without calling anyone. */
export const releaseFloor = (q: QueueState, ctx: QueueContext): QueueState =>
  remember(q, passFloor(q, null, ctx));

/** Passes over someone waiting (the next in line by default): they go to the back of the line. */
export function skipWaiting(q: QueueState, id: string | undefined): QueueState | Refusal {
  const target = id ?? q.waiting[0];
  if (target === undefined) return refuse('not-now', 'No one is waiting.');
  if (!q.waiting.includes(target)) return refuse('not-found', `${target} is not waiting.`);
  if (q.waiting.at(-1) === target) return q;
  return remember(q, { ...q, waiting: [...q.waiting.filter((w) => w !== target), target] });
}

export function moveWaiting(q: QueueState, id: string, toIndex: number): QueueState | Refusal {
  const from = q.waiting.indexOf(id);
  if (from < 0) return refuse('not-found', `${id} is not waiting.`);
  const to = Math.max(0, Math.min(q.waiting.length - 1, toIndex));
  if (to === from) return q;
  const waiting = q.waiting.filter((w) => w !== id);
  waiting.splice(to, 0, id);
  return remember(q, { ...q, waiting });
}

/** Takes someone out of the queue (and of later rounds) until they are re-added. */
export function removeFromQueue(
  q: QueueState,
  id: string,
  ctx: QueueContext,
): QueueState | Refusal {
  if (!ctx.seating.includes(id)) return unknown(id);
  if (q.removed.includes(id) && !q.waiting.includes(id)) return q;
  return remember(q, {
    ...q,
    waiting: q.waiting.filter((w) => w !== id),
    removed: q.removed.includes(id) ? q.removed : [...q.removed, id],
  });
}

/**
 * Adds someone to the line: a raised hand, or someone re-added after a removal. In balanced mode they
 * join at their airtime's place, otherwise at the end.
 */
export function addToQueue(q: QueueState, id: string, ctx: QueueContext): QueueState | Refusal {
  if (!ctx.seating.includes(id)) return unknown(id);
  const removed = q.removed.filter((r) => r !== id);
  if (q.waiting.includes(id) || q.floor === id) {
    return removed.length === q.removed.length ? q : remember(q, { ...q, removed });
  }
  const waiting =
    q.mode === 'balanced' ? sortByAirtime(q, [...q.waiting, id], ctx) : [...q.waiting, id];
  return remember(q, { ...q, waiting, removed });
}

/** A new person (a guest) sat down: in a round or balanced pool they join the line. */
export function seatNewPerson(q: QueueState, id: string, ctx: QueueContext): QueueState {
  if (q.mode === 'hands' || q.waiting.includes(id)) return q;
  return {
    ...q,
    waiting: q.mode === 'balanced' ? sortByAirtime(q, [...q.waiting, id], ctx) : [...q.waiting, id],
  };
}

/** Switches mode and rebuilds the line: a fresh round, no hands, or everyone by least airtime. */
export function setMode(
  q: QueueState,
  mode: QueueMode,
  scope: AirtimeScope | undefined,
  ctx: QueueContext,
): QueueState {
  const balancedScope = scope ?? q.balancedScope;
  if (mode === q.mode && balancedScope === q.balancedScope) return q;
  const base: QueueState = { ...q, mode, balancedScope };
  const pool = ctx.seating.filter((id) => id !== q.floor && !q.removed.includes(id));
  const waiting =
    mode === 'round'
      ? roundOrder(base, ctx).filter((id) => id !== q.floor)
      : mode === 'hands'
        ? []
        : sortByAirtime(base, pool, ctx);
  return remember(q, { ...base, waiting });
}

/**
 * Starts a new round from someone: the line becomes the seating order from them. Whoever is speaking
 * now has their turn of the new round already.
 */
export function startRound(q: QueueState, fromId: string, ctx: QueueContext): QueueState | Refusal {
  if (!ctx.seating.includes(fromId)) return unknown(fromId);
  const base: QueueState = { ...q, mode: 'round', roundStartId: fromId, round: q.round + 1 };
  return remember(q, { ...base, waiting: roundOrder(base, ctx).filter((id) => id !== q.floor) });
}

/** Takes back the last change to the queue. Time already spoken stays spoken. */
export function undoQueue(q: QueueState, ctx: QueueContext): QueueState | Refusal {
  const previous = q.undo.at(-1);
  if (!previous) return refuse('not-now', 'There is nothing to undo in the queue.');
  const floored = passFloor({ ...q, mode: previous.mode }, previous.floor, ctx, false);
  return { ...floored, ...previous, undo: q.undo.slice(0, -1) };
}
