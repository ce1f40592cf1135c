import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { challengeIdFor } from '../../../shared/live/challenges.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import { LiveCommandSchema } from '../../../shared/live/commands.ts';
import { speakingMs } from '../../../shared/live/queue.ts';
import { airtime, floor, notYetSpoken, turnTimer, upNext } from '../../../shared/live/selectors.ts';
import { applyLiveCommand, type LiveState } from '../../../shared/live/session.ts';
import { fresh, PEOPLE, refusal, run, script, SEC, T0 } from './fixtures.ts';

const ids = (s: LiveState) => upNext(s).map((p) => p.id);
/** A chosen challenge, in the clarifying rounds: the owner answers after each question. */
const withOwner = (owner: string) =>
  script(fresh(), [
    [{ type: 'challenge.enter', attendeeId: owner, text: 'A problem' }, T0],
    [{ type: 'challenge.choose', challengeId: challengeIdFor(owner) }, T0],
    [{ type: 'agenda.goto', segmentId: 'clarifying' }, T0],
  ]);

describe('speaker queue', () => {
  it('goes around the room in seating order, the owner answering after each question', () => {
    let s = withOwner('cho');
    s = run(s, { type: 'queue.round', fromId: 'dev' });
    expect(ids(s)).toEqual(['dev', 'eli', 'ana', 'ben']);
    const holders: string[] = [];
    for (let i = 0; i < 10; i++) {
      s = run(s, { type: 'queue.next' }, T0 + i * 30 * SEC);
      holders.push(s.queue.floor!);
    }
    expect(holders).toEqual(['dev', 'cho', 'eli', 'cho', 'ana', 'cho', 'ben', 'cho', 'dev', 'cho']);
    expect(s.queue.round).toBe(2);
  });

  it('takes raised hands first come, first served', () => {
    let s = run(fresh(), { type: 'queue.mode', mode: 'hands' });
    expect(ids(s)).toEqual([]);
    expect(refusal(s, { type: 'queue.next' }).reason).toBe('not-now');
    s = script(s, [
      [{ type: 'queue.add', personId: 'eli' }, T0],
      [{ type: 'queue.add', personId: 'ben' }, T0],
      [{ type: 'queue.add', personId: 'eli' }, T0],
    ]);
    expect(ids(s)).toEqual(['eli', 'ben']);
    s = run(s, { type: 'queue.next' }, T0);
    expect(floor(s)?.person.id).toBe('eli');
    s = run(s, { type: 'queue.next' }, T0 + 10 * SEC);
    s = run(s, { type: 'queue.next' }, T0 + 20 * SEC);
    expect(s.queue.floor).toBeNull();
    expect(airtime(s, T0 + 20 * SEC).map((a) => [a.person.id, a.speakingMs])).toEqual([
      ['ana', 0],
      ['ben', 10 * SEC],
      ['cho', 0],
      ['dev', 0],
      ['eli', 10 * SEC],
    ]);
  });

  it('in balanced mode, calls whoever has spoken least (this session or across the cohort)', () => {
    let s = script(fresh({ historyMs: { ana: 600 * SEC, ben: 0, cho: 300 * SEC } }), [
      [{ type: 'queue.give', personId: 'ana' }, T0],
      [{ type: 'queue.give', personId: 'ben' }, T0 + 40 * SEC],
      [{ type: 'queue.give', personId: 'cho' }, T0 + 60 * SEC],
      [{ type: 'queue.release' }, T0 + 65 * SEC],
    ]);
    s = run(s, { type: 'queue.mode', mode: 'balanced' }, T0 + 65 * SEC);
    expect(ids(s)).toEqual(['dev', 'eli', 'cho', 'ben', 'ana']);
    s = run(s, { type: 'queue.mode', mode: 'balanced', scope: 'cohort' }, T0 + 65 * SEC);
    expect(ids(s)).toEqual(['dev', 'eli', 'ben', 'cho', 'ana']);
    s = run(s, { type: 'queue.next' }, T0 + 70 * SEC);
    expect(s.queue.floor).toBe('dev');
    // The speaker goes back into the pool at their airtime's place when the floor moves on.
    s = run(s, { type: 'queue.next' }, T0 + 80 * SEC);
    expect(s.queue.floor).toBe('eli');
    expect(ids(s)).toEqual(['dev', 'ben', 'cho', 'ana']);
  });

  it('gives the floor to anyone, skips, moves, removes, re-adds and undoes', () => {
    let s = run(fresh(), { type: 'queue.give', personId: 'dev' }, T0);
    expect(ids(s)).toEqual(['ana', 'ben', 'cho', 'eli']);
    s = run(s, { type: 'queue.skip' });
    expect(ids(s)).toEqual(['ben', 'cho', 'eli', 'ana']);
    s = run(s, { type: 'queue.move', personId: 'eli', toIndex: 0 });
    expect(ids(s)).toEqual(['eli', 'ben', 'cho', 'ana']);
    s = run(s, { type: 'queue.remove', personId: 'ben' });
    expect(ids(s)).toEqual(['eli', 'cho', 'ana']);
    s = run(s, { type: 'queue.add', personId: 'ben' });
    expect(ids(s)).toEqual(['eli', 'cho', 'ana', 'ben']);
    s = run(s, { type: 'queue.undo' });
    expect(ids(s)).toEqual(['eli', 'cho', 'ana']);
    s = run(s, { type: 'queue.undo' });
    s = run(s, { type: 'queue.undo' });
    s = run(s, { type: 'queue.undo' });
    expect(ids(s)).toEqual(['ana', 'ben', 'cho', 'eli']);
    // Undoing a floor change gives the floor back; the time spoken stays spoken.
    s = run(s, { type: 'queue.next' }, T0 + 20 * SEC);
    expect(s.queue.floor).toBe('ana');
    s = run(s, { type: 'queue.undo' }, T0 + 22 * SEC);
    expect(s.queue.floor).toBe('dev');
    expect(speakingMs(s.queue, 'ana', T0 + 30 * SEC)).toBe(2 * SEC);
    expect(speakingMs(s.queue, 'dev', T0 + 30 * SEC)).toBe(28 * SEC);
    expect(s.queue.airtime['dev']!.turns).toBe(1);
    expect(refusal(s, { type: 'queue.give', personId: 'zed' }).reason).toBe('not-found');
    expect(refusal(s, { type: 'queue.skip', personId: 'dev' }).reason).toBe('not-found');
  });

  it('knows who has not spoken, counts turns, and auto-starts the turn timer', () => {
    let s = run(fresh(), { type: 'queue.next' }, T0);
    expect(turnTimer(s, T0 + 5 * SEC)).toMatchObject({ run: 'running', remainingMs: 25 * SEC });
    s = run(s, { type: 'queue.next' }, T0 + 31 * SEC);
    expect(turnTimer(s, T0 + 31 * SEC).remainingMs).toBe(30 * SEC);
    expect(notYetSpoken(s).map((p) => p.id)).toEqual(['cho', 'dev', 'eli']);
    s = run(s, { type: 'queue.give', personId: 'ana' }, T0 + 40 * SEC);
    expect(s.queue.airtime['ana']).toEqual({ speakingMs: 31 * SEC, turns: 2 });
    const view = airtime(s, T0 + 50 * SEC).find((a) => a.person.id === 'ana')!;
    expect(view).toMatchObject({ speakingMs: 41 * SEC, speaking: true, silent: false });
    s = run(s, { type: 'options.set', autoStartTurnOnFloor: false }, T0 + 50 * SEC);
    s = run(s, { type: 'queue.give', personId: 'eli' }, T0 + 60 * SEC);
    expect(turnTimer(s, T0 + 60 * SEC).remainingMs).toBe(30 * SEC - 20 * SEC);
  });

  it('seats a guest who joins the round', () => {
    const s = run(fresh(), { type: 'people.addGuest', name: 'Gia' });
    const guest = s.people.at(-1)!;
    expect(guest).toMatchObject({ name: 'Gia', guest: true, memberId: null });
    expect(ids(s).at(-1)).toBe(guest.id);
    expect(notYetSpoken(s)).toContainEqual(guest);
  });
});

