/**
 * Until participants can join (their requests come with the participants' page), the participant
 * role reaches nothing: every request is refused with a typed error, before its input is read.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CoreHost } from '../../../electron/core/host.ts';
import { requests, type RequestName } from '../../../shared/contract/index.ts';
import { tempCore } from './tempCore.ts';

let done: () => Promise<void>;
let core: CoreHost;
beforeAll(async () => {
  ({ core, done } = await tempCore('participant'));
});
afterAll(() => done());

it('refuses the participant role every request, with a typed error', async () => {
  for (const name of Object.keys(requests) as RequestName[]) {
    const result = await core.router(name, {}, { role: 'participant' });
    expect(result, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
});

it('refuses the presenter every request outside its audience', async () => {
  for (const name of Object.keys(requests) as RequestName[]) {
    if ((requests[name].audience as readonly string[]).includes('presenter')) continue;
    const result = await core.router(name, {}, { role: 'presenter' });
    const code = requests[name].kind === 'command' ? 'read-only' : 'forbidden';
    expect(result, name).toMatchObject({ ok: false, error: { code } });
  }
});
