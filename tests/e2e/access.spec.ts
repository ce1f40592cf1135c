import WebSocket from 'ws';
import { makeDataFolder, type RunningHost } from './support/browserHost.ts';
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

test('the presenter token reads the room view only; the rest is refused with typed errors', async ({
  host,
}) => {
  const presenter = tokenOf(host.presenterUrl);
  const view = await invokeOverSocket(host, presenter, 'room.view', {});
  expect(view).toMatchObject({ ok: true, value: { screen: 'waiting' } });
  const created = await invokeOverSocket(host, tokenOf(host.consoleUrl), 'cohort.create', {
    name: 'Private circle',
  });
  const cohortId = (created as unknown as { value: { id: string } }).value.id;
  for (const [name, input] of [
    ['library.list', {}],
    ['library.folder', {}],
    ['library.recent', {}],
    ['cohort.get', { cohortId }],
    ['cohort.backups', { cohortId }],
    ['deck.get', { cohortId }],
    ['live.running', {}],
  ] as const) {
    const refused = await invokeOverSocket(host, presenter, name, input);
    expect(refused, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(refused)).not.toContain(cohortId);
  }
  const command = await invokeOverSocket(host, presenter, 'cohort.create', { name: 'Sneaky' });
  expect(command).toMatchObject({ ok: false, error: { code: 'read-only' } });
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

test('the token leaves the address bar and no cookie carries it; a reload still opens the page', async ({
  page,
  host,
}) => {
  await page.goto(host.consoleUrl);
  const heading = page.getByRole('heading', { name: 'Cohorts', level: 1 });
  await expect(heading).toBeVisible();
  await expect.poll(() => page.url()).not.toContain('token=');
  expect(await page.context().cookies()).toEqual([]);
  await page.reload();
  await expect(heading).toBeVisible();
  expect(page.url()).not.toContain('token=');
});

test('an open presenter reconnects by itself when the host restarts with the same links', async ({
  browser,
  startHost,
}) => {
  const dataFolder = makeDataFolder();
  const first = await startHost({ dataFolder });
  const port = new URL(first.origin).port;
  const page = await browser.newPage();
  await page.goto(first.presenterUrl);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.getByText('Connecting…')).toHaveCount(0);
  await first.stop();
  await expect(page.getByText('Connecting…')).toBeVisible();
  const again = await startHost({ dataFolder, extraArgs: ['--port', port] });
  expect(again.presenterUrl).toBe(first.presenterUrl);
  await expect(page.getByText('Connecting…')).toHaveCount(0, { timeout: 15_000 });
  await page.close();
});
