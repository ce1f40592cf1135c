import { describe, expect, it } from 'vitest';
import {
  createDisplaySleepGuard,
  displaySleepStep,
  keepDisplaysAwake,
} from '../../../electron/main/powerSave.ts';

const run = (sessionId: string) => ({ cohortId: 'leads', sessionId });

/** Electron's powerSaveBlocker, as far as the guard uses it. */
function fakeBlocker() {
  const started = new Set<number>();
  let next = 1;
  return {
    started,
    starts: [] as string[],
    start(type: 'prevent-app-suspension' | 'prevent-display-sleep') {
      this.starts.push(type);
      started.add(next);
      return next++;
    },
    stop: (id: number) => started.delete(id),
    isStarted: (id: number) => started.has(id),
  };
}

describe('keepDisplaysAwake and displaySleepStep', () => {
  it('keeps the displays awake while any session runs', () => {
    expect(keepDisplaysAwake([])).toBe(false);
    expect(keepDisplaysAwake([run('a')])).toBe(true);
    expect(keepDisplaysAwake([run('a'), run('b')])).toBe(true);
  });

  it('starts the blocker when the first session starts and stops it when the last ends', () => {
    expect(displaySleepStep([run('a')], false)).toBe('start');
    expect(displaySleepStep([run('a'), run('b')], true)).toBe('keep');
    expect(displaySleepStep([run('b')], true)).toBe('keep');
    expect(displaySleepStep([], true)).toBe('stop');
    expect(displaySleepStep([], false)).toBe('keep');
  });
});

describe('createDisplaySleepGuard', () => {
  it('holds one display-sleep blocker for as long as sessions run, whatever the updates', () => {
    const blocker = fakeBlocker();
    const guard = createDisplaySleepGuard(blocker, () => undefined);
    guard.update([]);
    expect(blocker.starts).toEqual([]);
    guard.update([run('a')]);
    guard.update([run('a')]);
    guard.update([run('a'), run('b')]);
    expect(blocker.starts).toEqual(['prevent-display-sleep']);
    expect(blocker.started.size).toBe(1);
    guard.update([run('b')]);
    expect(blocker.started.size).toBe(1);
    guard.update([]);
    expect(blocker.started.size).toBe(0);
  });

  it('starts again if the blocker was stopped behind its back, and lets go on release', () => {
    const blocker = fakeBlocker();
    const guard = createDisplaySleepGuard(blocker, () => undefined);
    guard.update([run('a')]);
    blocker.started.clear();
    guard.update([run('a')]);
    expect(blocker.starts).toHaveLength(2);
    guard.release();
    expect(blocker.started.size).toBe(0);
    guard.release();
  });
});
