/**
 * The browser host's connections as an attacker and a broken network would try them: foreign
 * origins and host names, too many connections, a client that stops reading, one that stops
 * answering, and the headers every page carries.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  inProcessHost,
  mustOpen,
  openSocket,
  rawGet,
  request,
  retainedBytes,
  stalledClient,
} from './support.ts';

let running: Awaited<ReturnType<typeof inProcessHost>> | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('who gets a connection', () => {
  it('refuses a WebSocket with a valid token from a page of another origin', async () => {
    running = await inProcessHost();
    const { socketUrl, tokens } = running;
    for (const origin of ['http://127.0.0.1:5999', 'http://evil.example', 'null']) {
      const refused = await openSocket(socketUrl(tokens.console), { origin });
      expect(refused.status, origin).toBe(403);
    }
    const own = await mustOpen(socketUrl(tokens.console), { origin: running.origin });
    own.close();
  });

  it('refuses a Host header that names another site (DNS rebinding)', async () => {
    running = await inProcessHost();
    const page = await rawGet(`${running.origin}/?token=${running.tokens.console}`, {
      host: `rebound.example:${running.host.port}`,
    });
    expect(page).toBe(421);
    const socket = await openSocket(running.socketUrl(running.tokens.console), {
      headers: { host: 'rebound.example' },
    });
    expect(socket.status).toBe(421);
  });

  it('answers the connection past the cap with a refusal in words', async () => {
    running = await inProcessHost({ maxConnections: 3 });
    const open = [];
    for (let i = 0; i < 3; i++)
      open.push(await mustOpen(running.socketUrl(running.tokens.presenter)));
    const fourth = await openSocket(running.socketUrl(running.tokens.presenter));
    expect(fourth).toMatchObject({ status: 503 });
    expect((fourth as { body: string }).body).toMatch(/3 connections already/);
    for (const socket of open) socket.close();
  });

  it('gives the presenter token typed refusals outside its audience', async () => {
    running = await inProcessHost();
    const socket = await mustOpen(running.socketUrl(running.tokens.presenter));
    expect(await request(socket, 1, 'library.list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await request(socket, 2, 'cohort.create', { name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(await request(socket, 3, 'room.view', {})).toMatchObject({ ok: true });
    socket.close();
  });

  it('closes every connection made with old tokens when the links are replaced', async () => {
    running = await inProcessHost();
    const socket = await mustOpen(running.socketUrl(running.tokens.presenter));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    const old = running.tokens.presenter;
    running.host.useTokens({ console: 'c'.repeat(24), presenter: 'p'.repeat(24) });
    expect(await closed).toBe(4401);
    expect((await openSocket(running.socketUrl(old))).status).toBe(401);
    expect((await openSocket(running.socketUrl('p'.repeat(24)))).status).toBe(101);
  });
});

describe('pages', () => {
  it('carry no-referrer, nosniff, no framing and no caching; never a cookie', async () => {
    running = await inProcessHost();
    const page = await fetch(`${running.origin}/presenter?token=${running.tokens.presenter}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('set-cookie')).toBeNull();
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(
      new RegExp(`connect-src 'self' ${running.origin} ws://127\\.0\\.0\\.1:${running.host.port};`),
    );
  });

  it("answers a page without its token with 401 and the tab's way back, never the page", async () => {
    running = await inProcessHost();
    const bare = await fetch(`${running.origin}/`);
    expect(bare.status).toBe(401);
    expect(await bare.text()).toContain('<script src="/resume.js"></script>');
    expect((await fetch(`${running.origin}/index.html`)).status).toBe(401);
    expect((await fetch(`${running.origin}/?token=${running.tokens.presenter}`)).status).toBe(401);
    const resume = await fetch(`${running.origin}/resume.js`);
    expect(resume.headers.get('content-type')).toMatch(/javascript/);
    // The app's own scripts carry no data and need no token; pages only come through their routes.
    expect((await fetch(`${running.origin}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${running.origin}/presenter.html.bak`)).status).toBe(404);
  });
});

describe('connections that stop', () => {
  it(
    'closes a client that stops reading before it holds the host’s memory',
    { timeout: 60_000 },
    async () => {
      running = await inProcessHost({
        onTmpfs: true,
        limits: { maxBufferedBytes: 4 * 1024 * 1024 },
      });
      const { core, host, tokens } = running;
      const consoleRole = { role: 'console' } as const;
      const cohort = await core.router('cohort.create', { name: 'Stall' }, consoleRole);
      const idOf = (result: { ok: boolean }) =>
        (result as unknown as { value: { id: string } }).value.id;
      const cohortId = idOf(cohort);
      const member = await core.router('member.add', { cohortId, name: 'Ana' }, consoleRole);
      const session = await core.router(
        'session.create',
        { cohortId, date: '2026-12-01', attendance: [idOf(member)] },
        consoleRole,
      );
      const ref = { cohortId, sessionId: idOf(session) };
      await core.router('live.open', ref, consoleRole);

      const stalled = await stalledClient(host.port, tokens.console);
      const closedByHost = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
      const before = retainedBytes();
      // 1,000 commands, one after another: 1,000 broadcasts of a growing session.
      for (let i = 0; i < 1000; i++) {
        await core.router(
          'live.command',
          { ...ref, command: { type: 'note.add', text: `Note ${i}: ${'words '.repeat(20)}` } },
          consoleRole,
        );
      }
      const grewMb = (retainedBytes() - before) / 1024 / 1024;
      expect(grewMb).toBeLessThan(50);
      stalled.resume();
      await closedByHost;
      await vi.waitFor(() => expect(core.broadcaster.size('console')).toBe(0));
    },
  );

  it('closes a connection that stops answering pings within two heartbeats', async () => {
    running = await inProcessHost({ limits: { heartbeatMs: 100 } });
    const socket = await mustOpen(running.socketUrl(running.tokens.presenter), {
      autoPong: false,
    });
    await new Promise((resolve) => socket.once('close', resolve));
    await vi.waitFor(() => expect(running!.core.broadcaster.size()).toBe(0));
  });
});
