/**
 * The console's hold on one live session: it opens (or rejoins) the run, follows the host's
 * broadcasts into a store, and sends facilitator actions. The view never changes the state
 * itself. Each broadcast is a whole new state; unchanged parts keep their identity (keepEqual),
 * so panels that select them do not re-render.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractError } from '../../../shared/contract/index.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { LiveSnapshot } from '../../../shared/live/snapshot.ts';
import type { WordlessScreen } from '../../../shared/room/roomState.ts';
import { useBridge, useConnectionState } from '../../bridge/ConnectionContext.tsx';
import { anchorHostClock } from '../../ui/clock/hostClock.ts';
import { keepEqual } from '../../ui/state/keepEqual.ts';
import { createStore, type Store } from '../../ui/state/store.ts';

export interface LiveSession {
  /** The live state, once the first snapshot has arrived. */
  store: Store<LiveState> | undefined;
  error: ContractError | undefined;
  /** The last refusal of an action, in words, until the next action succeeds. */
  refusal: Store<string | undefined>;
  send: (command: LiveCommandInput) => Promise<boolean>;
  /** Puts a screen up in the room (not a message: that one asks for its words first). */
  showRoom: (screen: WordlessScreen) => Promise<boolean>;
  end: () => Promise<boolean>;
}

export function useLiveSession(cohortId: string, sessionId: string): LiveSession {
  const bridge = useBridge();
  const connection = useConnectionState();
  const held = useRef<{ store: Store<LiveState>; seq: number } | null>(null);
  const [store, setStore] = useState<Store<LiveState>>();
  const [error, setError] = useState<ContractError>();
  const [refusal] = useState(() => createStore<string | undefined>(undefined));

  const accept = useCallback((next: LiveSnapshot) => {
    anchorHostClock(next.at);
    const current = held.current;
    if (!current) {
      held.current = { store: createStore(next.state), seq: next.seq };
      setStore(held.current.store);
      return;
    }
    // Broadcasts can overtake the answer to open: keep the newest.
    if (current.seq > next.seq) return;
    current.seq = next.seq;
    current.store.set(keepEqual(current.store.get(), next.state));
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
      refusal.set(result.ok ? undefined : result.error.message);
      return result.ok;
    },
    [bridge, cohortId, sessionId, refusal],
  );

  const showRoom = useCallback(
    async (screen: WordlessScreen) => {
      const result = await bridge.invoke('room.show', { screen });
      refusal.set(result.ok ? undefined : result.error.message);
      return result.ok;
    },
    [bridge, refusal],
  );

  const end = useCallback(async () => {
    const result = await bridge.invoke('session.end', { cohortId, sessionId });
    refusal.set(result.ok ? undefined : result.error.message);
    return result.ok;
  }, [bridge, cohortId, sessionId, refusal]);

  return { store, error, refusal, send, showRoom, end };
}
