/**
 * Renders the console's live screen in a page (happy-dom) against the in-memory host, brings the
 * session to a clarifying round with someone on the floor, then clicks Start on the turn timer and
 * counts the components that rendered for that one command. React's Profiler counts the commits.
 */
import { closePage, onCommit } from './dom.ts';
import { act, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { consoleContract, createBridge } from '../../../shared/contract/index.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import { ConnectionProvider } from '../../../renderer/bridge/ConnectionContext.tsx';
import type { Connection } from '../../../renderer/bridge/connect.ts';
import { LiveScreen } from '../../../renderer/console/Live/LiveScreen.tsx';
import { todayIso } from '../../../renderer/ui/format/dates.ts';
import { benchCohort, fakeHost } from './fakeHost.ts';
import { RenderCounter } from './renderCount.ts';

export interface CommandRenders {
  /** The components that rendered, one name per instance. */
  components: string[];
  /** Commits React's Profiler saw for the command. */
  commits: number;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function until(what: string, check: () => boolean) {
  for (let tries = 0; tries < 100; tries++) {
    if (check()) return;
    await act(settle);
  }
  throw new Error(`The live screen never showed ${what}.`);
}

export async function measureTurnTimerStart(): Promise<CommandRenders> {
  const host = fakeHost(benchCohort(todayIso()), () => Date.now());
  const bridge = createBridge(host.transport, consoleContract);
  const connection: Connection = {
    bridge,
    host: 'browser',
    state: () => 'open',
    onStateChange: () => () => undefined,
  };
  const counter = new RenderCounter();
  const stopFollowing = onCommit((root) => counter.commit(root));
  let commits = 0;

  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  try {
    await act(async () => {
      root.render(
        <ConnectionProvider connection={connection}>
          <Profiler id="live" onRender={() => void commits++}>
            <LiveScreen cohortId="cohort-1" sessionId="session-1" />
          </Profiler>
        </ConnectionProvider>,
      );
      await settle();
    });
    const controls = () => container.querySelector('[aria-label="Turn timer controls"]');
    await until('the turn timer', () => controls() !== null);

    const send = async (command: LiveCommandInput) => {
      const result = await bridge.invoke('live.command', {
        cohortId: 'cohort-1',
        sessionId: 'session-1',
        command,
      });
      if (!result.ok) throw new Error(`${command.type} was refused: ${result.error.message}`);
    };
    // A clarifying round in progress: the first speaker has the floor, the turn timer not started.
    await act(async () => {
      await send({ type: 'options.set', autoStartTurnOnFloor: false });
      await send({ type: 'agenda.goto', segmentId: 'clarifying' });
      await send({ type: 'queue.next' });
      await settle();
    });
    await until('the clarifying round', () =>
      Boolean(container.querySelector('[aria-label="Question deck"]')),
    );

    const runButton = () =>
      [...(controls()?.querySelectorAll('button') ?? [])].find((button) =>
        ['Start', 'Pause', 'Resume'].includes(button.textContent ?? ''),
      );
    if (runButton()?.textContent !== 'Start')
      throw new Error('The turn timer is not ready to start.');
    const before = host.commands;
    counter.reset();
    commits = 0;
    await act(async () => {
      runButton()!.click();
      await settle();
    });
    await until('the running turn timer', () => runButton()?.textContent === 'Pause');
    if (host.commands !== before + 1) throw new Error('The click did not send one command.');
    return { components: counter.names(), commits };
  } finally {
    stopFollowing();
    await act(async () => root.unmount());
    await closePage();
  }
}
