/**
 * The projected view: one screen at a time, as the host's RoomView says. Each screen of the room
 * has its component here; a screen added to RoomViewScreen fails to compile until it has one.
 */
import { lazy, Suspense, useEffect, type ReactElement } from 'react';
import type { RoomView, RoomViewScreen } from '../../shared/room/roomView.ts';
import { useConnectionState } from '../bridge/ConnectionContext.tsx';
import { BlankScreen } from './screens/BlankScreen.tsx';
import { MessageScreen } from './screens/MessageScreen.tsx';
import { WaitingScreen } from './screens/WaitingScreen.tsx';
import { useRoomView } from '../bridge/useRoomView.ts';
import { ConnectionMark } from './ConnectionMark.tsx';
import './presenter.css';

const loadRunScreen = () => import('./screens/RunScreen.tsx');
const RunScreen = lazy(loadRunScreen);

const SCREENS: Record<RoomViewScreen, (view: RoomView, connecting: boolean) => ReactElement> = {
  waiting: (_view, connecting) => <WaitingScreen connecting={connecting} />,
  run: (view) =>
    view.run ? (
      <Suspense fallback={<WaitingScreen connecting={false} />}>
        <RunScreen run={view.run} />
      </Suspense>
    ) : (
      <WaitingScreen connecting={false} />
    ),
  blank: () => <BlankScreen />,
  message: (view) => <MessageScreen message={view.message ?? ''} />,
};

export function PresenterApp() {
  const connecting = useConnectionState() !== 'open';
  const view = useRoomView();
  // The run screen is fetched as soon as the first screen is up, so it is ready before it is needed.
  useEffect(() => void loadRunScreen(), []);
  return (
    <>
      {view ? SCREENS[view.screen](view, connecting) : <WaitingScreen connecting={connecting} />}
      <ConnectionMark />
    </>
  );
}
