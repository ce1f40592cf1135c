/**
 * The live session engine: 10,000 commands through router → reducer → store → broadcast with a
 * large cohort open (300 sessions, 20,000 notes, 3,000 commitments, in the real cohort store),
 * the timer drift over a 3-hour session, and the run log's size per hour of a realistic session.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Broadcaster } from '../../electron/core/broadcaster.ts';
import { coreHandlers } from '../../electron/core/handlers/index.ts';
import { manualClock, monotonicClock } from '../../electron/core/live/clock.ts';
import { LiveSessionHost } from '../../electron/core/live/LiveSessionHost.ts';
import { createPublisher } from '../../electron/core/publisher.ts';
import { Room } from '../../electron/core/room/Room.ts';
import { createRouter } from '../../electron/core/router.ts';
import type { CoreServices } from '../../electron/core/services.ts';
import { openCohortStore } from '../../electron/core/store/index.ts';
import type { Cohort } from '../../shared/cohort/schema.ts';
import type { LiveCommandInput } from '../../shared/live/commands.ts';
import { LiveCommandSchema } from '../../shared/live/commands.ts';
import { largeCohortText } from '../fixtures/largeCohort.ts';
import { fakeStore, recorder, testCohort } from '../unit/live/fakeStore.ts';
import { simulateDrift } from '../unit/live/drift.ts';
import { percentile } from './support.ts';
import type { BenchRow } from './types.ts';

const COMMANDS = 10_000;

/** A facilitator's mix: mostly queue and deck, some timers, a note now and then. */
function commandAt(i: number, people: string[]): LiveCommandInput {
  const step = i % 20;
  if (i % 50 === 49)
    return { type: 'note.add', text: `Observation ${i}: the owner named a blocker` };
  if (i % 500 === 250)
    return { type: 'agenda.goto', segmentId: i % 1000 === 250 ? 'clarifying' : 'recommendations' };
  switch (step) {
    case 0:
    case 4:
    case 8:
    case 12:
      return { type: 'deck.draw' };
    case 1:
    case 5:
    case 9:
    case 13:
      return { type: 'deck.show' };
    case 16:
      return { type: 'timer.pause', timer: 'segment' };
    case 17:
      return { type: 'timer.resume', timer: 'segment' };
    case 18:
      return { type: 'timer.adjust', timer: 'turn', deltaMs: 10_000 };
    case 19:
      return { type: 'queue.give', personId: people[i % people.length]! };
    default:
      return { type: 'queue.next' };
  }
}

interface EngineFigures {
  p50: number;
  p99: number;
  consoleBytes: number;
  presenterBytes: number;
  flushP99: number;
  perFlush: number;
}

