/**
 * The Electron IPC transport: binds the core's router to ipcMain and the core's broadcaster to our
 * windows. Every request is checked for its sender first (our windows' main frames, showing our
 * pages); the console window calls as the console, the presenter window as the presenter, and
 * the router keeps each to its requests' audiences. Whatever arrives, the answer is a
 * Result, never a throw.
 */
import { ipcMain } from 'electron';
import {
  IPC_DROPPED_FILE_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
} from '../../shared/contract/bridge.ts';
import { fail, type Result } from '../../shared/contract/result.ts';
import type { CoreHost } from '../core/host.ts';
import { classifySender, type OurFrames } from './senders.ts';

export interface IpcBinding {
  core: CoreHost;
  appOrigin: string;
  frames: () => OurFrames;
  /** Sends on a channel to our window of that kind, if it shows an app page. */
  sendTo: (kind: 'console' | 'presenter', channel: string, ...args: unknown[]) => void;
  log: (message: string) => void;
}

/** Binds both directions; returns the unbinding. */
export function bindIpc({ core, appOrigin, frames, sendTo, log }: IpcBinding): () => void {
  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
      const verdict = classifySender(event.senderFrame, frames(), appOrigin);
      if (!verdict.trusted) {
        log(
          `refused ${String(name)} from ${event.senderFrame?.url ?? 'a closed frame'}: ${verdict.reason}`,
        );
        return fail('rejected', `Request refused: ${verdict.reason}.`);
      }
      return core.router(name, input, { role: verdict.kind });
    },
  );

  // A file dropped on the console: main keeps its path and the page gets a one-use handle.
  ipcMain.handle(IPC_DROPPED_FILE_CHANNEL, (event, path: unknown): string => {
    const verdict = classifySender(event.senderFrame, frames(), appOrigin);
    if (!verdict.trusted || verdict.kind !== 'console') return '';
    if (typeof path !== 'string' || !path.toLowerCase().endsWith('.cohort')) return '';
    return core.services.chosenPaths.remember('open', path);
  });

  // Each window hears the events of its own role's audience.
  const disconnects = (['console', 'presenter'] as const).map((kind) =>
    core.broadcaster.connect(kind, ({ name, payload }) =>
      sendTo(kind, IPC_EVENT_CHANNEL, name, payload),
    ),
  );

  return () => {
    for (const disconnect of disconnects) disconnect();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    ipcMain.removeHandler(IPC_DROPPED_FILE_CHANNEL);
  };
}