// ——— properties ———

const personIds = PEOPLE.map((p) => p.id);
const opArb = fc.oneof(
  fc.constant<LiveCommandInput>({ type: 'queue.next' }),
  fc.constant<LiveCommandInput>({ type: 'queue.next' }),
  fc.constant<LiveCommandInput>({ type: 'queue.release' }),
  fc.constant<LiveCommandInput>({ type: 'queue.undo' }),
  fc
    .constantFrom(...personIds)
    .map((personId): LiveCommandInput => ({ type: 'queue.give', personId })),
  fc
    .constantFrom(...personIds)
    .map((personId): LiveCommandInput => ({ type: 'queue.skip', personId })),
  fc
    .constantFrom(...personIds)
    .map((personId): LiveCommandInput => ({ type: 'queue.remove', personId })),
  fc
    .constantFrom(...personIds)
    .map((personId): LiveCommandInput => ({ type: 'queue.add', personId })),
  fc
    .constantFrom(...personIds)
    .map((fromId): LiveCommandInput => ({ type: 'queue.round', fromId })),
  fc
    .tuple(fc.constantFrom(...personIds), fc.nat(6))
    .map(([personId, toIndex]): LiveCommandInput => ({ type: 'queue.move', personId, toIndex })),
  fc
    .tuple(
      fc.constantFrom('round', 'hands', 'balanced' as const),
      fc.constantFrom('session', 'cohort' as const),
    )
    .map(([mode, scope]): LiveCommandInput => ({ type: 'queue.mode', mode, scope })),
  fc.constant<LiveCommandInput>({ type: 'people.addGuest', name: 'Guest' }),
);

