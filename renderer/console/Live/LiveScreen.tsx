/** The facilitator's screen while a session runs. */
import { useState } from 'react';
import { useQuery } from '../../bridge/useQuery.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { hrefFor, navigate } from '../Shell/route.ts';
import { AgendaRail } from './AgendaRail.tsx';
import { AirtimePanel } from './AirtimePanel.tsx';
import { FloorPanel } from './FloorPanel.tsx';
import { LiveContext } from './LiveContext.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { PhaseStage } from './PhaseStage.tsx';
import { PresenterButton } from './PresenterButton.tsx';
import { useLiveSession } from './useLiveSession.ts';
import { useLiveShortcuts } from './useLiveShortcuts.ts';
import './live.css';

export function LiveScreen({ cohortId, sessionId }: { cohortId: string; sessionId: string }) {
  const live = useLiveSession(cohortId, sessionId);
  const cohort = useQuery('cohort.get', { cohortId }, []);
  const session = cohort.data?.sessions.find((s) => s.id === sessionId);
  const [ending, setEnding] = useState(false);
  useLiveShortcuts(live.snapshot?.state, live.send);

  if (live.error) {
    return (
      <main className="screen">
        <p className="banner" role="alert">
          {live.error.message}
        </p>
        <a href={hrefFor({ screen: 'cohort', cohortId })}>Back to the cohort</a>
      </main>
    );
  }
  if (!live.snapshot) return <main className="screen" aria-busy="true" />;
  const { state } = live.snapshot;
  const ended = state.status === 'ended';

  return (
    <LiveContext.Provider value={{ state, send: live.send }}>
      <div className="live" data-ended={ended || undefined}>
        <div className="live__bar">
          <nav aria-label="Breadcrumb" className="breadcrumb breadcrumb--inline">
            <a href={hrefFor({ screen: 'cohort', cohortId })}>{cohort.data?.name ?? 'Cohort'}</a>
          </nav>
          <span className="live__session">
            Session of {session ? formatDate(session.date, { dateStyle: 'long' }) : ''}
          </span>
          {ended ? (
            <span className="badge badge--quiet">Ended</span>
          ) : (
            <span className="badge badge--live">Live</span>
          )}
          <span className="timer-controls__spacer" />
          {live.refusal ? (
            <p className="live__refusal" role="alert">
              {live.refusal}
            </p>
          ) : null}
          <PresenterButton />
          {!ended ? (
            <button type="button" className="button button--small" onClick={() => setEnding(true)}>
              End session
            </button>
          ) : null}
        </div>
        <AgendaRail />
        <main className="live__stage">
          <PhaseStage />
          <NotesPanel />
        </main>
        <aside className="live__side" aria-label="Speakers">
          <FloorPanel />
          <AirtimePanel />
        </aside>
      </div>
      <Dialog
        open={ending}
        title="End this session?"
        lead="Timers stop and the session is saved with its notes, commitments and airtime. Its commitments come back at the next session."
        onClose={() => setEnding(false)}
        onSubmit={() =>
          void live.end().then((ok) => {
            setEnding(false);
            if (ok) navigate({ screen: 'cohort', cohortId });
          })
        }
        actions={
          <>
            <button type="button" className="button button--quiet" onClick={() => setEnding(false)}>
              Keep going
            </button>
            <button type="submit" className="button button--primary">
              End session
            </button>
          </>
        }
      />
    </LiveContext.Provider>
  );
}
