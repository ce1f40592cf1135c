/**
 * A change of phase is clean: nothing of the last segment stays on the room's screen or keeps
 * counting, and the queue follows the new phase's rules (shared/live/phaseRules.ts).
 */
import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../../shared/live/agenda.ts';
import { challengeIdFor } from '../../../shared/live/challenges.ts';
import { PHASE_RULES } from '../../../shared/live/phaseRules.ts';
import { speakingMs } from '../../../shared/live/queue.ts';
import { floor, shownQuestion, turnTimer, upNext } from '../../../shared/live/selectors.ts';
import { timerRun } from '../../../shared/live/timer.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import { PHASES } from '../../../shared/vocabulary/phases.ts';
import { fresh, run, script, SEC, T0 } from './fixtures.ts';

/** Cho's challenge chosen, the clarifying rounds under way: Ana asking a shown question. */
function inClarifying(): LiveState {
  return script(fresh(), [
    [{ type: 'challenge.enter', attendeeId: 'cho', text: 'A problem' }, T0],
    [{ type: 'challenge.choose', challengeId: challengeIdFor('cho') }, T0],
    [{ type: 'agenda.goto', segmentId: 'clarifying' }, T0],
    [{ type: 'deck.draw' }, T0],
    [{ type: 'deck.show' }, T0],
    [{ type: 'queue.next' }, T0],
    [{ type: 'timer.start', timer: 'turn' }, T0],
  ]);
}

describe('a change of phase', () => {
  it('takes the question off the screen, releases the floor and starts the turn timer over', () => {
    const before = inClarifying();
    expect(shownQuestion(before)).not.toBeNull();
    expect(floor(before)?.person.id).toBe('ana');
    const after = run(before, { type: 'agenda.goto', segmentId: 'recommendations' }, T0 + 20 * SEC);
    expect(shownQuestion(after)).toBeNull();
    expect(floor(after)).toBeNull();
    expect(timerRun(after.timers.turn)).toBe('idle');
    expect(turnTimer(after, T0 + 90 * SEC).displayMs).toBe(after.timers.turn.durationMs);
  });

  it('stops airtime when it releases the floor: nobody speaking gains nothing', () => {
    const after = run(
      inClarifying(),
      { type: 'agenda.goto', segmentId: 'recommendations' },
      T0 + 20 * SEC,
    );
    const banked = speakingMs(after.queue, 'ana', T0 + 20 * SEC);
    expect(banked).toBe(20 * SEC);
    expect(speakingMs(after.queue, 'ana', T0 + 10 * 60 * SEC)).toBe(banked);
  });

  it('puts the owner in the round like anyone outside the clarifying rounds, with no answer turns', () => {
    for (const segmentId of ['recommendations', 'reflect', 'check-in']) {
      let s = run(inClarifying(), { type: 'agenda.goto', segmentId }, T0 + 20 * SEC);
      expect(s.queue.waiting, segmentId).toContain('cho');
      const holders: string[] = [];
      for (let i = 0; i < 5; i++) {
        s = run(s, { type: 'queue.next' }, T0 + (30 + i) * SEC);
        holders.push(s.queue.floor!);
      }
      expect([...holders].sort(), segmentId).toEqual(['ana', 'ben', 'cho', 'dev', 'eli']);
    }
  });

  it('keeps the owner answering after each question in the clarifying rounds', () => {
    let s = inClarifying();
    expect(upNext(s, 1)[0]?.id).toBe('cho');
    s = run(s, { type: 'queue.next' }, T0 + 30 * SEC);
    expect(s.queue.floor).toBe('cho');
  });

  it('undoes nothing across it: the previous phase’s queue changes stay behind', () => {
    const after = run(
      inClarifying(),
      { type: 'agenda.goto', segmentId: 'recommendations' },
      T0 + SEC,
    );
    expect(after.queue.undo).toEqual([]);
  });
});

describe('a new round', () => {
  it('does not skip whoever holds the floor when it starts from someone else', () => {
    let s = run(fresh(), { type: 'agenda.goto', segmentId: 'reflect' });
    s = run(s, { type: 'queue.give', personId: 'dev' }, T0 + SEC);
    s = run(s, { type: 'queue.round', fromId: 'ben' }, T0 + 5 * SEC);
    expect(s.queue.floor).toBeNull();
    const holders: string[] = [];
    for (let i = 0; i < 5; i++) {
      s = run(s, { type: 'queue.next' }, T0 + (10 + i) * SEC);
      holders.push(s.queue.floor!);
    }
    expect(holders).toEqual(['ben', 'cho', 'dev', 'eli', 'ana']);
  });

  it('counts the current turn as the first of a round that starts with the speaker', () => {
    let s = run(fresh(), { type: 'agenda.goto', segmentId: 'reflect' });
    s = run(s, { type: 'queue.give', personId: 'dev' }, T0 + SEC);
    s = run(s, { type: 'queue.round', fromId: 'dev' }, T0 + 5 * SEC);
    expect(s.queue.floor).toBe('dev');
    expect(s.queue.waiting).toEqual(['eli', 'ana', 'ben', 'cho']);
  });
});

describe('the rules per phase', () => {
  it('have the owner answering after each speaker in the clarifying rounds only', () => {
    const answering = PHASES.filter((phase) => PHASE_RULES[phase].ownerAnswersAfterEach);
    expect(answering).toEqual(['clarifying']);
    const ownerOutOfTurns = PHASES.filter((phase) => !PHASE_RULES[phase].ownerTakesTurns);
    expect(ownerOutOfTurns).toEqual(['clarifying', 'consult']);
  });

  it('leave the owner out of the consult step: the group talks, the owner only listens', () => {
    let s = script(
      fresh({
        agenda: [
          ...defaultAgenda(),
          { id: 'consult', phase: 'consult', title: 'Consult', plannedMinutes: 5 },
        ],
      }),
      [
        [{ type: 'challenge.enter', attendeeId: 'cho', text: 'A problem' }, T0],
        [{ type: 'challenge.choose', challengeId: challengeIdFor('cho') }, T0],
        [{ type: 'agenda.goto', segmentId: 'consult' }, T0],
      ],
    );
    expect(s.queue.waiting).not.toContain('cho');
    const holders: string[] = [];
    for (let i = 0; i < 8; i++) {
      s = run(s, { type: 'queue.next' }, T0 + (1 + i) * SEC);
      holders.push(s.queue.floor!);
    }
    expect(holders).not.toContain('cho');
    expect(new Set(holders)).toEqual(new Set(['ana', 'ben', 'dev', 'eli']));
  });
});
