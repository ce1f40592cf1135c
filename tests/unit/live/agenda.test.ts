import { describe, expect, it } from 'vitest';
import { SegmentSchema } from '../../../shared/cohort/schema.ts';
import { DEFAULT_AGENDA, toSegmentRecords } from '../../../shared/live/agenda.ts';
import { LiveCommandSchema } from '../../../shared/live/commands.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { agendaSchedule, currentSegment, segmentTimer } from '../../../shared/live/selectors.ts';
import { fresh, init, MIN, refusal, run, script, T0 } from './fixtures.ts';

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

  it('carries each segment’s cue for the room: the default agenda’s, added, edited and cleared', () => {
    for (const segment of DEFAULT_AGENDA) {
      expect(segment.cue.length, segment.id).toBeGreaterThan(0);
      expect(segment.cue.length, segment.id).toBeLessThanOrEqual(MAX_LENGTH.cue);
    }
    let s = fresh();
    const clarifying = DEFAULT_AGENDA.find((x) => x.id === 'clarifying')!;
    expect(s.agenda.segments.find((x) => x.id === 'clarifying')?.cue).toBe(clarifying.cue);
    s = run(s, { type: 'agenda.add', title: 'Energiser', plannedMinutes: 4, cue: 'Stand up' });
    expect(s.agenda.segments.at(-1)).toMatchObject({ title: 'Energiser', cue: 'Stand up' });
    s = run(s, { type: 'agenda.edit', segmentId: 'reflect', cue: '  One word each  ' });
    expect(s.agenda.segments.find((x) => x.id === 'reflect')?.cue).toBe('One word each');
    // The same cue again changes nothing; an empty one clears it.
    expect(run(s, { type: 'agenda.edit', segmentId: 'reflect', cue: 'One word each' })).toBe(s);
    s = run(s, { type: 'agenda.edit', segmentId: 'reflect', cue: '' });
    const records = toSegmentRecords(s.agenda);
    expect(records.find((x) => x.id === 'reflect')).not.toHaveProperty('cue');
    expect(records.find((x) => x.id === 'clarifying')?.cue).toBe(clarifying.cue);
    for (const record of records) expect(SegmentSchema.parse(record)).toEqual(record);
  });

  it('keeps cues within one projector line, in the command and in the file alike', () => {
    const longest = 'x'.repeat(MAX_LENGTH.cue);
    const edit = (cue: string) =>
      LiveCommandSchema.safeParse({ type: 'agenda.edit', segmentId: 'reflect', cue }).success;
    const record = (cue: string) =>
      SegmentSchema.safeParse({ id: 's', phase: 'custom', title: 'T', plannedMinutes: 1, cue })
        .success;
    expect([edit(longest), record(longest)]).toEqual([true, true]);
    expect([edit(`${longest}x`), record(`${longest}x`)]).toEqual([false, false]);
  });

  it('reads agendas from before cues: a segment without one has an empty cue', () => {
    const old = { id: 'old', phase: 'custom', title: 'Old segment', plannedMinutes: 5 } as const;
    expect(SegmentSchema.safeParse(old).success).toBe(true);
    const s = fresh({ agenda: [old] });
    expect(s.agenda.segments[0]?.cue).toBe('');
    expect(toSegmentRecords(s.agenda)[0]).toEqual({ ...old, skipped: false });
    expect(init().agenda.length).toBe(DEFAULT_AGENDA.length);
  });
});
