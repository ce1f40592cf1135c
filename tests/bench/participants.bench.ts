/**
 * Participants' phones: with 40 phones and a presenter connected to the browser host, a console
 * command's round trip, and the bytes each phone is sent per broadcast (its own view, only when it
 * changed); then the participants' page itself: its first load's compressed transfer and the time
 * until it is interactive (the names to pick from on screen) with Chromium's CPU slowed 4×.
 */
import { performance } from 'node:perf_hooks';
import type { WebSocket } from 'ws';
import { startHost } from '../e2e/support/browserHost.ts';
import { inProcessHost, mustOpen, request } from '../unit/serve/support.ts';
import { launchChromium, percentile } from './support.ts';
import type { BenchRow } from './types.ts';

const PHONES = 40;
const COMMANDS = 200;
const asConsole = { role: 'console' } as const;
const valueOf = <T>(result: unknown) => (result as { value: T }).value;

async function withPhones() {
  const running = await inProcessHost({ maxConnections: PHONES + 10, onTmpfs: true });
  try {
    const { core } = running;
    const cohortId = valueOf<{ id: string }>(
      await core.router('cohort.create', { name: 'Load' }, asConsole),
    ).id;
    const members: string[] = [];
    for (let i = 0; i < PHONES; i++)
      members.push(
        valueOf<{ id: string }>(
          await core.router('member.add', { cohortId, name: `Member ${i + 1}` }, asConsole),
        ).id,
      );
    const sessionId = valueOf<{ id: string }>(
      await core.router(
        'session.create',
        { cohortId, date: '2026-12-01', attendance: members },
        asConsole,
      ),
    ).id;
    await core.router('live.open', { cohortId, sessionId }, asConsole);
    const { code } = valueOf<{ code: string }>(
      await core.router('join.open', { cohortId, sessionId }, asConsole),
    );
    const state = valueOf<{ state: { people: { id: string }[] } }>(
      await core.router('live.state', { cohortId, sessionId }, asConsole),
    );
    const base = `ws://127.0.0.1:${running.host.port}/ws/participant`;
    const phones: WebSocket[] = [];
    const bytes = { total: 0, frames: 0 };
    for (const person of state.state.people) {
      const joined = valueOf<{ token: string }>(
        await core.router(
          'participant.claim',
          { code, attendeeId: person.id },
          { role: 'participant' },
        ),
      );
      const phone = await mustOpen(`${base}?device=${joined.token}`);
      phones.push(phone);
    }
    const presenter = await mustOpen(running.socketUrl(running.tokens.presenter));
    const console_ = await mustOpen(running.socketUrl(running.tokens.console));
    // Let the first views go out, then count only what the commands cause.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const phone of phones)
      phone.on('message', (data: Buffer) => {
        bytes.total += data.length;
        bytes.frames += 1;
      });
    const times: number[] = [];
    const ref = { cohortId, sessionId };
    // Each command changes what every phone shows: the step, then its timers.
    const commands = [
      { type: 'agenda.next' },
      { type: 'timer.pause', timer: 'segment' },
      { type: 'timer.resume', timer: 'segment' },
    ];
    for (let i = 0; i < COMMANDS; i++) {
      const command = i === 0 ? commands[0] : commands[1 + (i % 2)];
      const started = performance.now();
      await request(console_, i + 1, 'live.command', { ...ref, command });
      times.push(performance.now() - started);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const socket of [...phones, presenter, console_]) socket.close();
    times.sort((a, b) => a - b);
    return {
      p99: percentile(times, 99),
      bytesPerPhonePerBroadcast: bytes.total / PHONES / COMMANDS,
      framesPerPhone: bytes.frames / PHONES,
    };
  } finally {
    await running.stop();
  }
}

async function phonePage() {
  const host = await startHost({ demo: true });
  const browser = await launchChromium();
  try {
    // A phone that has just scanned the code: nothing cached, a mid-range phone's CPU.
    const context = await browser.newContext({
      viewport: { width: 412, height: 915 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await context.newPage();
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let transferred = 0;
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      transferred += event.encodedDataLength;
    });
    const started = performance.now();
    await phone.goto(`${host.origin}/join`);
    await phone.getByRole('textbox', { name: /Join code/ }).waitFor({ state: 'visible' });
    const interactiveMs = performance.now() - started;
    await context.close();
    return { transferredKb: transferred / 1024, interactiveMs };
  } finally {
    await browser.close();
    await host.stop();
  }
}

export async function run(): Promise<BenchRow[]> {
  const load = await withPhones();
  const page = await phonePage();
  return [
    {
      name: `participants: console command round trip with ${PHONES} phones and a presenter, p99`,
      figure: load.p99,
      unit: 'ms',
      target: '< 20 ms',
      met: load.p99 < 20,
    },
    {
      name: 'participants: bytes each phone is sent per broadcast',
      figure: Math.round(load.bytesPerPhonePerBroadcast),
      unit: 'B',
      target: '< 1024',
      met: load.bytesPerPhonePerBroadcast < 1024,
    },
    {
      name: "participants: the phone page's first load, compressed transfer",
      figure: Math.round(page.transferredKb * 10) / 10,
      unit: 'kB',
      target: '≤ 100',
      met: page.transferredKb <= 100,
    },
    {
      name: 'participants: the phone page interactive at 4× CPU slowdown',
      figure: Math.round(page.interactiveMs),
      unit: 'ms',
      target: '≤ 1500',
      met: page.interactiveMs <= 1500,
    },
  ];
}
