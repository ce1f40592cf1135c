/**
 * The facilitator's screen for one session: the live run while it runs; once it has ended (or for a
 * past session that never ran in the console) a read-only report instead of live controls.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ArrowLeft } from 'lucide-react';
import type { ScreenActionId } from '../../../shared/actions/liveActions.ts';
import type { Session } from '../../../shared/cohort/schema.ts';
import type { LiveState } from '../../../shared/live/session.ts';
import type { RoomScreen } from '../../../shared/room/roomState.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { useRoomPart } from '../../bridge/useRoomView.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { formatDate, todayIso } from '../../ui/format/dates.ts';
import type { Store } from '../../ui/state/store.ts';
import { useSelected } from '../../ui/state/useSelected.ts';
import { hrefFor } from '../Shell/route.ts';
import { useLendLiveKeys } from '../Shell/useConsoleKeys.ts';
import { AgendaRail } from './AgendaRail.tsx';
import { AirtimePanel } from './AirtimePanel.tsx';
import { FloorPanel } from './FloorPanel.tsx';
import { LiveContext } from './LiveContext.tsx';
import { focusNoteBox, NotesPanel } from './NotesPanel.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { PhaseStage } from './PhaseStage.tsx';
import { PresenterButton } from './PresenterButton.tsx';
import { RoomPanel } from './RoomPanel.tsx';
import { screenOf } from './RoomScreenControl.tsx';
import { SessionReport } from './SessionReport.tsx';
import { SettingsButton } from './SettingsDialog.tsx';
import { useLiveSession, type LiveSession } from './useLiveSession.ts';
import badges from '../../ui/Badge/Badge.module.css';
import banners from '../../ui/Banner/Banner.module.css';
import buttons from '../../ui/Button/Button.module.css';
import screens from '../../ui/Screen/Screen.module.css';
import styles from './live.module.css';

function Problem({ cohortId, message }: { cohortId: string; message: string }) {
  return (
    <main className={screens.screen}>
      <ErrorLine message={message} className={banners.banner} />
      <a href={hrefFor({ screen: 'cohort', cohortId })}>Back to the cohort</a>
    </main>
  );
}

/** A past session with no run log was kept outside the console: opening it must not start it. */
const pastWithoutRun = (session: Session) =>
  session.runLog.length === 0 && session.date < todayIso();

export function LiveScreen({ cohortId, sessionId }: { cohortId: string; sessionId: string }) {
  const cohort = useQuery('cohort.get', { cohortId }, []);
  const [runAnyway, setRunAnyway] = useState(false);
  if (cohort.error) return <Problem cohortId={cohortId} message={cohort.error.message} />;
  if (!cohort.data) return <main className={screens.screen} aria-busy="true" />;
  const session = cohort.data.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return <Problem cohortId={cohortId} message={`${cohort.data.name} has no such session.`} />;
  }
  if (session.endedAt) return <SessionReport cohortId={cohortId} sessionId={sessionId} />;
  if (pastWithoutRun(session) && !runAnyway) {
    return (
      <SessionReport
        cohortId={cohortId}
        sessionId={sessionId}
        onRunLive={() => setRunAnyway(true)}
      />
    );
  }
  return (
    <LiveRun
      cohortId={cohortId}
      sessionId={sessionId}
      cohortName={cohort.data.name}
      session={session}
    />
  );
}

interface RunProps {
  cohortId: string;
  sessionId: string;
  cohortName: string;
  session: Session;
}

function LiveRun(props: RunProps) {
  const live = useLiveSession(props.cohortId, props.sessionId);
  if (live.error) return <Problem cohortId={props.cohortId} message={live.error.message} />;
  if (!live.store) return <main className={screens.screen} aria-busy="true" />;
  return <LiveBoard {...props} live={live} store={live.store} />;
}

const statusOf = (state: LiveState) => state.status;

/** The run's screen. It re-renders when the session starts or ends; each panel reads its own part. */
function LiveBoard({
  cohortId,
  sessionId,
  cohortName,
  session,
  live,
  store,
}: RunProps & { live: LiveSession; store: Store<LiveState> }) {
  const [ending, setEnding] = useState(false);
  const status = useSelected(store, statusOf);
  const { send, showRoom } = live;
  const context = useMemo(() => ({ store, send, showRoom }), [store, send, showRoom]);
  // The keys read the room's screen when pressed (B toggles the blank screen from what is up).
  const roomScreen = useRef<RoomScreen | undefined>(undefined);
  const shownScreen = useRoomPart(screenOf);
  useEffect(() => {
    roomScreen.current = shownScreen;
  }, [shownScreen]);
  const keys = useMemo(
    () => ({
      state: store.get,
      roomScreen: () => roomScreen.current,
      send,
      showRoom,
      screen: (action: ScreenActionId) => {
        if (action === 'take-note') focusNoteBox();
      },
    }),
    [store, send, showRoom],
  );
  useLendLiveKeys(keys);

  // Ended elsewhere (another window, the menu): the report replaces the controls.
  if (status === 'ended' && !ending) {
    return <SessionReport cohortId={cohortId} sessionId={sessionId} />;
  }
  const ended = status === 'ended';

  return (
    <LiveContext.Provider value={context}>
      <div className={styles.live} data-ended={ended || undefined}>
        <div className={styles.liveBar}>
          <nav aria-label="Breadcrumb" className={`${screens.breadcrumb} ${screens.inline}`}>
            <a href={hrefFor({ screen: 'cohort', cohortId })}>
              <ArrowLeft size={15} />
              {cohortName}
            </a>
          </nav>
          <span className={styles.liveSession}>
            {session.title || `Session of ${formatDate(session.date, { dateStyle: 'long' })}`}
          </span>
          {ended ? (
            <span className={badges.quiet}>Ended</span>
          ) : (
            <span className={badges.live}>Live</span>
          )}
          <span className={styles.timerControlsSpacer} />
          <Refusal store={live.refusal} />
          <SettingsButton />
          <PresenterButton />
          {!ended ? (
            <button type="button" className={buttons.small} onClick={() => setEnding(true)}>
              End session
            </button>
          ) : null}
        </div>
        <AgendaRail />
        <main className={styles.liveStage}>
          <PhaseStage />
          <NotesPanel />
        </main>
        <aside className={styles.liveSide} aria-label="Room and speakers">
          {!ended ? <RoomPanel cohortId={cohortId} /> : null}
          <FloorPanel />
          {/* Below the floor: who speaks stays in view; phones are set up once, then glanced at. */}
          {!ended ? <ParticipantsPanel /> : null}
          <AirtimePanel />
        </aside>
      </div>
      <Dialog
        open={ending}
        title="End this session?"
        lead="Timers stop and the session is saved with its notes, commitments and airtime. Its commitments come back at the next session."
        onClose={() => setEnding(false)}
        // Once ended, the board gives way to the session's report: what the facilitator reads next.
        onSubmit={() => void live.end().then(() => setEnding(false))}
        actions={
          <>
            <button type="button" className={buttons.quiet} onClick={() => setEnding(false)}>
              Keep going
            </button>
            <button type="submit" className={buttons.primary}>
              End session
            </button>
          </>
        }
      />
    </LiveContext.Provider>
  );
}

/** The last refused action, in words, until the next one succeeds. */
function Refusal({ store }: { store: Store<string | undefined> }) {
  const refusal = useSyncExternalStore(store.subscribe, store.get);
  return <ErrorLine message={refusal} className={styles.liveRefusal} />;
}
