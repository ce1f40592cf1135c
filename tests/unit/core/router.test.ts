import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../shared/contract/index.ts';
import { createRouter, type Handlers } from '../../../electron/core/router.ts';

const member = { id: 'm1', name: 'Ana', role: '', strengths: [], archived: false };
const handlers = {
  'app.info': (_input, context) => ({
    version: '1.0.0',
    host: 'browser',
    role: context.role,
    readOnly: context.role !== 'console',
    capabilities: { showInFolder: false, showPresenter: false, renewLinks: false },
    presenterPath: null,
  }),
  'library.list': () => ({ folder: '/tmp', cohorts: [] }),
  'cohort.create': ({ name }) => {
    if (name === 'boom') throw new Error('disk on fire');
    if (name === 'taken') throw new RequestError('rejected', 'That name is taken.');
    return { status: 'error', id: 'x', fileName: `${name}.cohort`, problem: 'n/a' };
  },
  'cohort.get': () => {
    throw new RequestError('not-found', 'No such cohort.');
  },
  'member.add': () => member,
} as Partial<Handlers> as Handlers;

const router = createRouter(handlers);
const asConsole = { role: 'console' } as const;
const asPresenter = { role: 'presenter' } as const;
const asParticipant = { role: 'participant' } as const;

describe('the request router', () => {
  it('dispatches valid input to its handler', async () => {
    expect(await router('app.info', {}, asPresenter)).toMatchObject({
      ok: true,
      value: { version: '1.0.0', host: 'browser', readOnly: true, presenterPath: null },
    });
  });

  it("refuses a query outside the caller's audience before validating it", async () => {
    for (const name of ['library.list', 'cohort.get']) {
      expect(await router(name, { cohortId: 'c' }, asPresenter)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await router('app.info', {}, asParticipant)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses unknown request names with a typed error', async () => {
    expect(await router('cohort.delete-everything', {}, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'unknown-request' },
    });
    expect(await router(42, {}, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'unknown-request' },
    });
    expect(await router('toString', {}, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'unknown-request' },
    });
  });

  it('refuses commands from read-only views before validating them', async () => {
    expect(await router('cohort.create', { name: 'Circle' }, asPresenter)).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
  });

  it('rejects invalid input with the problem in words', async () => {
    const result = await router('cohort.create', { name: '   ' }, asConsole);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toContain('A name is needed.');
    expect(await router('cohort.create', { name: 'x', extra: 1 }, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await router('cohort.create', 'not an object', asConsole)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('passes a handler refusal through and never throws on a crash', async () => {
    expect(await router('cohort.create', { name: 'taken' }, asConsole)).toEqual({
      ok: false,
      error: { code: 'rejected', message: 'That name is taken.' },
    });
    const crashed = await router('cohort.create', { name: 'boom' }, asConsole);
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!crashed.ok) expect(crashed.error.message).toContain('disk on fire');
  });
});
