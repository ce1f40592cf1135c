import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../../../shared/live/agenda.ts';
import { agendaSchedule, currentSegment, segmentTimer } from '../../../shared/live/selectors.ts';
import { fresh, MIN, refusal, run, script, T0 } from './fixtures.ts';

describe('agenda', () => {
  it('follows the protocol in a default agenda of about 90 minutes', () => {
    expect(DEFAULT_AGENDA.map((s) => s.phase)).toEqual([
      'check-in',
      'challenges',
      'choose',
      'clarifying',
      'recommendations',
      'commit',
      'reflect',
    ]);
    expect(DEFAULT_AGENDA.reduce((sum, s) => sum + s.plannedMinutes, 0)).toBe(90);
  });

  it('enters segments in order and runs the segment timer from their planned time', () => {
    let s = fresh();
    expect(currentSegment(s)).toBeUndefined();
    s = run(s, { type: 'agenda.next' }, T0);
    expect(currentSegment(s)?.id).toBe('check-in');
    expect(segmentTimer(s, T0 + 2 * MIN)).toMatchObject({ run: 'running', remainingMs: 3 * MIN });
    s = run(s, { type: 'agenda.next' }, T0 + 6 * MIN);
    expect(currentSegment(s)?.id).toBe('challenges');
    expect(segmentTimer(s, T0 + 6 * MIN).remainingMs).toBe(10 * MIN);
    // Going back continues the earlier segment's clock.
    s = run(s, { type: 'agenda.previous' }, T0 + 7 * MIN);
    expect(segmentTimer(s, T0 + 7 * MIN)).toMatchObject({ remainingMs: -MIN, state: 'overtime' });
    s = run(s, { type: 'agenda.goto', segmentId: 'reflect' }, T0 + 8 * MIN);
    expect(currentSegment(s)?.id).toBe('reflect');
    expect(refusal(s, { type: 'agenda.next' }).reason).toBe('not-now');
    expect(refusal(s, { type: 'agenda.goto', segmentId: 'nope' }).reason).toBe('not-found');
    expect(run(s, { type: 'agenda.goto', segmentId: 'reflect' }, T0 + 9 * MIN)).toBe(s);
  });

  it('reorders, skips, adds, edits and removes segments', () => {
    let s = fresh();
    s = run(s, { type: 'agenda.move', segmentId: 'reflect', toIndex: 0 });
    expect(s.agenda.segments[0]!.id).toBe('reflect');
    s = run(s, { type: 'agenda.skip', segmentId: 'reflect' });
    s = run(s, { type: 'agenda.next' }, T0);
    expect(currentSegment(s)?.id).toBe('check-in');
    // Skipping the current segment moves on.
    s = run(s, { type: 'agenda.skip', segmentId: 'check-in' }, T0 + MIN);
    expect(currentSegment(s)?.id).toBe('challenges');
    s = run(s, {
      type: 'agenda.add',
      title: 'Energiser',
      plannedMinutes: 4,
      afterId: 'challenges',
    });
    const added = s.agenda.segments[s.agenda.segments.findIndex((x) => x.id === 'challenges') + 1]!;
    expect(added).toMatchObject({ title: 'Energiser', plannedMinutes: 4, phase: 'custom' });
    s = run(s, { type: 'agenda.edit', segmentId: 'challenges', plannedMinutes: 12 }, T0 + 2 * MIN);
    expect(segmentTimer(s, T0 + 2 * MIN).remainingMs).toBe(11 * MIN);
    s = run(s, { type: 'agenda.next' }, T0 + 3 * MIN);
    expect(currentSegment(s)?.title).toBe('Energiser');
    expect(refusal(s, { type: 'agenda.remove', segmentId: 'check-in' }).reason).toBe('invalid');
    s = run(s, { type: 'agenda.remove', segmentId: 'choose' });
    expect(s.agenda.segments.some((x) => x.id === 'choose')).toBe(false);
  });

  it('saves the agenda as the cohort template through an effect', async () => {
    const { applyLiveCommand } = await import('../../../shared/live/session.ts');
    let s = fresh();
    s = run(s, { type: 'agenda.edit', segmentId: 'clarifying', plannedMinutes: 40 });
    const result = applyLiveCommand(s, { type: 'agenda.saveAsTemplate' }, T0);
    expect(result.ok && result.state).toBe(s);
    expect(result.ok && result.effects[0]).toMatchObject({
      kind: 'saveAgendaTemplate',
      segments: expect.arrayContaining([
        expect.objectContaining({ id: 'clarifying', plannedMinutes: 40 }),
      ]),
    });
  });

  it('knows elapsed against planned per segment and ahead or behind for the session', () => {
    const s = script(fresh(), [
      [{ type: 'agenda.next' }, T0], // check-in, 5 planned
      [{ type: 'agenda.next' }, T0 + 7 * MIN], // took 7: 2 behind
      [{ type: 'agenda.skip', segmentId: 'choose' }, T0 + 7 * MIN], // 5 back: 3 ahead
    ]);
    const at = agendaSchedule(s, T0 + 9 * MIN);
    expect(at.segments[0]).toMatchObject({ status: 'done', elapsedMs: 7 * MIN, overMs: 2 * MIN });
    expect(at.segments[1]).toMatchObject({
      status: 'current',
      elapsedMs: 2 * MIN,
      plannedMs: 10 * MIN,
    });
    expect(at.segments[2]).toMatchObject({ status: 'skipped', elapsedMs: 0 });
    expect(at.plannedMs).toBe(90 * MIN);
    expect(at.elapsedMs).toBe(9 * MIN);
    expect(at.behindMs).toBe(-3 * MIN);
    // The current segment running over its time puts the session behind.
    expect(agendaSchedule(s, T0 + 7 * MIN + 16 * MIN).behindMs).toBe(3 * MIN);
    expect(agendaSchedule(fresh(), T0).behindMs).toBe(0);
  });
});
