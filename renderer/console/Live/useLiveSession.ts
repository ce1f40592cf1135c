/**
 * The console's hold on one live session: it opens (or rejoins) the run, follows the host's
 * broadcasts, and sends facilitator actions. The view never changes the state itself.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ContractError } from '../../../shared/contract/index.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveSnapshot } from '../../../shared/live/snapshot.ts';
import { useBridge, useConnectionState } from '../../bridge/ConnectionContext.tsx';
import { anchorHostClock } from '../../ui/clock/hostClock.ts';

export interface LiveSession {
  snapshot: LiveSnapshot | undefined;
  error: ContractError | undefined;
  /** The last refusal of an action, in words, until the next action succeeds. */
  refusal: string | undefined;
  send: (command: LiveCommandInput) => Promise<boolean>;
  end: () => Promise<boolean>;
}

export function useLiveSession(cohortId: string, sessionId: string): LiveSession {
  const bridge = useBridge();
  const connection = useConnectionState();
  const [snapshot, setSnapshot] = useState<LiveSnapshot>();
  const [error, setError] = useState<ContractError>();
  const [refusal, setRefusal] = useState<string>();

  const accept = useCallback((next: LiveSnapshot) => {
    anchorHostClock(next.at);
    // Broadcasts can overtake the answer to open: keep the newest.
    setSnapshot((current) => (current && current.seq > next.seq ? current : next));
  }, []);

  useEffect(() => {
    if (connection !== 'open') return;
    let cancelled = false;
    void bridge.invoke('live.open', { cohortId, sessionId }).then((result) => {
      if (cancelled) return;
      if (result.ok) accept(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [bridge, connection, cohortId, sessionId, accept]);

  useEffect(
    () =>
      bridge.subscribe('live.state', (next) => {
        if (next.state.cohortId === cohortId && next.state.sessionId === sessionId) accept(next);
      }),
    [bridge, cohortId, sessionId, accept],
  );

  const send = useCallback(
    async (command: LiveCommandInput) => {
      const result = await bridge.invoke('live.command', { cohortId, sessionId, command });
      setRefusal(result.ok ? undefined : result.error.message);
      return result.ok;
    },
    [bridge, cohortId, sessionId],
  );

  const end = useCallback(async () => {
    const result = await bridge.invoke('session.end', { cohortId, sessionId });
    setRefusal(result.ok ? undefined : result.error.message);
    return result.ok;
  }, [bridge, cohortId, sessionId]);

  return { snapshot, error, refusal, send, end };
}
