/**
 * What the room sees, as the host projects it: asked for once on connecting (and again after a
 * reconnect), then followed through 'room.view' broadcasts. The presenter renders it; it can be
 * opened late or reloaded and still gets the current view. `select` keeps a part of it (compared
 * with Object.is), so a console control re-renders only when that part changes.
 */
import { useEffect, useRef, useState } from 'react';
import type { RoomView } from '../../shared/room/roomView.ts';
import { useBridge, useConnectionState } from './ConnectionContext.tsx';
import { anchorHostClock } from '../ui/clock/hostClock.ts';

export function useRoomView(): RoomView | undefined {
  return useRoomPart(whole);
}

const whole = (view: RoomView) => view;

/** A part of the room view, kept only when it changes; `select` should be stable. */
export function useRoomPart<T>(select: (view: RoomView) => T): T | undefined {
  const bridge = useBridge();
  const connection = useConnectionState();
  const [part, setPart] = useState<T>();
  const newest = useRef(-Infinity);

  useEffect(() => {
    // A broadcast may overtake the answer to the first ask: only a newer view counts.
    const accept = (view: RoomView) => {
      anchorHostClock(view.at);
      if (view.at < newest.current) return;
      newest.current = view.at;
      setPart(() => select(view));
    };
    const unsubscribe = bridge.subscribe('room.view', accept);
    let cancelled = false;
    if (connection === 'open') {
      // A new connection may be to a restarted host: its views count, whatever they are stamped.
      newest.current = -Infinity;
      void bridge.invoke('room.view', {}).then((result) => {
        if (result.ok && !cancelled) accept(result.value);
      });
    }
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [bridge, connection, select]);

  return part;
}
