/** A browser host in this process on a temp library, with a tiny renderer folder of its own. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import { createCoreHost, type CoreHost } from '../../../electron/core/host.ts';
import { freshTokens } from '../../../electron/core/settings/accessTokens.ts';
import { startBrowserHost, type BrowserHostOptions } from '../../../electron/serve/server.ts';

export async function inProcessHost(options: Partial<BrowserHostOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'serve-'));
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
    ...options,
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
