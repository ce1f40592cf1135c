/**
 * An ended session, read-only: a report the facilitator can read back to the group. Built from the
 * session record; a session run in the console also has its run log replayed (read-only) for the
 * time each segment actually took.
 */
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { hrefFor } from '../Shell/route.ts';
import { buildReport } from './report.ts';
import {
  AgendaSection,
  AirtimeSection,
  AsksSection,
  ChallengeSection,
  CommitmentsSection,
  FactsRow,
  NotesSection,
} from './ReportSections.tsx';
import './report.css';

export function SessionReport({
  cohortId,
  sessionId,
  onRunLive,
}: {
  cohortId: string;
  sessionId: string;
  /** Offered for a past session that never ran in the console. */
  onRunLive?: (() => void) | undefined;
}) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const session = cohort.data?.sessions.find((s) => s.id === sessionId);
  const ran = (session?.runLog.length ?? 0) > 0;
  const live = useQuery('live.state', ran ? { cohortId, sessionId } : null, []);

  if (cohort.error) {
    return (
      <main className="screen">
        <ErrorLine message={cohort.error.message} className="banner" />
      </main>
    );
  }
  if (!cohort.data || !session || (ran && live.loading && !live.error)) {
    return <main className="screen" aria-busy="true" />;
  }
  const view = buildReport(cohort.data, session, live.data?.state);
  const date = formatDate(view.date, { dateStyle: 'full' });

  return (
    <main className="report" aria-labelledby="report-title">
      <div className="report__page">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={hrefFor({ screen: 'cohort', cohortId })}>{cohort.data.name}</a>
        </nav>
        <header className="report__header">
          <p className="report__kicker">
            Session report{' '}
            <span className="badge badge--quiet">{ran || view.endedAt ? 'Ended' : 'Not run'}</span>
          </p>
          <h1 id="report-title" className="report__title">
            {view.title || `Session of ${date}`}
          </h1>
          {view.title ? <p className="report__date">{date}</p> : null}
          {onRunLive ? (
            <p className="report__note">
              This session was not run in the console.{' '}
              <button type="button" className="button button--small" onClick={onRunLive}>
                Run it live now
              </button>
            </p>
          ) : null}
        </header>
        <FactsRow view={view} />
        <ChallengeSection view={view} />
        <div className="report__columns">
          <CommitmentsSection view={view} />
          <AirtimeSection view={view} />
        </div>
        <NotesSection view={view} />
        <div className="report__columns">
          <AsksSection view={view} />
          <AgendaSection view={view} />
        </div>
      </div>
    </main>
  );
}
