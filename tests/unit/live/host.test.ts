import { describe, expect, it } from 'vitest';
import { manualClock, monotonicClock } from '../../../electron/core/live/clock.ts';
import { LiveSessionHost } from '../../../electron/core/live/LiveSessionHost.ts';
import { CohortSchema, SessionSchema } from '../../../shared/cohort/schema.ts';
import { LiveCommandSchema, type LiveCommandInput } from '../../../shared/live/commands.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import { replayRunLog } from '../../../shared/live/replay.ts';
import type { LiveSnapshot } from '../../../shared/live/snapshot.ts';
import { join } from 'node:path';
import { openCohortStore } from '../../../electron/core/store/index.ts';
import { storeFixture, until } from '../store/helpers.ts';
import { withNoteTexts } from '../../../shared/cohort/noteText.ts';
import { fakeStore, recorder, testCohort } from './fakeStore.ts';
import { SEC, T0 } from './fixtures.ts';

async function setup() {
  const store = fakeStore(testCohort());
  const events = recorder();
  const clock = manualClock(T0);
  let n = 0;
  const host = new LiveSessionHost({
    store,
    broadcaster: events,
    clock,
    newId: () => `id-${++n}`,
  });
  const session = await host.createSession({
    cohortId: 'cohort-1',
    date: '2025-06-06',
    attendance: ['ana', 'ben', 'cho', 'dev'],
    guests: ['Gia'],
  });
  const record = () => store.cohort('cohort-1').sessions.find((s) => s.id === session.id)!;
  const send = (command: LiveCommandInput, advance = SEC) => {
    clock.advance(advance);
    return host.command('cohort-1', session.id, LiveCommandSchema.parse(command));
  };
  return { store, events, clock, host, session, record, send };
}

