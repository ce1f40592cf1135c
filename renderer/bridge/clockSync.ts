/**
 * Keeps this view's estimate of the host's clock (renderer/ui/clock/hostClock.ts): a burst of
 * round trips ('app.clock') each time the connection opens, then one every half minute; while the
 * connection is down, the clock stands still. Runs for as long as the page does.
 */
import type { Bridge } from '../../shared/contract/index.ts';
import {
  addClockSample,
  forgetClockSamples,
  freezeHostClock,
  localNow,
  thawHostClock,
} from '../ui/clock/hostClock.ts';
import type { ConnectionState } from './websocketTransport.ts';

/** Round trips when the connection opens: enough that one of them travels without a hitch. */
export const BURST_SAMPLES = 8;
/** Between them: a busy moment (a garbage collection, a save) spoils one sample, not all. */
export const BURST_SPACING_MS = 100;
/** Then one now and then, so the estimate follows a clock that drifts. */
export const RESAMPLE_EVERY_MS = 30_000;

interface Source {
  bridge: Bridge;
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): () => void;
}

export function syncHostClock({ bridge, state, onStateChange }: Source): () => void {
  // Each opening of the connection starts a round of its own; a stale one stops by itself.
  let round = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const sample = async (mine: number): Promise<boolean> => {
    const sentAt = localNow();
    const result = await bridge.invoke('app.clock', {});
    const receivedAt = localNow();
    if (mine !== round || !result.ok) return false;
    addClockSample({ sentAt, receivedAt, hostNow: result.value.now });
    return true;
  };

  const resampleLater = (mine: number) => {
    timer = setTimeout(() => {
      void sample(mine).then(() => {
        if (mine === round) resampleLater(mine);
      });
    }, RESAMPLE_EVERY_MS);
  };

  const start = async () => {
    const mine = ++round;
    clearTimeout(timer);
    forgetClockSamples();
    // One after another, not all at once: answers queued behind each other would all be slow.
    // The first one answered already lets the timers run again; the others refine it.
    for (let i = 0; i < BURST_SAMPLES; i++) {
      if (i > 0) await new Promise((resolve) => (timer = setTimeout(resolve, BURST_SPACING_MS)));
      if (mine !== round) return;
      if (await sample(mine)) thawHostClock();
      if (mine !== round) return;
    }
    resampleLater(mine);
  };

  const follow = (next: ConnectionState) => {
    if (next === 'open') {
      void start();
      return;
    }
    round++;
    clearTimeout(timer);
    if (next === 'closed') freezeHostClock();
  };

  const stop = onStateChange(follow);
  follow(state());
  return () => {
    stop();
    round++;
    clearTimeout(timer);
  };
}
