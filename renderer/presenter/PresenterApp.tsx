/** The projected view: the room's screen as the host's RoomView says, filling the window. */
import { useEffect } from 'react';
import { useConnectionState } from '../bridge/ConnectionContext.tsx';
import { useRoomView } from '../bridge/useRoomView.ts';
import { loadRunScreen, RoomScreen, RoomWaiting } from '../room/RoomScreen.tsx';
import { ConnectionMark } from './ConnectionMark.tsx';

export function PresenterApp() {
  const connecting = useConnectionState() !== 'open';
  const view = useRoomView();
  // The run screen is fetched as soon as the first screen is up, so it is ready before it is needed.
  useEffect(() => void loadRunScreen(), []);
  return (
    <>
      {view ? (
        <RoomScreen view={view} connecting={connecting} />
      ) : (
        <RoomWaiting connecting={connecting} />
      )}
      <ConnectionMark />
    </>
  );
}
