/**
 * Setting up a session: the chosen protocol's agenda becomes the session's, the cohort's template
 * when none is chosen (as before protocols), the roles of the day are kept on the record and must
 * be held by members in the room, and the seating is the speaker queue's order.
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/live/clock.ts';
import { LiveSessionHost } from '../../../electron/core/live/LiveSessionHost.ts';
import { SessionSchema } from '../../../shared/cohort/schema.ts';
import { COHORT_TEMPLATE_ID } from '../../../shared/protocols/choice.ts';
import { DEFAULT_PROTOCOL_ID, PROTOCOLS } from '../../../shared/protocols/protocols.ts';
import { tempCore } from '../core/tempCore.ts';
import { fakeStore, recorder, testCohort } from './fakeStore.ts';
import { upNext } from '../../../shared/live/selectors.ts';
import { T0 } from './fixtures.ts';

function setup() {
  const store = fakeStore(testCohort());
  let n = 0;
  const host = new LiveSessionHost({
    store,
    broadcaster: recorder(),
    clock: manualClock(T0),
    newId: () => `id-${++n}`,
  });
  return { store, host };
}
const base = { cohortId: 'cohort-1', date: '2026-03-05' };

describe('session setup', () => {
  it('gives the session the chosen protocol’s agenda with its cues, and keeps the protocol', async () => {
    const { host } = setup();
    const session = await host.createSession({
      ...base,
      attendance: ['ana', 'ben', 'cho'],
      protocolId: 'troika-consulting',
    });
    const troika = PROTOCOLS['troika-consulting'].segments;
    expect(session.protocolId).toBe('troika-consulting');
    expect(session.agenda.map((s) => [s.id, s.phase, s.plannedMinutes, s.cue])).toEqual(
      troika.map((s) => [s.id, s.phase, s.plannedMinutes, s.cue]),
    );
    expect(SessionSchema.parse(session)).toEqual(session);
  });

  it('plans the protocol’s per-case steps for as many cases as asked', async () => {
    const { host } = setup();
    const session = await host.createSession({
      ...base,
      attendance: ['ana', 'ben', 'cho'],
      protocolId: 'wise-crowds',
      cases: 3,
    });
    expect(session.agenda).toHaveLength(3 * PROTOCOLS['wise-crowds'].segments.length);
    expect(session.agenda.filter((s) => s.phase === 'consult').map((s) => s.title)).toEqual([
      'Case 1: Consultants consult',
      'Case 2: Consultants consult',
      'Case 3: Consultants consult',
    ]);
  });

  it('runs the cohort’s template when saved and nothing is chosen, else the default protocol', async () => {
    const { host, store } = setup();
    const first = await host.createSession({ ...base, attendance: ['ana'] });
    expect(first.protocolId).toBe(DEFAULT_PROTOCOL_ID);
    expect(first.agenda.map((s) => s.id)).toEqual(
      PROTOCOLS[DEFAULT_PROTOCOL_ID].segments.map((s) => s.id),
    );
    await expect(
      host.createSession({ ...base, attendance: ['ana'], protocolId: COHORT_TEMPLATE_ID }),
    ).rejects.toMatchObject({
      code: 'rejected',
      message: expect.stringMatching(/no saved agenda/),
    });

    store.cohort('cohort-1').agendaTemplate = [
      { id: 'mine', phase: 'custom', title: 'Our own', plannedMinutes: 30, skipped: true },
    ];
    const second = await host.createSession({ ...base, attendance: ['ana'] });
    expect(second.protocolId).toBe(COHORT_TEMPLATE_ID);
    expect(second.agenda).toEqual([
      { id: 'mine', phase: 'custom', title: 'Our own', plannedMinutes: 30, skipped: false },
    ]);
  });

  it('keeps the roles of the day, held by members in the room', async () => {
    const { host, store } = setup();
    const session = await host.createSession({
      ...base,
      attendance: ['cho', 'ana', 'ben'],
      roles: { facilitator: 'ben', 'note-taker': 'cho' },
    });
    expect(session.roles).toEqual({ facilitator: 'ben', 'note-taker': 'cho' });
    expect(store.cohort('cohort-1').sessions.at(-1)?.roles).toEqual(session.roles);
    await expect(
      host.createSession({ ...base, attendance: ['ana'], roles: { 'data-reporter': 'eli' } }),
    ).rejects.toMatchObject({
      code: 'rejected',
      message: 'The data reporter has to be one of the members attending.',
    });
    expect(store.cohort('cohort-1').sessions).toHaveLength(1);
  });

  it('seats people as given: the speaker queue goes around in that order, guests after', async () => {
    const { host } = setup();
    const session = await host.createSession({
      ...base,
      attendance: ['dev', 'ana', 'cho'],
      guests: ['Gia'],
      protocolId: 'wise-crowds',
    });
    const live = await host.open('cohort-1', session.id);
    expect(live.state.people.map((p) => p.name)).toEqual(['Dev', 'Ana', 'Cho', 'Gia']);
    expect(upNext(live.state).map((p) => p.name)).toEqual(['Dev', 'Ana', 'Cho', 'Gia']);
  });
});

describe('session.create over the contract', () => {
  it('refuses a member seated twice and a protocol it does not know, in words', async () => {
    const { core, done } = await tempCore('session-setup');
    try {
      const console_ = { role: 'console' } as const;
      const created = await core.router('cohort.create', { name: 'Circle' }, console_);
      if (!created.ok) throw new Error(created.error.message);
      const cohortId = (created.value as { id: string }).id;
      const twice = await core.router(
        'session.create',
        { cohortId, date: '2026-03-05', attendance: ['m1', 'm1'] },
        console_,
      );
      expect(twice).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.stringify(twice)).toContain('Each member sits in one place.');
      const unknown = await core.router(
        'session.create',
        { cohortId, date: '2026-03-05', attendance: [], protocolId: 'fishbowl' },
        console_,
      );
      expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    } finally {
      await done();
    }
  });
});
