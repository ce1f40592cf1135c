import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreHost } from '../../../electron/core/host.ts';
import type { OutgoingEvent } from '../../../electron/core/broadcaster.ts';
import type { Role } from '../../../shared/contract/index.ts';
import { tempCore } from './tempCore.ts';

let done: () => Promise<void>;
let core: CoreHost;
let heard: Record<Role, OutgoingEvent[]>;
const console_ = { role: 'console' } as const;

beforeEach(async () => {
  ({ core, done } = await tempCore('publisher'));
  heard = { console: [], presenter: [], participant: [] };
  for (const role of ['console', 'presenter', 'participant'] as const) {
    core.broadcaster.connect(role, (event) => heard[role].push(event));
  }
});
afterEach(() => done());

async function runningSession() {
  const created = await core.router('cohort.create', { name: 'Circle' }, console_);
  if (!created.ok) throw new Error(created.error.message);
  const cohortId = (created.value as { id: string }).id;
  const member = await core.router('member.add', { cohortId, name: 'Ana' }, console_);
  if (!member.ok) throw new Error(member.error.message);
  const session = await core.router(
    'session.create',
    { cohortId, date: '2026-12-01', attendance: [(member.value as { id: string }).id] },
    console_,
  );
  if (!session.ok) throw new Error(session.error.message);
  const ref = { cohortId, sessionId: (session.value as { id: string }).id };
  await core.router('live.open', ref, console_);
  return ref;
}

const names = (events: OutgoingEvent[]) => events.map((event) => event.name);

describe('what the host broadcasts', () => {
  it('sends what a request declares it changes, to the audiences of each event', async () => {
    const created = await core.router('cohort.create', { name: 'Circle' }, console_);
    expect(created.ok).toBe(true);
    expect(names(heard.console)).toContain('library.changed');
    expect(heard.presenter).toEqual([]);
    heard.console.length = 0;
    if (!created.ok) return;
    await core.router(
      'cohort.update',
      { cohortId: (created.value as { id: string }).id, name: 'Circle two' },
      console_,
    );
    expect(names(heard.console)).toContain('cohort.changed');
    expect(heard.presenter).toEqual([]);
    expect(heard.participant).toEqual([]);
  });

  it('sends a live command to the console as the live state and to the room as its view', async () => {
    const ref = await runningSession();
    // Until the first segment, the room sees the welcome; entering it takes the room to the run.
    expect(await core.router('room.view', {}, { role: 'presenter' })).toMatchObject({
      value: { screen: 'welcome' },
    });
    await core.router('live.command', { ...ref, command: { type: 'agenda.next' } }, console_);
    heard.console.length = 0;
    heard.presenter.length = 0;
    const result = await core.router(
      'live.command',
      { ...ref, command: { type: 'queue.next' } },
      console_,
    );
    expect(result.ok).toBe(true);
    expect(names(heard.console)).toEqual(['live.state', 'room.view']);
    expect(names(heard.presenter)).toEqual(['room.view']);
    const view = heard.presenter[0]!;
    expect(view.payload).toMatchObject({ screen: 'run', run: { floor: { name: 'Ana' } } });
    // One serialisation, shared by every connection that hears it.
    expect(view.frame()).toBe(heard.console[1]!.frame());
    expect(view.frame()).toBe(view.frame());
  });

  it('puts the room on a blank or message screen and back, from the console only', async () => {
    await runningSession();
    heard.presenter.length = 0;
    const shown = await core.router(
      'room.show',
      { screen: 'message', message: 'Back at 10:40' },
      console_,
    );
    expect(shown).toMatchObject({
      ok: true,
      value: { screen: 'message', message: 'Back at 10:40' },
    });
    expect(heard.presenter.map((event) => event.payload)).toMatchObject([
      { screen: 'message', message: 'Back at 10:40' },
    ]);
    expect(
      await core.router('room.show', { screen: 'blank' }, { role: 'presenter' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(await core.router('room.view', {}, { role: 'presenter' })).toMatchObject({
      ok: true,
      value: { screen: 'message' },
    });
  });

  it('answers the presenter only what the room sees, and refuses the rest in words', async () => {
    const ref = await runningSession();
    const presenter = { role: 'presenter' } as const;
    for (const [name, input] of [
      ['library.list', {}],
      ['library.folder', {}],
      ['library.recent', {}],
      ['cohort.get', { cohortId: ref.cohortId }],
      ['cohort.backups', { cohortId: ref.cohortId }],
      ['live.state', ref],
      ['live.running', {}],
      ['deck.get', { cohortId: ref.cohortId }],
    ] as const) {
      const result = await core.router(name, input, presenter);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await core.router('app.info', {}, presenter)).toMatchObject({
      ok: true,
      value: { role: 'presenter', readOnly: true, presenterPath: null },
    });
  });
});
