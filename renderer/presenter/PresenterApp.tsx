/**
 * The projected view: one screen at a time, as the host's RoomView says. Each screen of the room
 * has its component here; a screen added to RoomViewScreen fails to compile until it has one.
 */
import type { ReactElement } from 'react';
import type { RoomView, RoomViewScreen } from '../../shared/room/roomView.ts';
import { useConnectionState } from '../bridge/ConnectionContext.tsx';
import { BlankScreen } from './screens/BlankScreen.tsx';
import { MessageScreen } from './screens/MessageScreen.tsx';
import { RunScreen } from './screens/RunScreen.tsx';
import { WaitingScreen } from './screens/WaitingScreen.tsx';
import { useRoomView } from './useRoomView.ts';
import './presenter.css';

const SCREENS: Record<RoomViewScreen, (view: RoomView, connecting: boolean) => ReactElement> = {
  waiting: (_view, connecting) => <WaitingScreen connecting={connecting} />,
  run: (view) => (view.run ? <RunScreen run={view.run} /> : <WaitingScreen connecting={false} />),
  blank: () => <BlankScreen />,
  message: (view) => <MessageScreen message={view.message ?? ''} />,
};

export function PresenterApp() {
  const connecting = useConnectionState() !== 'open';
  const view = useRoomView();
  if (!view) return <WaitingScreen connecting={connecting} />;
  return SCREENS[view.screen](view, connecting);
}
