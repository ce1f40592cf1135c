/** A browser host in this process on a temp library, with a tiny renderer folder of its own. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';
import { freshTokens } from '../../../electron/core/settings/accessTokens.ts';
import { startBrowserHost, type BrowserHostOptions } from '../../../electron/serve/server.ts';

/**
 * `onTmpfs`: the library on /dev/shm where there is one, for tests of connections whose commands
 * should not wait for a disk's fsync (the journal's durability is tested in tests/unit/store).
 */
export async function inProcessHost(
  options: Partial<BrowserHostOptions> & { onTmpfs?: boolean } = {},
) {
  const { onTmpfs = false, ...hostOptions } = options;
  const base = onTmpfs && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = await mkdtemp(join(base, 'serve-'));
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Console</title>');
  await writeFile(join(renderer, 'presenter.html'), '<!doctype html><title>Presenter</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log("app");');
  const core: CoreHost = await createCoreHost({
    dataFolder: join(dir, 'library'),
    userDataFolder: join(dir, 'user'),
    hostKind: 'browser',
    version: 'test',
  });
  const tokens = freshTokens();
  const host = await startBrowserHost({
    core,
    rendererFolder: renderer,
    tokens,
    host: '127.0.0.1',
    port: 0,
    ...hostOptions,
  });
  const origin = `http://127.0.0.1:${host.port}`;
  return {
    core,
    host,
    tokens,
    origin,
    socketUrl: (token: string) => `ws://127.0.0.1:${host.port}/ws?token=${token}`,
    async stop() {
      await host.close();
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a WebSocket; resolves when open, or with the HTTP status it was refused with. */
export function openSocket(
  url: string,
  options: WebSocket.ClientOptions = {},
): Promise<{ socket: WebSocket; status: 101 } | { status: number; body: string }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, options);
    socket.once('open', () => resolve({ socket, status: 101 }));
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    socket.once('error', () => undefined);
  });
}

/** Opens a WebSocket that must open. */
export async function mustOpen(
  url: string,
  options: WebSocket.ClientOptions = {},
): Promise<WebSocket> {
  const opened = await openSocket(url, options);
  if (!('socket' in opened)) throw new Error(`refused with ${opened.status}: ${opened.body}`);
  return opened.socket;
}

/** A plain HTTP GET with headers fetch() will not let a page set (Host). */
export function rawGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

/** Sends one request and waits for its result frame. */
export function request(socket: WebSocket, id: number, name: string, input: unknown) {
  return new Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(String(data)) as { type: string; id?: number; result?: never };
      if (frame.type === 'result' && frame.id === id) {
        socket.off('message', onMessage);
        resolve(frame.result!);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ type: 'invoke', id, name, input }));
  });
}

/** A client that opens a WebSocket and then never reads another byte. */
export function stalledClient(port: number, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `GET /ws?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
          'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
          'Sec-WebSocket-Version: 13\r\n\r\n',
      );
    });
    socket.once('data', (chunk) => {
      if (!String(chunk).startsWith('HTTP/1.1 101')) reject(new Error(String(chunk)));
      socket.pause();
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

// What this process holds on to after a full collection, not garbage it has yet to collect.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
export function retainedBytes(): number {
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}
