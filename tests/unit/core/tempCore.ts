/** A core host of the browser kind on a fresh temp library, and the way to put it away. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';

export async function tempCore(name: string): Promise<{ core: CoreHost; done(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  const core = await createCoreHost({
    dataFolder: join(dir, 'library'),
    userDataFolder: join(dir, 'user'),
    hostKind: 'browser',
    version: 'test',
  });
  return {
    core,
    async done() {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
