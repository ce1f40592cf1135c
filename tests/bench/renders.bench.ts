/**
 * How many components render for one turn-timer command on the console's live screen: the screen
 * rendered by React in a page (happy-dom) against an in-memory host, one click on Start, every
 * rendered component counted from React's commits. Vite loads the harness, as it builds the
 * renderer (TSX, CSS imports).
 */
import { createServer } from 'vite';
import type { measureTurnTimerStart } from './renders/measure.tsx';
import type { BenchRow } from './types.ts';

const TARGET = 3;

export async function run(): Promise<BenchRow[]> {
  const server = await createServer({
    configFile: false,
    root: `${import.meta.dirname}/../..`,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const harness = (await server.ssrLoadModule('/tests/bench/renders/measure.tsx')) as {
      measureTurnTimerStart: typeof measureTurnTimerStart;
    };
    const { components, commits } = await harness.measureTurnTimerStart();
    process.stderr.write(
      `  turn timer start: ${commits} commit(s); rendered ${components.join(', ') || 'nothing'}\n`,
    );
    return [
      {
        name: 'live screen: components rendered per turn-timer command',
        figure: components.length,
        unit: 'components',
        target: `≤ ${TARGET}`,
        met: components.length > 0 && components.length <= TARGET,
      },
    ];
  } finally {
    await server.close();
  }
}
