import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';

const console = { role: 'console' } as const;
let core: CoreHost;
let cohortId: string;
let folder: string;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'fc-follow-up-'));
  core = await createCoreHost({
    dataFolder: folder,
    userDataFolder: join(folder, '.user'),
    hostKind: 'browser',
    version: 'test',
  });
  const created = await core.router('cohort.create', { name: 'Circle' }, console);
  if (!created.ok) throw new Error(created.error.message);
  cohortId = (created.value as { id: string }).id;
  await core.services.store.update(cohortId, (cohort) => {
    cohort.sessions.push({
      id: 's1',
      date: '2026-11-10',
      title: '',
      attendance: [],
      roles: {},
      agenda: [],
      challenges: [],
      runLog: [],
      notes: [],
      commitments: [
        {
          id: 'c1',
          ownerId: 'm1',
          text: 'Complete prototype 1',
          dueDate: '2026-11-20',
          createdAt: '2026-11-10T10:00:00.000Z',
          status: 'open',
        },
      ],
      progressUpdates: [],
      askCounts: {},
      airtime: [],
    });
  });
});
afterEach(async () => {
  await core.close();
});

describe('following commitments up', () => {
  it('marks a commitment done with the moment it was completed, and open again', async () => {
    const done = await core.router(
      'commitment.setStatus',
      { cohortId, commitmentId: 'c1', status: 'done' },
      console,
    );
    expect(done).toMatchObject({ ok: true, value: { status: 'done' } });
    expect((done as { value: { completedAt?: string } }).value.completedAt).toBeTruthy();
    const reopened = await core.router(
      'commitment.setStatus',
      { cohortId, commitmentId: 'c1', status: 'open' },
      console,
    );
    expect((reopened as { value: { completedAt?: string } }).value.completedAt).toBeUndefined();
  });

  it('gives a commitment a success signal after the session, and takes it away when emptied', async () => {
    const given = await core.router(
      'commitment.edit',
      { cohortId, commitmentId: 'c1', successSignal: ' Three users finish the flow ' },
      console,
    );
    expect(given).toMatchObject({
      ok: true,
      value: { successSignal: 'Three users finish the flow' },
    });
    await core.services.store.flush();
    const file = JSON.parse(readFileSync(join(folder, 'Circle.cohort'), 'utf8'));
    expect(file.sessions[0].commitments[0].successSignal).toBe('Three users finish the flow');
    const cleared = await core.router(
      'commitment.edit',
      { cohortId, commitmentId: 'c1', successSignal: '' },
      console,
    );
    expect(cleared).toMatchObject({ ok: true });
    expect(cleared).not.toHaveProperty('value.successSignal');
    expect(
      await core.router(
        'commitment.edit',
        { cohortId, commitmentId: 'c1', successSignal: 'x'.repeat(401) },
        console,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('records a progress update and writes it to the file', async () => {
    const result = await core.router(
      'commitment.addProgress',
      {
        cohortId,
        commitmentId: 'c1',
        accomplished: 'Sketches done',
        blockers: 'No test users yet',
      },
      console,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { commitmentId: 'c1', accomplished: 'Sketches done' },
    });
    await core.services.store.flush();
    const file = JSON.parse(readFileSync(join(folder, 'Circle.cohort'), 'utf8'));
    expect(file.sessions[0].progressUpdates[0]).toMatchObject({ blockers: 'No test users yet' });
  });

  it('records the review in the session that held it: help asked, and what it closed', async () => {
    await core.services.store.update(cohortId, (cohort) => {
      cohort.sessions.push({
        ...cohort.sessions[0]!,
        id: 's2',
        date: '2026-11-24',
        commitments: [],
      });
    });
    const blocked = await core.router(
      'commitment.addProgress',
      { cohortId, commitmentId: 'c1', blockers: 'No test users', helpAsked: true, sessionId: 's1' },
      console,
    );
    expect(blocked).toMatchObject({ ok: true, value: { helpAsked: true } });
    const closed = await core.router(
      'commitment.setStatus',
      { cohortId, commitmentId: 'c1', status: 'done', sessionId: 's2' },
      console,
    );
    expect(closed).toMatchObject({ ok: true, value: { closedInSessionId: 's2' } });
    const cohort = await core.services.store.read(cohortId);
    expect(cohort.sessions.map((s) => s.progressUpdates.length)).toEqual([1, 0]);
    expect(
      await core.router(
        'commitment.setStatus',
        { cohortId, commitmentId: 'c1', status: 'open', sessionId: 's2' },
        console,
      ),
    ).not.toHaveProperty('value.closedInSessionId');
    expect(
      await core.router(
        'commitment.setStatus',
        { cohortId, commitmentId: 'c1', status: 'done', sessionId: 'nope' },
        console,
      ),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses an empty update and an unknown commitment in words', async () => {
    expect(
      await core.router('commitment.addProgress', { cohortId, commitmentId: 'c1' }, console),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(
      await core.router(
        'commitment.setStatus',
        { cohortId, commitmentId: 'nope', status: 'done' },
        console,
      ),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
