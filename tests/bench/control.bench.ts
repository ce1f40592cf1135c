/**
 * The facilitator's control reaching the room, in Chromium through the real browser host (run in
 * this process, with the built renderer, so the bench can read the host's own clock):
 * - a console command → the presenter's DOM: a key pressed on the console page (+ or −, the turn
 *   timer's ten seconds) until the presenter page's timer digits change, 200 times. Both pages are
 *   in one browser and stamp with performance.timeOrigin + now, so the two ends share a clock;
 *   the loop runs inside the pages, so the bench process (which also runs the host) stays idle.
 * - each view's error about the host's clock: what the page believes the host's now is, against
 *   the host's clock read just before and just after asking the page.
 */
import type { Page } from '@playwright/test';
import { ensureRendererBuilt } from '../../electron/serve/rendererFolder.ts';
import { inProcessHost } from '../unit/serve/support.ts';
import { launchChromium, percentile } from './support.ts';
import type { BenchRow } from './types.ts';

const COMMANDS = 200;
const CLOCK_PROBES = 60;
const FRAME_MS = 16.7;
const CLOCK_TARGET_MS = 8;

const idOf = (result: unknown) => (result as { value: { id: string } }).value.id;
const round = (ms: number) => Math.round(ms * 100) / 100;

/** A cohort of five with a session begun: its first segment entered, so the console runs it. */
async function begunSession(core: Awaited<ReturnType<typeof inProcessHost>>['core']) {
  const asConsole = { role: 'console' } as const;
  const cohortId = idOf(await core.router('cohort.create', { name: 'Bench' }, asConsole));
  const members = [];
  for (const name of ['Ana', 'Ben', 'Cho', 'Dev', 'Eli']) {
    members.push(idOf(await core.router('member.add', { cohortId, name }, asConsole)));
  }
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const sessionId = idOf(
    await core.router('session.create', { cohortId, date, attendance: members }, asConsole),
  );
  await core.router('live.open', { cohortId, sessionId }, asConsole);
  await core.router(
    'live.command',
    { cohortId, sessionId, command: { type: 'agenda.next' } },
    asConsole,
  );
  return { cohortId, sessionId };
}

/** Presses + and − in turn on the console and stamps when the presenter's turn digits change. */
async function commandToPresenter(consolePage: Page, presenterPage: Page): Promise<number[]> {
  await presenterPage.evaluate(() => {
    const digits = document.querySelector('[role="timer"][aria-label="Turn"] .timer__digits');
    if (!digits) throw new Error('The presenter shows no turn timer.');
    const channel = new BroadcastChannel('bench-control');
    new MutationObserver(() =>
      channel.postMessage(performance.timeOrigin + performance.now()),
    ).observe(digits, { characterData: true, childList: true, subtree: true });
  });
  return consolePage.evaluate(async (count) => {
    const channel = new BroadcastChannel('bench-control');
    const delays: number[] = [];
    for (let i = 0; i < count; i++) {
      const changed = new Promise<number>((resolve, reject) => {
        const late = setTimeout(
          () => reject(new Error(`The presenter did not change after command ${i + 1}.`)),
          5000,
        );
        channel.onmessage = (message: MessageEvent<number>) => {
          clearTimeout(late);
          resolve(message.data);
        };
      });
      const pressed = performance.timeOrigin + performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 === 0 ? '+' : '-' }));
      delays.push((await changed) - pressed);
      // A facilitator's pace is nowhere near this; the pause keeps one command from overlapping the next.
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return delays;
  }, COMMANDS);
}

/** Probes whose two reads of the host's clock are further apart than this say too little. */
const TIGHT_BRACKET_MS = 2;
const MAX_PROBES = 2000;

/**
 * |the page's estimate of the host's now − the host's now|. Each probe is bracketed by two reads of
 * the host's clock (whole milliseconds, floored: its true instant is half a millisecond on); only
 * probes whose bracket is tight count, so what is measured is the view's error, not the probe's.
 */
async function clockErrors(page: Page, hostNow: () => number) {
  const errors: number[] = [];
  for (let tries = 0; errors.length < CLOCK_PROBES && tries < MAX_PROBES; tries++) {
    const before = hostNow();
    const estimate = await page.evaluate(() => window.hostClockProbe!.now());
    const after = hostNow();
    if (after - before <= TIGHT_BRACKET_MS) {
      errors.push(Math.abs(estimate - ((before + after) / 2 + 0.5)));
    }
    await page.waitForTimeout(10);
  }
  if (errors.length < CLOCK_PROBES) throw new Error('Too few tight probes of the clock.');
  errors.sort((a, b) => a - b);
  return { p95: percentile(errors, 95), max: errors.at(-1)! };
}

export async function run(): Promise<BenchRow[]> {
  const rendererFolder = ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  const running = await inProcessHost({ rendererFolder, onTmpfs: true });
  const browser = await launchChromium();
  try {
    const ref = await begunSession(running.core);
    const context = await browser.newContext();
    const consolePage = await context.newPage();
    const presenterPage = await context.newPage();
    const live = `#/cohort/${encodeURIComponent(ref.cohortId)}/session/${encodeURIComponent(ref.sessionId)}`;
    await consolePage.goto(`${running.origin}/?token=${running.tokens.console}${live}`);
    await consolePage.getByRole('region', { name: 'Floor' }).waitFor();
    await presenterPage.goto(`${running.origin}/presenter?token=${running.tokens.presenter}`);
    await presenterPage.getByRole('timer', { name: 'Turn' }).waitFor();
    // The clock's burst of round trips is over well within this.
    await consolePage.waitForTimeout(1000);

    const delays = (await commandToPresenter(consolePage, presenterPage)).sort((a, b) => a - b);
    const hostNow = () => running.core.services.clock.now();
    const onConsole = await clockErrors(consolePage, hostNow);
    const onPresenter = await clockErrors(presenterPage, hostNow);
    const p50 = percentile(delays, 50);
    const p95 = percentile(delays, 95);
    const clockRow = (view: string, measured: typeof onConsole): BenchRow => ({
      name: `${view}'s error about the host's clock, p95 of ${CLOCK_PROBES} (max ${round(measured.max)} ms, ±${TIGHT_BRACKET_MS / 2} ms)`,
      figure: round(measured.p95),
      unit: 'ms',
      target: `≤ ${CLOCK_TARGET_MS}`,
      met: measured.max <= CLOCK_TARGET_MS,
    });
    return [
      {
        name: `console command → presenter DOM, p50 of ${COMMANDS} (Chromium, browser host)`,
        figure: round(p50),
        unit: 'ms',
        target: `≤ ${FRAME_MS}`,
        met: p50 <= FRAME_MS,
      },
      {
        name: `console command → presenter DOM, p95 of ${COMMANDS}`,
        figure: round(p95),
        unit: 'ms',
        target: `≤ ${FRAME_MS}`,
        met: p95 <= FRAME_MS,
      },
      clockRow('console', onConsole),
      clockRow('presenter', onPresenter),
    ];
  } finally {
    await browser.close();
    await running.stop();
  }
}
