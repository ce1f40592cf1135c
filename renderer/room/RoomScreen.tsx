/**
 * The room's screen for a RoomView, one screen at a time: the presenter page shows it full size,
 * the console a small mirror of it. A screen added to RoomViewScreen fails to compile until it
 * has a component here.
 */
import { lazy, Suspense, type ReactElement } from 'react';
import type { RoomView, RoomViewScreen } from '../../shared/room/roomView.ts';
import { RoomFrame } from './RoomFrame.tsx';
import { BlankScreen } from './screens/BlankScreen.tsx';
import { BreakScreen } from './screens/BreakScreen.tsx';
import { MessageScreen } from './screens/MessageScreen.tsx';
import { WaitingScreen } from './screens/WaitingScreen.tsx';
import { WelcomeScreen } from './screens/WelcomeScreen.tsx';
import './room.css';

export const loadRunScreen = () => import('./screens/RunScreen.tsx');
const RunScreen = lazy(loadRunScreen);

interface ScreenProps {
  view: RoomView;
  connecting: boolean;
  /** The presenter chimes and flashes at time's end; a mirror stays quiet. */
  mirror: boolean;
}

const waiting = (connecting: boolean) => <WaitingScreen connecting={connecting} />;

const SCREENS: Record<RoomViewScreen, (props: ScreenProps) => ReactElement> = {
  waiting: ({ connecting }) => waiting(connecting),
  welcome: ({ view }) =>
    view.welcome ? <WelcomeScreen welcome={view.welcome} join={view.join} /> : waiting(false),
  run: ({ view, mirror }) =>
    view.run ? (
      <Suspense fallback={waiting(false)}>
        <RunScreen run={view.run} announceEnd={!mirror} />
      </Suspense>
    ) : (
      waiting(false)
    ),
  break: ({ view }) =>
    view.breakEndsAt !== null ? (
      <BreakScreen endsAt={view.breakEndsAt} at={view.at} />
    ) : (
      waiting(false)
    ),
  message: ({ view }) => <MessageScreen message={view.message ?? ''} />,
  blank: () => <BlankScreen />,
};

const LABELS: Record<RoomViewScreen, string> = {
  waiting: 'Presenter',
  welcome: 'Presenter (welcome)',
  run: 'Presenter',
  break: 'Presenter (break)',
  message: 'Presenter (message)',
  blank: 'Presenter (blank screen)',
};

export function RoomScreen({
  view,
  connecting,
  mirror = false,
}: Omit<ScreenProps, 'mirror'> & { mirror?: boolean }) {
  return (
    <RoomFrame
      label={LABELS[view.screen]}
      screen={view.screen}
      minimumTextShare={view.minimumTextShare}
      mirror={mirror}
    >
      {SCREENS[view.screen]({ view, connecting, mirror })}
    </RoomFrame>
  );
}

export function RoomWaiting({ connecting }: { connecting: boolean }) {
  return (
    <RoomFrame label="Presenter" screen="waiting" minimumTextShare={null}>
      {waiting(connecting)}
    </RoomFrame>
  );
}
