/**
 * The desktop app's network share for phones: the same server as the browser host, on this
 * machine's addresses, serving the participants' page and never the console, page or socket.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';
import { startRoomShare, type RoomShare } from '../../../electron/serve/roomShare.ts';
import { rawGet } from './support.ts';

let dir: string;
let core: CoreHost;
let share: RoomShare;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'share-'));
  const renderer = join(dir, 'renderer');
  await mkdir(renderer, { recursive: true });
  for (const page of ['index', 'presenter', 'participant'])
    await writeFile(join(renderer, `${page}.html`), `<!doctype html><title>${page}</title>`);
  core = await createCoreHost({
    dataFolder: join(dir, 'library'),
    userDataFolder: join(dir, 'user'),
    hostKind: 'electron',
    version: 'test',
  });
  share = await startRoomShare({ core, rendererFolder: renderer });
});
afterEach(async () => {
  await share.close();
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

it('serves the participants’ page and never the console, on the network or on the laptop', async () => {
  const loopback = `http://127.0.0.1:${share.port}`;
  const asked = (host: string, path: string) => rawGet(`${loopback}${path}`, { Host: host });
  const here = `127.0.0.1:${share.port}`;
  expect(await asked(here, '/join?code=ABCDEF')).toBe(200);
  expect(await asked(here, '/')).toBe(404);
  expect(await asked(here, '/index.html')).toBe(404);
  // Named as a phone names it: by one of this machine's network addresses (when it has one).
  for (const base of share.bases) {
    const { host } = new URL(base);
    expect(await asked(host, '/join?code=ABCDEF')).toBe(200);
    expect(await asked(host, '/')).toBe(404);
  }
});
