import WebSocket from 'ws';
import type { RunningHost } from './support/browserHost.ts';
import { expect, test } from './support/fixtures.ts';

/** Sends one request frame over the host's WebSocket and returns the result frame. */
async function invokeOverSocket(host: RunningHost, token: string, name: string, input: unknown) {
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=${token}`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const answer = new Promise<{
    result: { ok: boolean; error?: { code: string; message: string } };
  }>((resolve) => {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; id: number };
      if (frame.type === 'result' && frame.id === 1) resolve(frame as never);
    });
  });
  socket.send(JSON.stringify({ type: 'invoke', id: 1, name, input }));
  const frame = await answer;
  socket.close();
  return frame.result;
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

test('pages without a valid token get 401', async ({ request, host }) => {
  expect((await request.get(`${host.origin}/presenter`)).status()).toBe(401);
  expect((await request.get(`${host.origin}/`)).status()).toBe(401);
  expect((await request.get(`${host.origin}/?token=wrong`)).status()).toBe(401);
  // The presenter's token does not open the console.
  expect((await request.get(`${host.origin}/?token=${tokenOf(host.presenterUrl)}`)).status()).toBe(
    401,
  );
  expect((await request.get(host.presenterUrl)).status()).toBe(200);
});

test('a WebSocket upgrade without a valid token is refused with 401', async ({ host }) => {
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=nope`);
  const status = await new Promise<number>((resolve) => {
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => resolve(-1));
  });
  expect(status).toBe(401);
});

test('the presenter token may read but its commands are refused', async ({ host }) => {
  const presenter = tokenOf(host.presenterUrl);
  const read = await invokeOverSocket(host, presenter, 'library.list', {});
  expect(read.ok).toBe(true);
  const refused = await invokeOverSocket(host, presenter, 'cohort.create', { name: 'Sneaky' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
});

test('invalid and unknown requests get typed errors, not crashes', async ({ host }) => {
  const token = tokenOf(host.consoleUrl);
  expect(await invokeOverSocket(host, token, 'cohort.create', { name: '' })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input' },
  });
  expect(await invokeOverSocket(host, token, 'no.such.thing', {})).toMatchObject({
    ok: false,
    error: { code: 'unknown-request' },
  });
  // The host is still answering.
  expect((await invokeOverSocket(host, token, 'app.info', {})).ok).toBe(true);
});

test('console and presenter pages open side by side', async ({ consolePage, presenterPage }) => {
  await presenterPage.open();
  await expect(consolePage.getByRole('heading', { name: 'Cohorts', level: 1 })).toBeVisible();
  await expect(presenterPage.view()).toBeVisible();
});

test('pages carry the strict Content-Security-Policy header', async ({ request, host }) => {
  const response = await request.get(host.consoleUrl);
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
});
