/**
 * The room's screen from the console: a small live mirror of what the projector shows (the same
 * components, in a box of their own), the switch between its screens, and the room's size for
 * the smallest readable text.
 */
import { lazy, Suspense, useState } from 'react';
import { Ruler } from 'lucide-react';
import { ROOM_SCREEN_WORDS } from '../../../shared/room/roomState.ts';
import type { RoomView } from '../../../shared/room/roomView.ts';
import { useRoomView } from '../../bridge/useRoomView.ts';
import buttons from '../../ui/Button/Button.module.css';
import { RoomScreenControl } from './RoomScreenControl.tsx';
import { RoomSizeDialog } from './RoomSizeDialog.tsx';
import styles from './live.module.css';
import room from './roomPanel.module.css';

// The mirror is the room's own screens, fetched once the live screen is up, not with the console.
const RoomScreen = lazy(() =>
  import('../../room/RoomScreen.tsx').then((module) => ({ default: module.RoomScreen })),
);

const screenWords = (view: RoomView): string =>
  view.screen === 'waiting' ? 'Waiting for the session' : ROOM_SCREEN_WORDS[view.screen].label;

export function RoomPanel({ cohortId }: { cohortId: string }) {
  const view = useRoomView();
  const [sizing, setSizing] = useState(false);
  return (
    <section className={styles.livePanel} aria-labelledby="room-heading">
      <div className={room.head}>
        <h2 id="room-heading" className={styles.livePanelTitle}>
          Room screen
        </h2>
        <button
          type="button"
          className={`${buttons.quiet} ${buttons.small}`}
          onClick={() => setSizing(true)}
        >
          <Ruler size={14} aria-hidden="true" />
          Room size
        </button>
      </div>
      <figure className={room.mirror}>
        <Suspense fallback={null}>
          {view ? <RoomScreen view={view} connecting={false} mirror /> : null}
        </Suspense>
        <figcaption className={room.caption}>
          Now showing: {view ? screenWords(view) : '…'}
        </figcaption>
      </figure>
      <RoomScreenControl />
      <RoomSizeDialog cohortId={cohortId} open={sizing} onClose={() => setSizing(false)} />
    </section>
  );
}
