/**
 * The projector must not go dark in the middle of a session: while a live session runs, the shell
 * keeps the displays awake (Electron's powerSaveBlocker, 'prevent-display-sleep'), and lets them
 * sleep again once none runs. The decision is pure; the guard below applies it to a blocker it is
 * given, so tests pass a stand-in.
 */
import type { PowerSaveBlocker } from 'electron';

/** A session as the core lists it (LiveSessionHost.running()). */
export interface SessionRun {
  cohortId: string;
  sessionId: string;
}

/** Whether the displays must stay awake: while any live session is running. */
export const keepDisplaysAwake = (running: readonly SessionRun[]): boolean => running.length > 0;

/** What to do with the blocker: start it, stop it, or leave it as it is. */
export function displaySleepStep(
  running: readonly SessionRun[],
  blocking: boolean,
): 'start' | 'stop' | 'keep' {
  const wanted = keepDisplaysAwake(running);
  if (wanted === blocking) return 'keep';
  return wanted ? 'start' : 'stop';
}

export interface DisplaySleepGuard {
  /** Brings the blocker in line with the sessions running now. */
  update(running: readonly SessionRun[]): void;
  /** Lets the displays sleep (the app is quitting). */
  release(): void;
}

export function createDisplaySleepGuard(
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>,
  log: (message: string) => void,
): DisplaySleepGuard {
  let blockerId: number | undefined;
  const stop = () => {
    if (blockerId !== undefined && blocker.isStarted(blockerId)) blocker.stop(blockerId);
    blockerId = undefined;
  };
  return {
    update(running) {
      const blocking = blockerId !== undefined && blocker.isStarted(blockerId);
      const step = displaySleepStep(running, blocking);
      if (step === 'start') {
        blockerId = blocker.start('prevent-display-sleep');
        log('a session is running: the displays stay awake');
      } else if (step === 'stop') {
        stop();
        log('no session is running: the displays may sleep again');
      }
    },
    release: stop,
  };
}
