/**
 * Until participants can join (their requests come with the participants' page), the participant
 * role reaches nothing: every request is refused with a typed error, before its input is read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';
import { requests, type RequestName } from '../../../shared/contract/index.ts';

let dir: string;
let core: CoreHost;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'participant-'));
  core = await createCoreHost({
    dataFolder: join(dir, 'library'),
    userDataFolder: join(dir, 'user'),
    hostKind: 'browser',
    version: 'test',
  });
});
afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

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
