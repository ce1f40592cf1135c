/**
 * The browser host under load, in this process: a console command's round trip over its WebSocket
 * while 200 presenter connections hear every broadcast, and the host's memory while one client
 * has stopped reading.
 */
import { performance } from 'node:perf_hooks';
import {
  inProcessHost,
  mustOpen,
  request,
  retainedBytes,
  stalledClient,
} from '../unit/serve/support.ts';
import { percentile } from './support.ts';
import type { BenchRow } from './types.ts';

const VIEWERS = 200;
const COMMANDS = 300;
const STALL_BROADCASTS = 1000;

const idOf = (result: unknown) => (result as { value: { id: string } }).value.id;

async function runningSession(core: Awaited<ReturnType<typeof inProcessHost>>['core']) {
  const asConsole = { role: 'console' } as const;
  const cohortId = idOf(await core.router('cohort.create', { name: 'Load' }, asConsole));
  const members = [];
  for (const name of ['Ana', 'Ben', 'Cho', 'Dev', 'Eli', 'Fay']) {
    members.push(idOf(await core.router('member.add', { cohortId, name }, asConsole)));
  }
  const sessionId = idOf(
    await core.router(
      'session.create',
      { cohortId, date: '2026-12-01', attendance: members },
      asConsole,
    ),
  );
  await core.router('live.open', { cohortId, sessionId }, { role: 'console' });
  return { cohortId, sessionId };
}

async function withViewers(viewerCount: number): Promise<{ p50: number; p99: number }> {
  // The library on tmpfs: this measures what the connections cost, not the disk's fsync.
  const running = await inProcessHost({ maxConnections: viewerCount + 10, onTmpfs: true });
  try {
    const ref = await runningSession(running.core);
    const viewers = [];
    for (let i = 0; i < viewerCount; i++) {
      viewers.push(await mustOpen(running.socketUrl(running.tokens.presenter)));
    }
    const console_ = await mustOpen(running.socketUrl(running.tokens.console));
    const times: number[] = [];
    for (let i = 0; i < COMMANDS; i++) {
      const started = performance.now();
      await request(console_, i + 1, 'live.command', { ...ref, command: { type: 'queue.next' } });
      times.push(performance.now() - started);
    }
    for (const viewer of [...viewers, console_]) viewer.close();
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p99: percentile(times, 99) };
  } finally {
    await running.stop();
  }
}

async function stalledClientGrowth(): Promise<number> {
  const running = await inProcessHost({ onTmpfs: true });
  try {
    const ref = await runningSession(running.core);
    const stalled = await stalledClient(running.host.port, running.tokens.console);
    const before = retainedBytes();
    for (let i = 0; i < STALL_BROADCASTS; i++) {
      await running.core.router(
        'live.command',
        { ...ref, command: { type: 'note.add', text: `Note ${i}: ${'words '.repeat(20)}` } },
        { role: 'console' },
      );
    }
    const grown = retainedBytes() - before;
    stalled.destroy();
    return grown / 1024 / 1024;
  } finally {
    await running.stop();
  }
}

export async function run(): Promise<BenchRow[]> {
  const alone = await withViewers(0);
  const load = await withViewers(VIEWERS);
  const growth = await stalledClientGrowth();
  return [
    {
      name: 'connections: console command round trip, no other connection, p99',
      figure: alone.p99,
      unit: 'ms',
      target: 'info',
      met: true,
    },
    {
      name: `connections: console command round trip with ${VIEWERS} presenters connected, p50`,
      figure: load.p50,
      unit: 'ms',
      target: 'info',
      met: true,
    },
    {
      name: `connections: console command round trip with ${VIEWERS} presenters connected, p99`,
      figure: load.p99,
      unit: 'ms',
      target: 'info',
      met: true,
    },
    {
      name: `connections: what ${VIEWERS} presenters add to a console command, p99`,
      figure: Math.max(0, load.p99 - alone.p99),
      unit: 'ms',
      target: '≤ 5 ms',
      met: load.p99 - alone.p99 <= 5,
    },
    {
      name: `connections: memory the host holds after ${STALL_BROADCASTS} broadcasts, one client stalled`,
      figure: Math.round(growth * 10) / 10,
      unit: 'MB',
      target: '< 50 MB',
      met: growth < 50,
    },
  ];
}
