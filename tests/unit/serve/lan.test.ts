/**
 * The console is reachable from this computer only, even with --lan: a machine on the network gets
 * the presenter and never the console. The host here sees every connection as coming from
 * 192.0.2.77 (a documentation address, so the test sends nothing off this computer): the real
 * server answers it as it would a phone or a projector PC on the room's Wi-Fi.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inProcessHost, openSocket, rawGet } from './support.ts';

let running: Awaited<ReturnType<typeof inProcessHost>>;
beforeAll(async () => {
  running = await inProcessHost({ lanAddresses: ['192.0.2.1'] });
  running.host.server.on('connection', (socket) =>
    Object.defineProperty(socket, 'remoteAddress', { value: '192.0.2.77' }),
  );
});
afterAll(() => running.stop());

it('refuses the console token from another machine, on the page and on the WebSocket', async () => {
  const host = { host: `192.0.2.1:${running.host.port}` };
  expect(await rawGet(`${running.origin}/?token=${running.tokens.console}`, host)).toBe(403);
  const socket = await openSocket(running.socketUrl(running.tokens.console), { headers: host });
  expect(socket.status).toBe(403);
  // The presenter's link works from there.
  expect(await rawGet(`${running.origin}/presenter?token=${running.tokens.presenter}`, host)).toBe(
    200,
  );
  const presenter = await openSocket(running.socketUrl(running.tokens.presenter), {
    headers: host,
  });
  expect(presenter.status).toBe(101);
  if ('socket' in presenter) presenter.socket.close();
});
