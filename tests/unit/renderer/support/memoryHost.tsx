/**
 * The real engine host on a temporary library folder, reached through an in-memory transport
 * instead of IPC or a WebSocket: requests go through the core's router and events come from its
 * broadcaster, each copied as JSON as the wire would, and the renderer's validating client wraps
 * it as in the app. Component tests render console panels against it with `renderWithHost`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { createCoreHost, type CoreHost } from '../../../../electron/core/host.ts';
import type { DesktopShell } from '../../../../electron/core/services.ts';
import { DEMO_COHORT_FILE_NAME } from '../../../../electron/core/library/seedDemo.ts';
import {
  consoleContract,
  createBridge,
  type RawTransport,
} from '../../../../shared/contract/index.ts';
import { ConnectionProvider } from '../../../../renderer/bridge/ConnectionContext.tsx';
import type { Connection } from '../../../../renderer/bridge/connect.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const DEMO_COHORT_FILE = join(ROOT, 'build', 'demo', DEMO_COHORT_FILE_NAME);

export interface MemoryHost {
  core: CoreHost;
  connection: Connection;
  /** Ends the host and removes its folder. */
  close(): Promise<void>;
}

/** What crosses a real transport is JSON: nothing by reference, no Dates or undefined fields. */
const overTheWire = <T,>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

export function memoryTransport(core: CoreHost): RawTransport {
  return {
    invoke: async (name, input) =>
      overTheWire(await core.router(name, overTheWire(input), { role: 'console' })),
    subscribe: (listener) =>
      core.broadcaster.connect('console', ({ name, payload }) =>
        listener(name, overTheWire(payload)),
      ),
  };
}

/**
 * Starts a host on an empty library, or one holding the demo cohort; with `desktop`, a host that
 * says it is the desktop app, with that stand-in for the shell's powers (its native dialogs).
 */
export async function startMemoryHost(
  options: { demo?: boolean; desktop?: DesktopShell } = {},
): Promise<MemoryHost> {
  const dir = await mkdtemp(join(tmpdir(), 'fc-component-'));
  const core = await createCoreHost({
    dataFolder: join(dir, 'library'),
    dataFolderGiven: true,
    userDataFolder: join(dir, 'user'),
    hostKind: options.desktop ? 'electron' : 'browser',
    version: 'test',
    ...(options.demo ? { demoCohortFile: DEMO_COHORT_FILE } : {}),
    ...(options.desktop ? { desktop: options.desktop } : {}),
  });
  const connection: Connection = {
    bridge: createBridge(memoryTransport(core), consoleContract),
    host: options.desktop ? 'electron' : 'browser',
    state: () => 'open',
    onStateChange: () => () => undefined,
  };
  return {
    core,
    connection,
    async close() {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Renders a piece of the console inside the host's connection, as the console's root does. */
export const renderWithHost = (host: MemoryHost, ui: ReactElement): RenderResult =>
  render(<ConnectionProvider connection={host.connection}>{ui}</ConnectionProvider>);
