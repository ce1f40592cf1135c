/**
 * The session the room sees: the one running in the host, followed through its broadcasts. The
 * presenter only reads; it can be opened late or reloaded and still gets the full current state.
 */
import { useEffect, useState } from 'react';
import type { LiveSnapshot } from '../../shared/live/snapshot.ts';
import { useBridge, useConnectionState } from '../bridge/ConnectionContext.tsx';
import { anchorHostClock } from '../ui/clock/hostClock.ts';

export function usePresentedSession(): LiveSnapshot | undefined {
  const bridge = useBridge();
  const connection = useConnectionState();
  const [snapshot, setSnapshot] = useState<LiveSnapshot>();

  useEffect(() => {
    if (connection !== 'open') return;
    let cancelled = false;
    void (async () => {
      const running = await bridge.invoke('live.running', {});
      const latest = running.ok ? running.value.sessions.at(-1) : undefined;
      if (!latest || cancelled) return;
      const state = await bridge.invoke('live.state', {
        cohortId: latest.cohortId,
        sessionId: latest.sessionId,
      });
      if (state.ok && !cancelled) {
        anchorHostClock(state.value.at);
        setSnapshot(state.value);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bridge, connection]);

  useEffect(
    () =>
      bridge.subscribe('live.state', (next) => {
        anchorHostClock(next.at);
        setSnapshot((current) =>
          current && current.state.sessionId === next.state.sessionId && current.seq > next.seq
            ? current
            : next,
        );
      }),
    [bridge],
  );

  return snapshot;
}
