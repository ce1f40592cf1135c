import { describe, expect, it } from 'vitest';
import { challengeIdFor } from '../../../shared/live/challenges.ts';
import { challengeOwner, upNext, voteTally } from '../../../shared/live/selectors.ts';
import { fresh, refusal, run, script, T0 } from './fixtures.ts';

const entered = () =>
  script(fresh(), [
    [{ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring is stuck' }, T0],
    [{ type: 'challenge.enter', attendeeId: 'ben', text: 'Release quality' }, T0],
    [{ type: 'challenge.pass', attendeeId: 'cho' }, T0],
    [{ type: 'challenge.enter', attendeeId: 'dev', text: 'Team morale' }, T0],
  ]);

describe('challenges', () => {
  it('takes one challenge per attendee, or a pass', () => {
    let s = entered();
    expect(s.challenges.entries).toHaveLength(4);
    s = run(s, { type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring is really stuck' });
    expect(s.challenges.entries).toHaveLength(4);
    expect(s.challenges.entries[0]!.text).toBe('Hiring is really stuck');
    expect(refusal(s, { type: 'challenge.enter', attendeeId: 'zed', text: 'x' }).reason).toBe(
      'not-found',
    );
  });

  it('chooses by quick vote, one vote each', () => {
    let s = script(entered(), [
      [{ type: 'challenge.vote', voterId: 'ana', challengeId: challengeIdFor('ben') }, T0],
      [{ type: 'challenge.vote', voterId: 'ben', challengeId: challengeIdFor('ana') }, T0],
      [{ type: 'challenge.vote', voterId: 'cho', challengeId: challengeIdFor('ben') }, T0],
      [{ type: 'challenge.vote', voterId: 'cho', challengeId: challengeIdFor('ben') }, T0],
    ]);
    expect(voteTally(s).counts.find((c) => c.challengeId === challengeIdFor('ben'))?.votes).toBe(2);
    expect(
      refusal(s, { type: 'challenge.vote', voterId: 'eli', challengeId: challengeIdFor('cho') })
        .reason,
    ).toBe('invalid');
    s = run(s, { type: 'challenge.closeVote' });
    expect(s.challenges).toMatchObject({ chosenId: challengeIdFor('ben'), chosenBy: 'vote' });
    expect(challengeOwner(s)?.id).toBe('ben');
  });

  it('leaves a tie to the facilitator', () => {
    let s = script(entered(), [
      [{ type: 'challenge.vote', voterId: 'ana', challengeId: challengeIdFor('ben') }, T0],
      [{ type: 'challenge.vote', voterId: 'ben', challengeId: challengeIdFor('ana') }, T0],
    ]);
    const tie = refusal(s, { type: 'challenge.closeVote' });
    expect(tie.reason).toBe('tie');
    expect(tie.detail).toEqual([challengeIdFor('ana'), challengeIdFor('ben')]);
    expect(
      refusal(s, { type: 'challenge.closeVote', tieBreakId: challengeIdFor('dev') }).reason,
    ).toBe('tie');
    s = run(s, { type: 'challenge.closeVote', tieBreakId: challengeIdFor('ana') });
    expect(challengeOwner(s)?.id).toBe('ana');
    // Withdrawing a vote.
    s = run(s, { type: 'challenge.vote', voterId: 'ana', challengeId: null });
    expect(s.challenges.votes).toEqual({ ben: challengeIdFor('ana') });
  });

  it('lets the facilitator pick directly; the owner answers rather than asks', () => {
    let s = run(entered(), { type: 'challenge.choose', challengeId: challengeIdFor('dev') });
    expect(s.challenges.chosenBy).toBe('pick');
    // In the clarifying rounds the owner answers rather than asks.
    s = run(s, { type: 'agenda.goto', segmentId: 'clarifying' });
    expect(s.queue.waiting).not.toContain('dev');
    s = run(s, { type: 'queue.next' }, T0);
    expect(s.queue.floor).toBe('ana');
    expect(upNext(s, 2).map((p) => p.id)).toEqual(['dev', 'ben']);
    expect(
      refusal(s, { type: 'challenge.choose', challengeId: challengeIdFor('cho') }).reason,
    ).toBe('invalid');
  });
});