async function throughRouter(): Promise<EngineFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'engine-bench-'));
  let closeStore = async () => {};
  try {
    const folder = join(dir, 'library');
    await (await import('node:fs/promises')).mkdir(folder, { recursive: true });
    const path = join(folder, 'Large cohort.cohort');
    await writeFile(path, largeCohortText());
    const store = await openCohortStore({
      folder,
      userDataFolder: join(dir, 'user'),
      watch: false,
    });
    closeStore = () => store.close();
    const cohortId = (await store.open(path)).id;
    const cohort = await store.read(cohortId);

    const broadcaster = new Broadcaster();
    // One console and one presenter connected: the bytes each would be sent, as the WebSocket
    // transport sends them (the frame each event is serialised to once).
    const received = { console: 0, presenter: 0 };
    for (const role of ['console', 'presenter'] as const) {
      broadcaster.connect(role, (event) => void (received[role] += event.frame().length));
    }
    // Time the store's side (one update per batch of applied commands) apart from the commands.
    const flushes: number[] = [];
    const timedStore = {
      read: (id: string) => store.read(id),
      update<T>(id: string, mutate: (draft: Cohort) => T) {
        const start = performance.now();
        // Until the store has applied and validated the batch (it may wait for a microtask).
        return store.update(id, mutate).finally(() => flushes.push(performance.now() - start));
      },
    };
    const clock = monotonicClock();
    const room = new Room(clock, (cohortId) => store.read(cohortId));
    const publisher = createPublisher({ broadcaster, store, room });
    const live = new LiveSessionHost({ store: timedStore, broadcaster: publisher.live, clock });
    const services = {
      store,
      broadcaster,
      live,
      room,
      version: 'bench',
      hostKind: 'browser',
    } as CoreServices;
    const router = publisher.publishing(createRouter(coreHandlers(services)));
    const ctx = { role: 'console' } as const;

    const attendance = cohort.members.slice(0, 10).map((m) => m.id);
    const created = await router(
      'session.create',
      { cohortId, date: '2026-06-01', attendance },
      ctx,
    );
    if (!created.ok) throw new Error(created.error.message);
    const sessionId = (created.value as { id: string }).id;
    const ref = { cohortId, sessionId };
    for (const command of [
      { type: 'agenda.goto', segmentId: 'clarifying' },
      { type: 'challenge.enter', attendeeId: attendance[0], text: 'Hiring is stuck' },
      { type: 'challenge.choose', challengeId: `challenge-${attendance[0]}` },
    ]) {
      await router('live.open', ref, ctx);
      const result = await router('live.command', { ...ref, command }, ctx);
      if (!result.ok) throw new Error(result.error.message);
    }

    flushes.length = 0;
    received.console = 0;
    received.presenter = 0;
    const times: number[] = [];
    for (let i = 0; i < COMMANDS; i++) {
      const command = commandAt(i, attendance);
      // Each command arrives as its own event, as IPC and WebSocket messages do.
      await new Promise((resolve) => setImmediate(resolve));
      const start = performance.now();
      await router('live.command', { ...ref, command }, ctx);
      times.push(performance.now() - start);
    }
    await live.flush();
    await store.flush();
    times.sort((a, b) => a - b);
    const batches = flushes.length;
    flushes.sort((a, b) => a - b);
    return {
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      consoleBytes: received.console / COMMANDS,
      presenterBytes: received.presenter / COMMANDS,
      flushP99: percentile(flushes, 99),
      perFlush: COMMANDS / Math.max(1, batches),
    };
  } finally {
    await closeStore();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A 90-minute session at a realistic pace, through the host with a manual clock: log bytes per hour. */
async function runLogPerHour(): Promise<{ bytesPerHour: number; commandsPerHour: number }> {
  const store = fakeStore(testCohort('c', ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']));
  const clock = manualClock(1_780_000_000_000);
  const host = new LiveSessionHost({ store, broadcaster: recorder(), clock, persistDelayMs: 0 });
  const people = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
  const session = await host.createSession({
    cohortId: 'c',
    date: '2026-06-01',
    attendance: people,
  });
  await host.open('c', session.id);
  let count = 0;
  const at = async (seconds: number, command: LiveCommandInput) => {
    clock.advance(seconds * 1000);
    count++;
    await host.command('c', session.id, LiveCommandSchema.parse(command)).catch(() => undefined);
  };
  await at(0, { type: 'agenda.next' });
  for (const p of people) await at(30, { type: 'queue.give', personId: p }); // check-in
  await at(10, { type: 'agenda.next' });
  for (const p of people)
    await at(60, {
      type: 'challenge.enter',
      attendeeId: p,
      text: 'A complex problem that affects others and takes mental energy',
    });
  await at(10, { type: 'agenda.next' });
  for (const p of people)
    await at(20, {
      type: 'challenge.vote',
      voterId: p,
      challengeId: `challenge-${people[p.length % 3]}`,
    });
  await at(10, { type: 'challenge.closeVote' });
  await at(10, { type: 'agenda.next' });
  for (let q = 0; q < 30; q++) {
    await at(5, { type: 'deck.draw' });
    await at(3, { type: 'deck.show' });
    await at(2, { type: 'queue.next' });
    await at(15, { type: 'queue.next' });
    if (q % 5 === 0) await at(10, { type: 'timer.adjust', timer: 'turn', deltaMs: 10_000 });
    if (q % 3 === 0)
      await at(10, {
        type: 'note.add',
        text: 'The owner mentioned the approvals bottleneck again.',
      });
  }
  await at(10, { type: 'agenda.next' });
  await at(0, { type: 'queue.mode', mode: 'balanced' });
  for (let r = 0; r < 8; r++) {
    await at(5, { type: 'queue.next' });
    await at(90, {
      type: 'note.add',
      kind: 'recommendation',
      text: 'Try a weekly approvals slot with the finance lead.',
    });
  }
  await at(10, { type: 'agenda.next' });
  for (let c = 0; c < 6; c++)
    await at(120, {
      type: 'commitment.add',
      ownerId: people[0]!,
      text: 'Complete prototype 1 by Friday',
      dueDate: '2026-06-05',
    });
  await at(10, { type: 'agenda.next' });
  for (const p of people) await at(60, { type: 'queue.give', personId: p });
  await at(10, { type: 'session.end' });
  const record = store.cohort('c').sessions.find((s) => s.id === session.id)!;
  const log = record.runLog;
  const hours = (log.at(-1)!.now - log[0]!.now) / 3_600_000;
  const bytes = JSON.stringify(log).length;
  return { bytesPerHour: Math.round(bytes / hours), commandsPerHour: Math.round(count / hours) };
}

export async function run(): Promise<BenchRow[]> {
  const engine = await throughRouter();
  const drift = simulateDrift(2000, 3 * 3_600_000);
  const log = await runLogPerHour();
  return [
    {
      name: 'live: p50 per command, router → reducer → broadcast, large cohort open (real store)',
      figure: engine.p50,
      unit: 'ms',
      target: '< 1 ms',
      met: engine.p50 < 1,
    },
    {
      name: `live: p99 per command over ${COMMANDS.toLocaleString('en')} commands`,
      figure: engine.p99,
      unit: 'ms',
      target: '< 1 ms',
      met: engine.p99 < 1,
    },
    {
      name: `live: store update per batch (~${Math.round(engine.perFlush)} commands / 100 ms), p99`,
      figure: engine.flushP99,
      unit: 'ms',
      target: '< 50 ms',
      met: engine.flushP99 < 50,
    },
    {
      name: 'live: bytes the console receives per live command',
      figure: Math.round(engine.consoleBytes),
      unit: 'bytes',
      target: 'info',
      met: true,
    },
    {
      name: 'live: bytes the presenter receives per live command (room view)',
      figure: Math.round(engine.presenterBytes),
      unit: 'bytes',
      target: '≤ 4 kB',
      met: engine.presenterBytes <= 4096,
    },
    {
      name: `live: timer drift, 3-hour session, ${drift.operations} operations`,
      figure: drift.driftMs,
      unit: 'ms',
      target: '0 ms',
      met: drift.driftMs === 0,
    },
    {
      name: `live: run log per hour (${log.commandsPerHour} commands/hour)`,
      figure: log.bytesPerHour,
      unit: 'bytes/hour',
      target: '< 100 kB/hour',
      met: log.bytesPerHour < 100_000,
    },
  ];
}
