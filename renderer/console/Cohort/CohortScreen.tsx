import { lazy, Suspense, useState } from 'react';
import { ArrowLeft } from 'lucide-react';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { formatDate } from '../../ui/format/dates.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { DeckPanel } from '../Deck/DeckPanel.tsx';
import { CohortFileMenu } from '../Files/CohortFileMenu.tsx';
import { hrefFor } from '../Shell/route.ts';
import { CharterPanel } from './CharterPanel.tsx';
import { CommitmentsPanel } from './CommitmentsPanel.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { NoteSearchPanel } from './NoteSearch/NoteSearchPanel.tsx';
import { ReadOnlyBanner } from './ReadOnlyBanner.tsx';
import { RolesPanel } from './RolesPanel.tsx';
import { SessionsPanel } from './SessionsPanel.tsx';
import banners from '../../ui/Banner/Banner.module.css';
import buttons from '../../ui/Button/Button.module.css';
import screens from '../../ui/Screen/Screen.module.css';
import styles from './cohort.module.css';

// The session setup (with its drag-and-drop library) loads when it is first opened.
const StartSessionDialog = lazy(() =>
  import('./StartSessionDialog.tsx').then((module) => ({ default: module.StartSessionDialog })),
);

export function CohortScreen({ cohortId }: { cohortId: string }) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const data = cohort.data;
  const [starting, setStarting] = useState(false);
  // A session that was run live and not ended yet: the facilitator can go straight back to it.
  const unfinished = data?.sessions.findLast((s) => !s.endedAt && s.runLog.length > 0);

  return (
    <main className={screens.screen}>
      <div className={screens.inner}>
        <nav aria-label="Breadcrumb" className={screens.breadcrumb}>
          <a href={hrefFor({ screen: 'home' })}>
            <ArrowLeft size={15} />
            All cohorts
          </a>
        </nav>
        <ErrorLine message={cohort.error?.message} className={banners.banner} />
        {data ? <ReadOnlyBanner cohortId={cohortId} /> : null}
        {data ? (
          <>
            <div className={screens.header}>
              <div>
                <h1 className={screens.title}>{data.name}</h1>
                <p className={screens.subtitle}>
                  {plural(data.members.filter((m) => !m.archived).length, 'member')} ·{' '}
                  {plural(data.sessions.length, 'session')}
                </p>
              </div>
              <div className={screens.actions}>
                <CohortFileMenu cohortId={cohortId} cohort={data} />
                {unfinished ? (
                  <a
                    className={buttons.button}
                    href={hrefFor({ screen: 'live', cohortId, sessionId: unfinished.id })}
                  >
                    Back to the session of {formatDate(unfinished.date)}
                  </a>
                ) : null}
                <button type="button" className={buttons.primary} onClick={() => setStarting(true)}>
                  Start a session
                </button>
              </div>
            </div>
            <div className={styles.cohortLayout}>
              <div className={styles.cohortLayoutMain}>
                <NoteSearchPanel
                  cohortId={cohortId}
                  noteCount={data.sessions.reduce((sum, s) => sum + s.notes.length, 0)}
                />
                <CommitmentsPanel cohortId={cohortId} cohort={data} />
                <FiguresPanel cohort={data} />
                <SessionsPanel cohortId={cohortId} cohort={data} />
              </div>
              <div className={styles.cohortLayoutSide}>
                <MembersPanel cohortId={cohortId} cohort={data} onAdded={cohort.reload} />
                <RolesPanel cohort={data} />
                <CharterPanel cohortId={cohortId} cohort={data} />
                <DeckPanel cohortId={cohortId} cohortName={data.name} />
              </div>
            </div>
            {/* Mounted while open, so each setup starts from the cohort as it is now. */}
            {starting ? (
              <Suspense fallback={null}>
                <StartSessionDialog
                  cohortId={cohortId}
                  cohort={data}
                  open
                  onClose={() => setStarting(false)}
                />
              </Suspense>
            ) : null}
          </>
        ) : null}
      </div>
    </main>
  );
}