describe('LiveSessionHost', () => {
  it('creates a session from the cohort: attendance in seating order, guests, the absent, the agenda', async () => {
    const { session } = await setup();
    expect(session.attendance.map((a) => [a.id, a.guest, a.present])).toEqual([
      ['ana', false, true],
      ['ben', false, true],
      ['cho', false, true],
      ['dev', false, true],
      ['guest-id-1', true, true],
      ['eli', false, false],
    ]);
    expect(session.title).toBe('Session of June 6, 2025');
    expect(session.agenda.map((s) => s.id)).toContain('clarifying');
    expect(SessionSchema.parse(session)).toEqual(session);
  });

  it('records an absent member who sent word as excused, and tells two sessions on a day apart', async () => {
    const { host } = await setup();
    const second = await host.createSession({
      cohortId: 'cohort-1',
      date: '2025-06-06',
      attendance: ['ana', 'ben'],
      excused: ['cho'],
    });
    expect(second.title).toBe('Session of June 6, 2025 (2)');
    expect(second.attendance.filter((a) => !a.present).map((a) => [a.id, a.excused])).toEqual([
      ['cho', true],
      ['dev', undefined],
      ['eli', undefined],
    ]);
    const opened = await host.open('cohort-1', second.id);
    expect(opened.state.people.map((p) => p.id)).toEqual(['ana', 'ben']);
    const named = await host.createSession({
      cohortId: 'cohort-1',
      date: '2025-06-06',
      title: 'Retro',
      attendance: ['ana'],
    });
    expect(named.title).toBe('Retro');
  });

  it("remembers in the next session's deck what was asked of whom", async () => {
    const { host, session, record, send } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'agenda.goto', segmentId: 'clarifying' });
    await send({ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring is stuck' });
    await send({ type: 'challenge.choose', challengeId: 'challenge-ana' });
    await send({ type: 'deck.draw' });
    await send({ type: 'deck.show' });
    const asked = record().questionsAsked![0]!.questionId;
    const next = await host.createSession({
      cohortId: 'cohort-1',
      date: '2025-06-20',
      attendance: ['ana', 'ben'],
    });
    const reopened = await host.open('cohort-1', next.id);
    expect(reopened.state.deck.before).toEqual([
      { questionId: asked, ownerId: 'ana', date: '2025-06-06' },
    ]);
  });

  it('opens, applies commands, logs them, writes the session record and broadcasts the state', async () => {
    const { host, session, record, send, events } = await setup();
    const opened = await host.open('cohort-1', session.id);
    expect(opened.state.people).toHaveLength(5);
    expect(record().runLog).toHaveLength(1);
    expect(events.events.at(-1)).toMatchObject({ name: 'live.state', payload: { seq: 0 } });

    // The clarifying rounds: the owner answers after each question.
    await send({ type: 'agenda.goto', segmentId: 'clarifying' });
    await send({ type: 'challenge.enter', attendeeId: 'ana', text: 'Hiring is stuck' });
    await send({ type: 'challenge.choose', challengeId: 'challenge-ana' });
    await send({ type: 'queue.next' });
    await send({ type: 'deck.draw' });
    await send({ type: 'deck.show' });
    await send({ type: 'queue.next' }, 12 * SEC);
    await send({ type: 'note.add', text: 'Approvals are the bottleneck' });
    await send({
      type: 'commitment.add',
      ownerId: 'ana',
      text: 'Draft the approval RFC',
      dueDate: '2025-06-13',
    });
    const result = await send({ type: 'people.addGuest', name: 'Hal' });
    expect(result).toEqual({ seq: 10, changed: true });

    const r = record();
    expect(r.runLog.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.runLog[4]).toEqual({ seq: 4, now: T0 + 4 * SEC, name: 'queue.next', input: {} });
    expect(r.chosenChallengeId).toBe('challenge-ana');
    expect(r.challenges).toEqual([
      { id: 'challenge-ana', attendeeId: 'ana', text: 'Hiring is stuck', passed: false },
    ]);
    expect(r.askCounts).toEqual({ framing: 1 });
    // The deck's memory: what was asked of whom, for the next session's draws.
    expect(r.questionsAsked).toEqual([
      { questionId: expect.stringMatching(/^framing-/), ownerId: 'ana' },
    ]);
    expect(r.airtime).toEqual([
      { attendeeId: 'ben', speakingMs: 14 * SEC, turns: 1 },
      { attendeeId: 'ana', speakingMs: 0, turns: 1 },
    ]);
    expect(r.notes[0]).toMatchObject({
      text: 'Approvals are the bottleneck',
      segmentId: 'clarifying',
    });
    expect(r.notes[0]).not.toHaveProperty('attendeeId');
    expect(r.commitments[0]).toMatchObject({ ownerId: 'ana', challengeId: 'challenge-ana' });
    expect(r.attendance.at(-1)).toMatchObject({ name: 'Hal', guest: true });
    // Every record the engine writes is valid for the cohort file.
    expect(() => CohortSchema.parse(JSON.parse(JSON.stringify(store(r))))).not.toThrow();

    const last = events.events.at(-1)!.payload as LiveSnapshot;
    expect(last.seq).toBe(10);
    expect(last.state.people.at(-1)!.name).toBe('Hal');
  });

  it('replays the run log from the start to the same state', async () => {
    const { host, session, record, send, store, clock } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'agenda.next' });
    await send({ type: 'queue.mode', mode: 'balanced' });
    for (let i = 0; i < 12; i++) await send({ type: 'queue.next' }, (7 + i) * SEC);
    await send({ type: 'timer.pause', timer: 'segment' });
    await send({ type: 'timer.adjust', timer: 'segment', deltaMs: 60_000 });
    await send({ type: 'deck.category', categoryId: 'milestones' });
    await send({ type: 'deck.show' });
    await send({ type: 'note.add', text: 'Replay me' });
    await send({ type: 'agenda.add', title: 'Energiser', plannedMinutes: 3 });
    const live = await host.snapshot('cohort-1', session.id);

    // The note's text is stored once, in the notes; replay takes it from there.
    expect(JSON.stringify(record().runLog)).not.toContain('Replay me');
    expect(record().notes.map((n) => n.text)).toEqual(['Replay me']);
    const replay = replayRunLog(withNoteTexts(record().runLog, record().notes));
    expect(replay.ok && replay.state).toEqual(live.state);
    expect(replay.ok && replay.seq).toBe(live.seq);

    // A new host (after a crash) brings the session back from the file alone.
    const again = new LiveSessionHost({ store, broadcaster: recorder(), clock });
    const restored = await again.snapshot('cohort-1', session.id);
    expect(restored.state).toEqual(live.state);
    clock.advance(SEC);
    await again.command('cohort-1', session.id, { type: 'queue.next' });
    expect(record().runLog.at(-1)!.seq).toBe(live.seq + 1);
  });

  it('answers a command once the store has it; commands sent together share one update', async () => {
    const { host, session, record, send, store } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'queue.next' });
    expect(record().runLog).toHaveLength(2);
    const updates = store.updates;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => send({ type: 'queue.next' })),
    );
    expect(answers.map((a) => a.seq)).toEqual([2, 3, 4, 5, 6]);
    expect(record().runLog.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The first goes alone; the four that arrived while it was being stored share the next one.
    expect(store.updates - updates).toBe(2);
  });

  it('keeps going after a store update fails: retried with everything since, end works', async () => {
    const { host, session, record, send, store } = await setup();
    await host.open('cohort-1', session.id);
    const update = store.update;
    let failing = 2;
    store.update = async (id, mutate) => {
      if (failing > 0) {
        failing -= 1;
        throw new RequestError('file-error', 'Product leads could not be saved: the disk is full.');
      }
      return update(id, mutate);
    };
    await expect(send({ type: 'queue.next' })).rejects.toMatchObject({ code: 'file-error' });
    await expect(send({ type: 'queue.next' })).rejects.toMatchObject({ code: 'file-error' });
    expect(record().runLog).toHaveLength(1);
    expect(await send({ type: 'queue.next' })).toEqual({ seq: 3, changed: true });
    expect(record().runLog.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    failing = 1;
    await expect(host.end('cohort-1', session.id)).rejects.toMatchObject({ code: 'file-error' });
    const { endedAt } = await host.end('cohort-1', session.id);
    expect(record().endedAt).toBe(endedAt);
    expect(record().runLog.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(host.running()).toEqual([]);
  });

  it('stores note text once: edits and removals replay from the notes record', async () => {
    const { host, session, record, send, store, clock } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'note.add', text: 'First draft' });
    await send({ type: 'note.add', text: 'Removed live' });
    await send({ type: 'note.add', text: 'Removed from the record' });
    const [first, second, third] = record().notes.map((n) => n.id);
    await send({ type: 'note.edit', noteId: first!, text: 'Final words' });
    await send({ type: 'note.remove', noteId: second! });
    const log = JSON.stringify(record().runLog);
    for (const words of ['First draft', 'Final words', 'Removed live'])
      expect(log).not.toContain(words);
    // Removed outside the live session (e.g. in the session record) while the host was down.
    record().notes.splice(
      record().notes.findIndex((n) => n.id === third),
      1,
    );
    const again = new LiveSessionHost({ store, broadcaster: recorder(), clock });
    const restored = await again.snapshot('cohort-1', session.id);
    expect(restored.state.notes.map((n) => [n.id, n.text])).toEqual([[first, 'Final words']]);
    await again.command('cohort-1', session.id, { type: 'note.add', text: 'After', kind: 'note' });
    expect(record().notes.map((n) => n.text)).toEqual(['Final words', 'After']);
  });

  it('refuses in words, logs nothing for a refusal or a no-op', async () => {
    const { host, session, record, send } = await setup();
    await host.open('cohort-1', session.id);
    await expect(send({ type: 'agenda.goto', segmentId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no agenda segment nope.',
    });
    await expect(send({ type: 'agenda.previous' })).rejects.toBeInstanceOf(RequestError);
    expect(await send({ type: 'deck.hide' })).toEqual({ seq: 0, changed: false });
    expect(record().runLog).toHaveLength(1);
    await expect(host.snapshot('cohort-1', 'nope')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('saves the agenda as the cohort template, used by the next session', async () => {
    const { host, session, send, store } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'agenda.edit', segmentId: 'clarifying', plannedMinutes: 40 });
    await send({ type: 'agenda.saveAsTemplate' });
    expect(
      store.cohort('cohort-1').agendaTemplate?.find((s) => s.id === 'clarifying')?.plannedMinutes,
    ).toBe(40);
    const next = await host.createSession({
      cohortId: 'cohort-1',
      date: '2025-06-13',
      attendance: ['ana'],
    });
    expect(next.agenda.find((s) => s.id === 'clarifying')?.plannedMinutes).toBe(40);
  });

  it('keeps a segment’s cue in the session record, the template and a replay', async () => {
    const { host, session, send, store, record } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'agenda.edit', segmentId: 'reflect', cue: 'One word each to close' });
    expect(record().agenda.find((s) => s.id === 'reflect')?.cue).toBe('One word each to close');
    await send({ type: 'agenda.saveAsTemplate' });
    expect(store.cohort('cohort-1').agendaTemplate?.find((s) => s.id === 'reflect')?.cue).toBe(
      'One word each to close',
    );
    const replay = replayRunLog(withNoteTexts(record().runLog, record().notes));
    expect(replay.ok && replay.state.agenda.segments.find((s) => s.id === 'reflect')?.cue).toBe(
      'One word each to close',
    );
    const next = await host.createSession({
      cohortId: 'cohort-1',
      date: '2025-06-13',
      attendance: ['ana'],
    });
    expect(next.agenda.find((s) => s.id === 'reflect')?.cue).toBe('One word each to close');
  });

  it('customises the deck and hands the new deck to the running session', async () => {
    const { host, session, store } = await setup();
    await host.open('cohort-1', session.id);
    const bank = await host.customiseDeck('cohort-1', {
      type: 'question.hide',
      questionId: 'framing-1',
      hidden: true,
    });
    expect(bank.questions.find((q) => q.id === 'framing-1')?.hidden).toBe(true);
    expect(store.cohort('cohort-1').questionBank).toEqual(bank);
    const live = await host.snapshot('cohort-1', session.id);
    expect(live.state.deck.bank.questions.some((q) => q.id === 'framing-1')).toBe(false);
    await expect(
      host.customiseDeck('cohort-1', { type: 'question.edit', questionId: 'zz', text: 'x' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('ends the session: endedAt, final airtime, and the status others set on commitments stay', async () => {
    const { host, session, record, send, clock } = await setup();
    await host.open('cohort-1', session.id);
    await send({ type: 'commitment.add', ownerId: 'ben', text: 'Ship it', dueDate: '2025-06-13' });
    record().commitments[0]!.status = 'done';
    await send({
      type: 'commitment.edit',
      commitmentId: record().commitments[0]!.id,
      text: 'Ship it well',
    });
    expect(record().commitments[0]).toMatchObject({ status: 'done', text: 'Ship it well' });
    await send({ type: 'queue.next' });
    clock.advance(SEC);
    const { endedAt } = await host.end('cohort-1', session.id);
    expect(record().endedAt).toBe(endedAt);
    expect(record().airtime).toEqual([{ attendeeId: 'ana', speakingMs: SEC, turns: 1 }]);
    expect(host.running()).toEqual([]);
    const after = await host.snapshot('cohort-1', session.id);
    expect(after.state.status).toBe('ended');
  });

  it('writes a success signal into the session record, and takes it out when it is cleared', async () => {
    const { host, session, record, send } = await setup();
    await host.open('cohort-1', session.id);
    await send({
      type: 'commitment.add',
      ownerId: 'ben',
      text: 'Better onboarding',
      dueDate: '2025-06-13',
      successSignal: 'Joiners rate week one 4 out of 5',
    });
    expect(record().commitments[0]).toMatchObject({
      successSignal: 'Joiners rate week one 4 out of 5',
    });
    const commitmentId = record().commitments[0]!.id;
    await send({ type: 'commitment.edit', commitmentId, successSignal: '' });
    expect(record().commitments[0]).not.toHaveProperty('successSignal');
    await send({ type: 'commitment.edit', commitmentId, text: 'Run the onboarding week' });
    expect(Object.keys(record().commitments[0]!)).not.toContain('successSignal');
  });

  it('gives balanced mode the cohort history of airtime', async () => {
    const { host, session, store } = await setup();
    await host.open('cohort-1', session.id);
    await host.end('cohort-1', session.id);
    const cohort = store.cohort('cohort-1');
    cohort.sessions[0]!.airtime = [{ attendeeId: 'ana', speakingMs: 90 * SEC, turns: 3 }];
    const next = await host.createSession({
      cohortId: 'cohort-1',
      date: '2025-06-13',
      attendance: ['ana', 'ben'],
    });
    const live = await host.open('cohort-1', next.id);
    expect(live.state.queue.historyMs).toEqual({ ana: 90 * SEC });
  });
});

describe.each([
  ['ENOSPC', 'the disk is full'],
  ['EIO', 'the disk did not respond'],
])('a live session on a real store while writes fail with %s', (code, words) => {
  it('tells views in words, loses nothing once the disk works, and ends', async () => {
    const t = await storeFixture({ retryDelaysMs: [20] });
    try {
      const { id } = await t.store.create('Faulty leads');
      await t.store.update(id, (cohort) => {
        cohort.members.push(...['ana', 'ben'].map((m) => ({ id: m, name: m }) as never));
      });
      const clock = manualClock(T0);
      const host = new LiveSessionHost({
        store: t.store,
        broadcaster: recorder(),
        clock,
        retryDelaysMs: [20],
      });
      const session = await host.createSession({
        cohortId: id,
        date: '2025-06-06',
        attendance: ['ana', 'ben'],
      });
      const send = (command: LiveCommandInput) => {
        clock.advance(SEC);
        return host.command(id, session.id, LiveCommandSchema.parse(command));
      };
      await host.open(id, session.id);
      await send({ type: 'queue.next' });
      t.fs.fault = code;
      t.fs.appendFault = code;
      await expect(send({ type: 'note.add', text: 'During the fault' })).rejects.toMatchObject({
        code: 'file-error',
        message: expect.stringContaining(words),
      });
      await expect(send({ type: 'queue.next' })).rejects.toMatchObject({ code: 'file-error' });
      await expect(host.end(id, session.id)).rejects.toMatchObject({ code: 'file-error' });
      expect(t.statuses.filter((s) => s.state === 'failed').at(-1)?.message).toContain(words);
      t.fs.fault = undefined;
      t.fs.appendFault = undefined;
      const { endedAt } = await host.end(id, session.id);
      await until(() => t.statuses.at(-1)?.state === 'saved');
      host.close();

      // The next start shows all of it.
      const next = await openCohortStore({
        folder: t.folder,
        userDataFolder: join(t.dir, 'user2'),
        watch: false,
      });
      const record = (await next.read(id)).sessions.find((s) => s.id === session.id)!;
      await next.close();
      expect(record.runLog.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
      expect(record.notes.map((n) => n.text)).toEqual(['During the fault']);
      expect(record.endedAt).toBe(endedAt);
    } finally {
      await t.done();
    }
  });
});

describe('monotonic clock', () => {
  it('is anchored once to the wall clock and never goes back', () => {
    let mono = 1000.7;
    let wall = T0;
    const clock = monotonicClock({ monotonic: () => mono, wall: () => wall });
    expect(clock.now()).toBe(T0);
    mono += 500;
    wall -= 3_600_000; // the system clock is set back an hour: no effect
    expect(clock.now()).toBe(T0 + 500);
    expect(Number.isInteger(clock.now())).toBe(true);
  });
});

function store(session: unknown) {
  const cohort = testCohort();
  return { ...cohort, sessions: [session] };
}

describe('live requests through the router', () => {
  it('validates commands, keeps the live state to the console and the room to its view', async () => {
    const { createRouter } = await import('../../../electron/core/router.ts');
    const { liveHandlers } = await import('../../../electron/core/handlers/live.ts');
    const { roomHandlers } = await import('../../../electron/core/handlers/room.ts');
    const { Room } = await import('../../../electron/core/room/Room.ts');
    const { host, session } = await setup();
    const room = new Room(manualClock(1_000), () => Promise.reject(new Error('no file')));
    const services = { live: host, room } as never;
    const router = createRouter({ ...liveHandlers(services), ...roomHandlers(services) } as never);
    const ref = { cohortId: 'cohort-1', sessionId: session.id };
    const console_ = { role: 'console' } as const;
    const presenter = { role: 'presenter' } as const;
    expect(await router('live.open', ref, console_)).toMatchObject({ ok: true });
    expect(room.state.session).toEqual(ref);
    expect(
      await router('live.command', { ...ref, command: { type: 'queue.next' } }, console_),
    ).toEqual({
      ok: true,
      value: { seq: 1, changed: true },
    });
    expect(
      await router('live.command', { ...ref, command: { type: 'queue.jump' } }, console_),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await router('live.command', { ...ref, command: { type: 'queue.next' } }, presenter),
    ).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(await router('live.state', ref, console_)).toMatchObject({
      ok: true,
      value: { seq: 1, state: { queue: { floor: 'ana' } } },
    });
    expect(await router('live.running', {}, console_)).toMatchObject({
      ok: true,
      value: { sessions: [{ cohortId: 'cohort-1', sessionId: session.id, seq: 1 }] },
    });
    for (const name of ['live.state', 'live.running']) {
      expect(await router(name, ref, presenter)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await router('room.view', {}, presenter)).toMatchObject({ ok: true });
  });
});
