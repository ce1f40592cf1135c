/**
 * What the room sees, as the host projects it: asked for once on connecting (and again after a
 * reconnect), then followed through 'room.view' broadcasts. The presenter only reads; it can be
 * opened late or reloaded and still gets the current view.
 */
import { useEffect, useState } from 'react';
import type { RoomView } from '../../shared/room/roomView.ts';
import { useBridge, useConnectionState } from '../bridge/ConnectionContext.tsx';
import { anchorHostClock } from '../ui/clock/hostClock.ts';

export function useRoomView(): RoomView | undefined {
  const bridge = useBridge();
  const connection = useConnectionState();
  const [view, setView] = useState<RoomView>();

  useEffect(() => {
    if (connection !== 'open') return;
    let cancelled = false;
    void bridge.invoke('room.view', {}).then((result) => {
      if (!result.ok || cancelled) return;
      anchorHostClock(result.value.at);
      // A broadcast may have overtaken the answer: keep the newer view.
      setView((current) => (current && current.at > result.value.at ? current : result.value));
    });
    return () => {
      cancelled = true;
    };
  }, [bridge, connection]);

  useEffect(
    () =>
      bridge.subscribe('room.view', (next) => {
        anchorHostClock(next.at);
        setView((current) => (current && current.at > next.at ? current : next));
      }),
    [bridge],
  );

  return view;
}
