import { useState } from 'react';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { DeckPanel } from '../Deck/DeckPanel.tsx';
import { CohortFileMenu } from '../Files/CohortFileMenu.tsx';
import { hrefFor } from '../Shell/route.ts';
import { CharterPanel } from './CharterPanel.tsx';
import { CommitmentsPanel } from './CommitmentsPanel.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { SessionsPanel } from './SessionsPanel.tsx';
import { StartSessionDialog } from './StartSessionDialog.tsx';
import './cohort.css';

export function CohortScreen({ cohortId }: { cohortId: string }) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const data = cohort.data;
  const [starting, setStarting] = useState(false);
  // A session that was run live and not ended yet: the facilitator can go straight back to it.
  const unfinished = data?.sessions.findLast((s) => !s.endedAt && s.runLog.length > 0);

  return (
    <main className="screen">
      <div className="screen__inner">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={hrefFor({ screen: 'home' })}>All cohorts</a>
        </nav>
        <ErrorLine message={cohort.error?.message} className="banner" />
        {data ? (
          <>
            <div className="screen__header">
              <div>
                <h1 className="screen__title">{data.name}</h1>
                <p className="screen__subtitle">
                  {plural(data.members.filter((m) => !m.archived).length, 'member')} ·{' '}
                  {plural(data.sessions.length, 'session')}
                </p>
              </div>
              <div className="screen__actions">
                <CohortFileMenu cohortId={cohortId} cohort={data} />
                {unfinished ? (
                  <a
                    className="button"
                    href={hrefFor({ screen: 'live', cohortId, sessionId: unfinished.id })}
                  >
                    Back to the session of {formatDate(unfinished.date)}
                  </a>
                ) : null}
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setStarting(true)}
                >
                  Start a session
                </button>
              </div>
            </div>
            <div className="cohort-layout">
              <div className="cohort-layout__main">
                <CommitmentsPanel cohortId={cohortId} cohort={data} />
                <SessionsPanel cohortId={cohortId} cohort={data} />
              </div>
              <div className="cohort-layout__side">
                <MembersPanel cohortId={cohortId} cohort={data} onAdded={cohort.reload} />
                <CharterPanel cohortId={cohortId} cohort={data} />
                <DeckPanel cohortId={cohortId} cohortName={data.name} />
              </div>
            </div>
            <StartSessionDialog
              cohortId={cohortId}
              cohort={data}
              open={starting}
              onClose={() => setStarting(false)}
            />
          </>
        ) : null}
      </div>
    </main>
  );
}
