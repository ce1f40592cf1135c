/**
 * Participants' phones against the real core: joining by the session's code, and the boundaries. A
 * token acts only as its member, only in its session, only where the action is open; it reads only
 * its own items; a removed device and the tokens of an ended session are refused. Every refusal is
 * typed and in words.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreHost } from '../../../electron/core/host.ts';
import type { CallContext } from '../../../electron/core/router.ts';
import { requests, type RequestName } from '../../../shared/contract/index.ts';
import type { ParticipantView } from '../../../shared/participants/participantView.ts';
import { pastSession } from './pastSession.ts';
import { tempCore } from './tempCore.ts';

const consoleRole = { role: 'console' } as const;
let core: CoreHost;
let done: () => Promise<void>;
let cohortId: string;
let sessionId: string;
let code: string;

const must = async <T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) => {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};
const asConsole = <T>(name: RequestName, input: unknown) =>
  must<T>(core.router(name, input, consoleRole));
const phone = (token?: string): CallContext => ({ role: 'participant', deviceToken: token });
const live = (command: unknown) => asConsole('live.command', { cohortId, sessionId, command });
const people = async () =>
  (
    await asConsole<{ state: { people: { id: string; name: string }[] } }>('live.state', {
      cohortId,
      sessionId,
    })
  ).state.people;

async function join(name: string): Promise<string> {
  const person = (await people()).find((p) => p.name === name)!;
  const joined = await must<{ token: string; status: string }>(
    core.router('participant.claim', { code, attendeeId: person.id }, phone()),
  );
  return joined.token;
}

beforeEach(async () => {
  ({ core, done } = await tempCore('participant'));
  const created = await asConsole<{ id: string }>('cohort.create', { name: 'Circle' });
  cohortId = created.id;
  await core.services.store.update(cohortId, (cohort) => {
    for (const [id, name] of [
      ['ana', 'Ana'],
      ['ben', 'Ben'],
      ['cho', 'Cho'],
    ] as const)
      cohort.members.push({ id, name, role: '', strengths: [], archived: false });
    cohort.sessions.push(
      pastSession({
        id: 'earlier',
        date: '2026-11-01',
        title: 'Earlier',
        commitments: [
          {
            id: 'c-ana',
            ownerId: 'ana',
            text: 'Send the draft to two readers by Friday',
            dueDate: '2026-11-20',
            createdAt: '2026-11-01T10:00:00.000Z',
            status: 'open',
          },
          {
            id: 'c-ben',
            ownerId: 'ben',
            text: 'Book the usability room by Monday',
            dueDate: '2026-11-16',
            createdAt: '2026-11-01T10:00:00.000Z',
            status: 'open',
          },
        ],
      }),
    );
  });
  const session = await asConsole<{ id: string }>('session.create', {
    cohortId,
    date: '2026-12-01',
    attendance: ['ana', 'ben', 'cho'],
    guests: [],
  });
  sessionId = session.id;
  await asConsole('live.open', { cohortId, sessionId });
  const state = await asConsole<{ code: string }>('join.open', { cohortId, sessionId });
  code = state.code;
});
afterEach(() => done());

describe('joining from a phone', () => {
  it('lists the names attending for a valid code, and refuses a wrong one in words', async () => {
    const roster = await must<{ people: { name: string }[] }>(
      core.router('participant.roster', { code: code.toLowerCase() }, phone()),
    );
    expect(roster.people.map((p) => p.name)).toEqual(['Ana', 'Ben', 'Cho']);
    const wrong = await core.router('participant.roster', { code: 'ZZZZZZ' }, phone());
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        message: 'This join code is not open. Check the code on the room’s screen.',
      },
    });
  });

  it('admits the first phone for a name; a second phone for it waits for the facilitator', async () => {
    const first = await join('Ana');
    const view = await must<ParticipantView>(core.router('participant.view', {}, phone(first)));
    expect(view).toMatchObject({ status: 'admitted', name: 'Ana' });
    const ana = (await people()).find((p) => p.name === 'Ana')!;
    const second = await must<{ token: string; status: string }>(
      core.router('participant.claim', { code, attendeeId: ana.id }, phone()),
    );
    expect(second.status).toBe('pending');
    const waiting = await core.router('participant.hand', { raised: true }, phone(second.token));
    expect(waiting).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const devices = (
      await asConsole<{ devices: { id: string; waitsFor: string | null }[] }>('join.state', {
        cohortId,
        sessionId,
      })
    ).devices;
    const pending = devices.find((d) => d.waitsFor === 'second-phone')!;
    await asConsole('join.admit', { cohortId, sessionId, deviceId: pending.id });
    // The new phone holds the name now; the first is signed out.
    expect((await core.router('participant.view', {}, phone(first))).ok).toBe(false);
    expect((await core.router('participant.view', {}, phone(second.token))).ok).toBe(true);
  });

  it('seats a guest the facilitator admits, who then acts as that guest', async () => {
    const asked = await must<{ token: string; status: string }>(
      core.router('participant.askToJoin', { code, name: 'Leah Brenner' }, phone()),
    );
    expect(asked.status).toBe('pending');
    const { devices } = await asConsole<{ devices: { id: string; guest: boolean }[] }>(
      'join.state',
      { cohortId, sessionId },
    );
    await asConsole('join.admit', {
      cohortId,
      sessionId,
      deviceId: devices.find((d) => d.guest)!.id,
    });
    expect((await people()).map((p) => p.name)).toContain('Leah Brenner');
    const view = await must<ParticipantView>(
      core.router('participant.view', {}, phone(asked.token)),
    );
    expect(view).toMatchObject({ status: 'admitted', name: 'Leah Brenner' });
  });
});

describe('a participant’s token', () => {
  it('acts only as its own member: there is no field to name another', async () => {
    const ana = await join('Ana');
    await live({ type: 'agenda.goto', segmentId: 'challenges' });
    const asBen = await core.router(
      'participant.challenge',
      { text: 'Ben’s problem', attendeeId: 'ben' },
      phone(ana),
    );
    expect(asBen).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await must(core.router('participant.challenge', { text: 'Hiring is stuck' }, phone(ana)));
    const state = await asConsole<{ state: { challenges: { entries: { attendeeId: string }[] } } }>(
      'live.state',
      { cohortId, sessionId },
    );
    const anaId = (await people()).find((p) => p.name === 'Ana')!.id;
    expect(state.state.challenges.entries.map((e) => e.attendeeId)).toEqual([anaId]);
    const vote = await core.router(
      'participant.vote',
      { challengeId: null, voterId: 'ben' },
      phone(ana),
    );
    expect(vote).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('acts only where the action is open', async () => {
    const ana = await join('Ana');
    // Check-in: no challenges, no vote, no journal; hands only in hands mode.
    for (const [name, input] of [
      ['participant.challenge', { text: 'Too early' }],
      ['participant.vote', { challengeId: null }],
      ['participant.journal', { text: 'Not yet' }],
      ['participant.hand', { raised: true }],
    ] as const) {
      const result = await core.router(name, input, phone(ana));
      expect(result, name).toMatchObject({ ok: false, error: { code: 'rejected' } });
    }
    await live({ type: 'queue.mode', mode: 'hands' });
    const raised = await must<ParticipantView>(
      core.router('participant.hand', { raised: true }, phone(ana)),
    );
    expect(raised.hand).toMatchObject({ raised: true, place: 1 });
    // Past check-in, progress updates are closed.
    await live({ type: 'agenda.goto', segmentId: 'challenges' });
    const late = await core.router(
      'participant.progress',
      { commitmentId: 'c-ana', accomplished: 'Sent it' },
      phone(ana),
    );
    expect(late).toMatchObject({ ok: false, error: { code: 'rejected' } });
  });

  it('offers a recommendation only in its step; the facilitator accepts it into the notes in its name', async () => {
    const ana = await join('Ana');
    const early = await core.router('participant.recommend', { text: 'Ask finance' }, phone(ana));
    expect(early).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await live({ type: 'agenda.goto', segmentId: 'recommendations' });
    const offered = await must<ParticipantView>(
      core.router('participant.recommend', { text: 'Ask finance for a one-off line' }, phone(ana)),
    );
    expect(offered.recommend.waiting).toEqual(['Ask finance for a one-off line']);
    const { state } = await asConsole<{ state: { offers: { id: string }[] } }>('live.state', {
      cohortId,
      sessionId,
    });
    await live({ type: 'note.acceptOffer', offerId: state.offers[0]!.id });
    const after = await asConsole<{
      state: { offers: unknown[]; notes: { kind: string; text: string; attendeeId: string }[] };
    }>('live.state', { cohortId, sessionId });
    const anaId = (await people()).find((p) => p.name === 'Ana')!.id;
    expect(after.state.offers).toEqual([]);
    expect(after.state.notes).toMatchObject([
      { kind: 'recommendation', text: 'Ask finance for a one-off line', attendeeId: anaId },
    ]);
  });

  it('reads and updates only its own commitments', async () => {
    const ana = await join('Ana');
    const view = await must<ParticipantView>(core.router('participant.view', {}, phone(ana)));
    expect(view.commitments.map((c) => c.id)).toEqual(['c-ana']);
    expect(JSON.stringify(view)).not.toContain('usability room');
    const others = await core.router(
      'participant.progress',
      { commitmentId: 'c-ben', accomplished: 'Booked it' },
      phone(ana),
    );
    expect(others).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = await must<ParticipantView>(
      core.router(
        'participant.progress',
        {
          commitmentId: 'c-ana',
          accomplished: 'Sent to one reader',
          blockers: 'No second reader',
          helpAsked: true,
        },
        phone(ana),
      ),
    );
    expect(own.commitments[0]!.lastUpdate).toBe('Sent to one reader');
    const cohort = await core.services.store.read(cohortId);
    expect(cohort.sessions.find((s) => s.id === sessionId)!.progressUpdates).toMatchObject([
      { commitmentId: 'c-ana', helpAsked: true },
    ]);
  });

  it('acts only in its own session, with another session running and open to phones', async () => {
    const ana = await join('Ana');
    const other = await asConsole<{ id: string }>('cohort.create', { name: 'Other circle' });
    await core.services.store.update(other.id, (cohort) => {
      cohort.members.push({ id: 'zoe', name: 'Zoe', role: '', strengths: [], archived: false });
    });
    const elsewhere = await asConsole<{ id: string }>('session.create', {
      cohortId: other.id,
      date: '2026-12-01',
      attendance: ['zoe'],
      guests: [],
    });
    const ref = { cohortId: other.id, sessionId: elsewhere.id };
    await asConsole('live.open', ref);
    await asConsole('join.open', ref);
    await asConsole('live.command', { ...ref, command: { type: 'queue.mode', mode: 'hands' } });
    // Ana's phone still sees and acts in her own session only.
    const view = await must<ParticipantView>(core.router('participant.view', {}, phone(ana)));
    expect(view.cohort).toBe('Circle');
    const raised = await core.router('participant.hand', { raised: true }, phone(ana));
    expect(raised).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const theirs = await asConsole<{ state: { queue: { waiting: string[] } } }>('live.state', ref);
    expect(theirs.state.queue.waiting).toEqual([]);
  });

  it('never reads the cohort, the live state or another view’s requests', async () => {
    const ana = await join('Ana');
    for (const name of Object.keys(requests) as RequestName[]) {
      if ((requests[name].audience as readonly string[]).includes('participant')) continue;
      const result = await core.router(name, {}, phone(ana));
      expect(result, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('is refused once the facilitator removes the device, and when the session ends', async () => {
    const ana = await join('Ana');
    const ben = await join('Ben');
    const { devices } = await asConsole<{ devices: { id: string; name: string }[] }>('join.state', {
      cohortId,
      sessionId,
    });
    await asConsole('join.remove', {
      cohortId,
      sessionId,
      deviceId: devices.find((d) => d.name === 'Ana')!.id,
    });
    expect(await core.router('participant.view', {}, phone(ana))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await core.router('participant.view', {}, phone(ben))).ok).toBe(true);
    await asConsole('session.end', { cohortId, sessionId });
    expect(await core.router('participant.view', {}, phone(ben))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // The ended session's code opens nothing.
    expect(await core.router('participant.roster', { code }, phone())).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('is rate-limited: a burst past its allowance is refused in words', async () => {
    const ana = await join('Ana');
    const results = await Promise.all(
      Array.from({ length: 40 }, () => core.router('participant.view', {}, phone(ana))),
    );
    const refused = results.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({
      error: {
        code: 'rejected',
        message: 'Too many requests at once: wait a moment and try again.',
      },
    });
  });
});

it('refuses the presenter every request outside its audience', async () => {
  for (const name of Object.keys(requests) as RequestName[]) {
    if ((requests[name].audience as readonly string[]).includes('presenter')) continue;
    const result = await core.router(name, {}, { role: 'presenter' });
    const code = requests[name].kind === 'command' ? 'read-only' : 'forbidden';
    expect(result, name).toMatchObject({ ok: false, error: { code } });
  }
});
