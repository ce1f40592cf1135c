/**
 * An ended session, read-only: a report the facilitator can read back to the group. It renders the
 * report model of shared/report, the same model every export renders.
 */
import { useRef, useState } from 'react';
import { ArrowLeft, Download } from 'lucide-react';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { ExportDialog } from '../Export/lazyDialogs.tsx';
import { hrefFor } from '../Shell/route.ts';
import { buildSessionReport } from '../../../shared/report/sessionReport.ts';
import {
  AgendaSection,
  AirtimeSection,
  AsksSection,
  ChallengeSection,
  CommitmentsSection,
  FactsRow,
  JournalSection,
  NotesSection,
  ReviewedSection,
} from './ReportSections.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import banners from '../../ui/Banner/Banner.module.css';
import buttons from '../../ui/Button/Button.module.css';
import liveStyles from './live.module.css';
import screens from '../../ui/Screen/Screen.module.css';
import reportStyles from './report.module.css';

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
  const view = cohort.data ? buildSessionReport(cohort.data, sessionId) : null;
  const [exporting, setExporting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);

  if (cohort.error) {
    return (
      <main className={screens.screen}>
        <ErrorLine message={cohort.error.message} className={banners.banner} />
      </main>
    );
  }
  if (!cohort.data || !view) {
    return <main className={screens.screen} aria-busy="true" />;
  }
  const date = formatDate(view.date, { dateStyle: 'full' });

  return (
    <main className={reportStyles.report} aria-labelledby="report-title">
      <div className={reportStyles.reportPage}>
        <nav aria-label="Breadcrumb" className={screens.breadcrumb}>
          <a href={hrefFor({ screen: 'cohort', cohortId })}>
            <ArrowLeft size={15} />
            {cohort.data.name}
          </a>
        </nav>
        <header className={reportStyles.reportHeader}>
          <p className={liveStyles.reportKicker}>
            Session report{' '}
            <span className={badges.quiet}>{view.ran || view.endedAt ? 'Ended' : 'Not run'}</span>
          </p>
          <h1 id="report-title" className={reportStyles.reportTitle}>
            {view.title || `Session of ${date}`}
          </h1>
          {view.title ? <p className={reportStyles.reportDate}>{date}</p> : null}
          <p className={reportStyles.reportActions}>
            <button
              ref={exportButton}
              type="button"
              className={buttons.button}
              onClick={() => setExporting(true)}
            >
              <Download size={16} aria-hidden="true" />
              Export…
            </button>
          </p>
          {onRunLive ? (
            <p className={reportStyles.reportNote}>
              This session was not run in the console.{' '}
              <button type="button" className={buttons.small} onClick={onRunLive}>
                Run it live now
              </button>
            </p>
          ) : null}
        </header>
        <FactsRow view={view} />
        <ReviewedSection view={view} />
        <ChallengeSection view={view} />
        <div className={reportStyles.reportColumns}>
          <CommitmentsSection view={view} />
          <AirtimeSection view={view} />
        </div>
        <NotesSection view={view} />
        <JournalSection view={view} />
        <div className={reportStyles.reportColumns}>
          <AsksSection view={view} />
          <AgendaSection view={view} />
        </div>
      </div>
      {exporting ? (
        <ExportDialog
          cohortId={cohortId}
          sessionId={sessionId}
          onClose={() => {
            setExporting(false);
            exportButton.current?.focus();
          }}
        />
      ) : null}
    </main>
  );
}
