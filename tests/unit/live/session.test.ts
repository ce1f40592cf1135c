import { describe, expect, it } from 'vitest';
import { LIVE_COMMAND_TYPES } from '../../../shared/live/commands.ts';
import { turnTimer } from '../../../shared/live/selectors.ts';
import { applyLiveCommand, LiveStateSchema } from '../../../shared/live/session.ts';
import { LiveSnapshotSchema } from '../../../shared/live/snapshot.ts';
import { fresh, refusal, run, script, SEC, T0 } from './fixtures.ts';

describe('live session', () => {
  it('captures notes with the segment they were taken in, and edits and removes them', () => {
    let s = run(fresh(), { type: 'agenda.next' }, T0);
    s = run(
      s,
      {
        type: 'note.add',
        text: 'Hiring pipeline is blocked by approvals',
        kind: 'insight',
        attendeeId: 'ana',
      },
      T0 + 5 * SEC,
    );
    const note = s.notes[0]!;
    expect(note).toEqual({
      id: 'session-1-n1',
      at: new Date(T0 + 5 * SEC).toISOString(),
      text: 'Hiring pipeline is blocked by approvals',
      kind: 'insight',
      segmentId: 'check-in',
      attendeeId: 'ana',
      phase: 'check-in',
      question: null,
      floorId: null,
    });
    s = run(s, { type: 'note.edit', noteId: note.id, text: 'Approvals block hiring' });
    expect(s.notes[0]!.text).toBe('Approvals block hiring');
    expect(run(s, { type: 'note.edit', noteId: note.id, text: 'Approvals block hiring' })).toBe(s);
    s = run(s, {
      type: 'note.edit',
      noteId: note.id,
      text: 'Approvals block hiring',
      kind: 'note',
    });
    expect(s.notes[0]!.kind).toBe('note');
    s = run(s, { type: 'note.remove', noteId: note.id });
    expect(s.notes).toEqual([]);
    expect(refusal(s, { type: 'note.remove', noteId: note.id }).reason).toBe('not-found');
  });

  it('restores a removed note where it was, once', () => {
    let s = run(fresh(), { type: 'agenda.next' }, T0);
    for (const text of ['First', 'Second', 'Third']) s = run(s, { type: 'note.add', text }, T0);
    const second = s.notes[1]!;
    s = run(s, { type: 'note.remove', noteId: second.id });
    expect(s.notes.map((n) => n.text)).toEqual(['First', 'Third']);
    s = run(s, { type: 'note.restore', noteId: second.id });
    expect(s.notes.map((n) => n.text)).toEqual(['First', 'Second', 'Third']);
    expect(s.notes[1]).toEqual(second);
    expect(refusal(s, { type: 'note.restore', noteId: second.id }).reason).toBe('not-found');
  });

  it('stamps a note with the question on the screen and who had the floor', () => {
    let s = run(fresh(), { type: 'agenda.next' }, T0);
    s = run(s, { type: 'deck.draw' }, T0);
    s = run(s, { type: 'deck.show' }, T0);
    s = run(s, { type: 'queue.give', personId: 'ben' }, T0);
    s = run(s, { type: 'note.add', text: 'Two teams, one budget' }, T0);
    const shown = s.deck.bank.questions.find((q) => q.id === s.deck.shownId)!;
    expect(s.notes[0]).toMatchObject({ question: shown.text, floorId: 'ben', attendeeId: null });
  });

  it('captures commitments with an owner and a due date', () => {
    let s = run(
      fresh(),
      {
        type: 'commitment.add',
        ownerId: 'ben',
        text: 'Complete prototype 1',
        dueDate: '2025-06-13',
      },
      T0,
    );
    expect(s.commitments[0]).toMatchObject({
      ownerId: 'ben',
      dueDate: '2025-06-13',
      challengeId: null,
    });
    const id = s.commitments[0]!.id;
    s = run(s, {
      type: 'commitment.edit',
      commitmentId: id,
      dueDate: '2025-06-20',
      ownerId: 'cho',
    });
    expect(s.commitments[0]).toMatchObject({ ownerId: 'cho', dueDate: '2025-06-20' });
    expect(
      refusal(s, { type: 'commitment.add', ownerId: 'zed', text: 'x', dueDate: '2025-06-13' })
        .reason,
    ).toBe('not-found');
    s = run(s, { type: 'commitment.remove', commitmentId: id });
    expect(s.commitments).toEqual([]);
  });

  it('keeps a success signal when one is given, changes it on an edit, and clears it when emptied', () => {
    let s = run(
      fresh(),
      { type: 'commitment.add', ownerId: 'ben', text: 'Better onboarding', dueDate: '2025-06-13' },
      T0,
    );
    expect(s.commitments[0]).not.toHaveProperty('successSignal');
    const id = s.commitments[0]!.id;
    s = run(s, {
      type: 'commitment.edit',
      commitmentId: id,
      successSignal: '  Joiners rate it 4/5 ',
    });
    expect(s.commitments[0]?.successSignal).toBe('Joiners rate it 4/5');
    const same = run(s, { type: 'commitment.edit', commitmentId: id, text: 'Better onboarding' });
    expect(same).toBe(s);
    s = run(s, { type: 'commitment.edit', commitmentId: id, successSignal: '' });
    expect(s.commitments[0]).not.toHaveProperty('successSignal');
    s = run(
      s,
      {
        type: 'commitment.add',
        ownerId: 'cho',
        text: 'Stakeholder alignment',
        dueDate: '2025-06-13',
        successSignal: 'The CFO signs the plan',
      },
      T0,
    );
    expect(s.commitments[1]).toMatchObject({ successSignal: 'The CFO signs the plan' });
  });

  it('returns the same object when nothing changes', () => {
    const s = fresh();
    for (const command of [
      { type: 'timer.pause', timer: 'turn' },
      { type: 'timer.reset', timer: 'segment' },
      { type: 'deck.hide' },
      { type: 'queue.release' },
      { type: 'queue.mode', mode: 'round' },
      { type: 'options.set', autoStartTurnOnFloor: true },
      { type: 'timer.direction', timer: 'turn', direction: 'down' },
    ] as const) {
      expect(run(s, command)).toBe(s);
    }
  });

  it('refuses everything once ended, and ends cleanly', () => {
    let s = script(fresh(), [
      [{ type: 'agenda.next' }, T0],
      [{ type: 'queue.next' }, T0],
    ]);
    s = run(s, { type: 'session.end' }, T0 + 20 * SEC);
    expect(s).toMatchObject({ status: 'ended', endedAt: T0 + 20 * SEC });
    expect(s.queue.floor).toBeNull();
    expect(s.queue.airtime['ana']!.speakingMs).toBe(20 * SEC);
    expect(s.agenda.segments[0]!.actualMs).toBe(20 * SEC);
    expect(s.timers.segment.startedAt).toBeNull();
    expect(refusal(s, { type: 'queue.next' }).reason).toBe('ended');
  });

  it('auto-starts the turn timer when a question is shown, when asked to', () => {
    let s = script(fresh(), [
      [{ type: 'options.set', autoStartTurnOnFloor: false, autoStartTurnOnQuestion: true }, T0],
      [{ type: 'deck.next' }, T0],
      [{ type: 'deck.show' }, T0 + SEC],
    ]);
    expect(turnTimer(s, T0 + 11 * SEC)).toMatchObject({ run: 'running', remainingMs: 20 * SEC });
    s = run(s, { type: 'queue.next' }, T0 + 12 * SEC);
    expect(turnTimer(s, T0 + 12 * SEC).remainingMs).toBe(19 * SEC);
  });

  it('is described exactly by the snapshot schema', () => {
    const s = script(fresh(), [
      [{ type: 'agenda.next' }, T0],
      [{ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring' }, T0],
      [{ type: 'challenge.vote', voterId: 'ben', challengeId: 'challenge-ana' }, T0],
      [{ type: 'queue.next' }, T0],
      [{ type: 'deck.draw' }, T0],
      [{ type: 'deck.show' }, T0],
      [{ type: 'note.add', text: 'A note' }, T0],
      [{ type: 'people.addGuest', name: 'Gia' }, T0],
    ]);
    expect(LiveStateSchema.parse(s)).toEqual(s);
    const wire = JSON.parse(JSON.stringify({ seq: 8, at: T0, state: s }));
    expect(LiveSnapshotSchema.parse(wire).state).toEqual(s);
  });

  it('answers a typed refusal, never a throw, for every command kind', () => {
    // A new command kind is counted here deliberately, with its refusals tested where it is defined.
    expect(LIVE_COMMAND_TYPES).toHaveLength(56);
    const ended = run(fresh(), { type: 'session.end' }, T0);
    const result = applyLiveCommand(ended, { type: 'deck.next' }, T0);
    expect(result).toEqual({ ok: false, reason: 'ended', message: 'This session has ended.' });
  });
});