const apply = (s: LiveState, command: LiveCommandInput, now: number) => {
  const result = applyLiveCommand(s, LiveCommandSchema.parse(command), now);
  return result.ok ? result.state : s;
};

describe('speaker queue invariants', () => {
  it('no one is twice in the queue, the speaker is never waiting, airtime never decreases', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(opArb, fc.integer({ min: 0, max: 90_000 })), { maxLength: 60 }),
        fc.option(fc.constantFrom(...personIds), { nil: undefined }),
        (steps, owner) => {
          let s = owner ? withOwner(owner) : fresh();
          let now = T0;
          let before = new Map<string, number>();
          for (const [command, gap] of steps) {
            now += gap;
            s = apply(s, command, now);
            const { waiting, floor: holder } = s.queue;
            expect(new Set(waiting).size).toBe(waiting.length);
            if (holder !== null) expect(waiting).not.toContain(holder);
            for (const id of waiting) expect(s.people.some((p) => p.id === id)).toBe(true);
            const after = new Map(s.people.map((p) => [p.id, speakingMs(s.queue, p.id, now)]));
            for (const [id, ms] of before) expect(after.get(id)!).toBeGreaterThanOrEqual(ms);
            before = after;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a round visits everyone once per round (the owner answering in between)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.nat(8),
        fc.option(fc.nat(8), { nil: undefined }),
        fc.integer({ min: 1, max: 40 }),
        (size, start, ownerAt, calls) => {
          const people = Array.from({ length: size }, (_, i) => ({
            id: `p${i}`,
            name: `P${i}`,
            guest: false,
            memberId: `p${i}`,
          }));
          let s = fresh({ people });
          const owner = ownerAt === undefined ? null : people[ownerAt % size]!.id;
          if (owner) s = withOwnerOf(s, owner);
          s = apply(s, { type: 'queue.round', fromId: people[start % size]!.id }, T0);
          const askers: string[] = [];
          for (let i = 0; i < calls; i++) {
            const wasAsker = s.queue.floor !== null && s.queue.floor !== owner;
            s = apply(s, { type: 'queue.next' }, T0 + i * 1000);
            if (owner) expect(s.queue.floor === owner).toBe(wasAsker);
            if (s.queue.floor !== owner) askers.push(s.queue.floor!);
          }
          const eligible = people.map((p) => p.id).filter((id) => id !== owner);
          for (let r = 0; r * eligible.length < askers.length; r++) {
            const round = askers.slice(r * eligible.length, (r + 1) * eligible.length);
            expect(new Set(round).size).toBe(round.length);
            if (round.length === eligible.length)
              expect([...round].sort()).toEqual([...eligible].sort());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

function withOwnerOf(s: LiveState, owner: string): LiveState {
  s = apply(s, { type: 'challenge.enter', attendeeId: owner, text: 'A problem' }, T0);
  s = apply(s, { type: 'challenge.choose', challengeId: challengeIdFor(owner) }, T0);
  return apply(s, { type: 'agenda.goto', segmentId: 'clarifying' }, T0);
}
