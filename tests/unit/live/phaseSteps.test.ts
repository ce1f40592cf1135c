import { describe, expect, it } from 'vitest';
import { challengeIdFor } from '../../../shared/live/challenges.ts';
import type { LiveState } from '../../../shared/live/liveState.ts';
import {
  advanceCommand,
  backCommand,
  PHASE_STEPS,
  stepKindOf,
} from '../../../shared/live/phaseSteps.ts';
import { PHASES } from '../../../shared/vocabulary/phases.ts';
import { fresh, run, script, T0 } from './fixtures.ts';

/** A session in the segment of that phase (the default agenda names segments by phase). */
const inPhase = (phase: string, state: LiveState = fresh()) =>
  run(state, { type: 'agenda.goto', segmentId: phase });

/** Applies Advance (or Back) as the clicker would: the command it works out, sent. */
const advance = (state: LiveState) => run(state, advanceCommand(state));
const back = (state: LiveState) => run(state, backCommand(state)!);

const withChallenge = () =>
  script(fresh(), [
    [{ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring' }, T0],
    [{ type: 'challenge.choose', challengeId: challengeIdFor('ana') }, T0],
  ]);

describe('Advance and Back', () => {
  it('are defined for every phase', () => {
    expect(Object.keys(PHASE_STEPS).sort()).toEqual([...PHASES].sort());
  });

  it('before the first segment: Advance begins the session, Back does nothing', () => {
    const s = fresh();
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
    expect(backCommand(s)).toBeNull();
    expect(advance(s).agenda.currentId).toBe('check-in');
  });

  it('check-in: calls each speaker in turn, then moves to the next segment', () => {
    let s = inPhase('check-in');
    const speakers: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      expect(advanceCommand(s)).toEqual({ type: 'queue.next' });
      s = advance(s);
      speakers.push(s.queue.floor);
    }
    expect(speakers).toEqual(['ana', 'ben', 'cho', 'dev', 'eli']);
    // The round is over: no new round starts by itself, the session moves on.
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
    s = advance(s);
    expect(s.agenda.currentId).toBe('challenges');
    expect(s.queue.floor).toBeNull();
  });

  it('check-in: Back takes back the last call, then goes to the previous segment', () => {
    let s = advance(advance(inPhase('check-in')));
    expect(s.queue.floor).toBe('ben');
    expect(backCommand(s)).toEqual({ type: 'queue.undo' });
    s = back(s);
    expect(s.queue.floor).toBe('ana');
    s = back(s);
    expect(s.queue.floor).toBeNull();
    // Nothing left to take back in this segment: check-in is the first one, so Back is refused.
    expect(backCommand(s)).toEqual({ type: 'agenda.previous' });
  });

  it('recommendations and reflection step through speakers like check-in', () => {
    for (const phase of ['recommendations', 'reflect'] as const) {
      let s = inPhase(phase, withChallenge());
      expect(stepKindOf(s)).toBe('speakers');
      s = advance(s);
      // The owner takes turns like anyone outside the clarifying rounds.
      expect(s.queue.floor).toBe('ana');
      expect(backCommand(s)).toEqual({ type: 'queue.undo' });
      expect(back(s).queue.floor).toBeNull();
      expect(backCommand(back(s))).toEqual({ type: 'agenda.previous' });
    }
  });

  it('with hands up, the line ends when no hand is left', () => {
    let s = run(inPhase('recommendations'), { type: 'queue.mode', mode: 'hands' });
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
    s = run(s, { type: 'queue.add', personId: 'cho' });
    expect(advanceCommand(s)).toEqual({ type: 'queue.next' });
    s = advance(s);
    expect(s.queue.floor).toBe('cho');
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
  });

  it('clarifying: shows the round questions one after another, then the next segment', () => {
    let s = inPhase('clarifying', withChallenge());
    expect(stepKindOf(s)).toBe('questions');
    s = advance(s);
    expect(s.deck.shownId).toBe('framing-1');
    s = advance(s);
    expect(s.deck.shownId).toBe('framing-2');
    // The last question of a category leads to the first of the next one.
    s = run(s, { type: 'deck.show', questionId: 'framing-5' });
    expect(advance(s).deck.shownId).toBe('forward-thinking-1');
    // The facilitator's probes are not part of the rounds: after Support comes the next segment.
    s = run(s, { type: 'deck.show', questionId: 'support-3' });
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
    expect(advance(s).agenda.currentId).toBe('recommendations');
    // From a probe the rounds go on with the question after it in deck order (none here).
    s = run(s, { type: 'deck.show', questionId: 'probes-1' });
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
  });

  it('clarifying: a previewed question not yet asked is the one Advance shows', () => {
    let s = inPhase('clarifying', withChallenge());
    s = run(s, { type: 'deck.pick', questionId: 'milestones-2' });
    expect(advanceCommand(s)).toEqual({ type: 'deck.show' });
    s = advance(s);
    expect(s.deck.shownId).toBe('milestones-2');
    // Previewing the next one while this one is up: Advance shows the preview.
    s = advance(run(s, { type: 'deck.pick', questionId: 'support-1' }));
    expect(s.deck.shownId).toBe('support-1');
    // A question hidden after it was asked is done: Advance goes on from it.
    s = run(s, { type: 'deck.hide' });
    expect(advance(s).deck.shownId).toBe('support-2');
  });

  it('clarifying: Back shows the question before, hides the first, then the previous segment', () => {
    let s = advance(advance(inPhase('clarifying', withChallenge())));
    expect(s.deck.shownId).toBe('framing-2');
    s = back(s);
    expect(s.deck.shownId).toBe('framing-1');
    expect(backCommand(s)).toEqual({ type: 'deck.hide' });
    s = back(s);
    expect(s.deck.shownId).toBeNull();
    expect(backCommand(s)).toEqual({ type: 'agenda.previous' });
    expect(back(s).agenda.currentId).toBe('choose');
  });

  it('clarifying with an empty deck moves on', () => {
    const s = inPhase('clarifying', fresh({ bank: { categories: [], questions: [] } }));
    expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
  });

  it('challenges, choose, commit and custom segments step through the agenda', () => {
    for (const phase of ['challenges', 'choose', 'commit'] as const) {
      const s = inPhase(phase);
      expect(stepKindOf(s)).toBe('segments');
      expect(advanceCommand(s)).toEqual({ type: 'agenda.next' });
      expect(backCommand(s)).toEqual({ type: 'agenda.previous' });
    }
    let s = run(fresh(), { type: 'agenda.add', title: 'Break', plannedMinutes: 10 });
    s = run(s, { type: 'agenda.goto', segmentId: s.agenda.segments.at(-1)!.id });
    expect(stepKindOf(s)).toBe('segments');
    expect(back(s).agenda.currentId).toBe('reflect');
  });
});
