import { Plus } from 'lucide-react';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { navigate } from '../Shell/route.ts';
import { CohortCard } from './CohortCard.tsx';
import { NewCohortDialog } from './NewCohortDialog.tsx';
import { ImportCohortButton } from '../Export/ImportCohortButton.tsx';
import { OpenCohortButton } from './OpenCohortDialog.tsx';
import { RecentFiles } from './RecentFiles.tsx';
import banners from '../../ui/Banner/Banner.module.css';
import buttons from '../../ui/Button/Button.module.css';
import screens from '../../ui/Screen/Screen.module.css';
import styles from './home.module.css';

export function HomeScreen({
  creating,
  setCreating,
}: {
  creating: boolean;
  setCreating: (open: boolean) => void;
}) {
  const library = useQuery('library.list', {}, ['library.changed']);
  const cohorts = library.data?.cohorts ?? [];
  const sorted = [...cohorts].sort((a, b) =>
    (a.status === 'ok' ? a.name : a.fileName).localeCompare(
      b.status === 'ok' ? b.name : b.fileName,
    ),
  );

  return (
    <main className={screens.screen}>
      <div className={screens.inner}>
        <div className={screens.header}>
          <div>
            <h1 className={screens.title}>Cohorts</h1>
            {library.data ? (
              <p className={screens.subtitle}>
                Library folder <code>{library.data.folder}</code>
              </p>
            ) : null}
          </div>
          <div className={screens.actions}>
            <OpenCohortButton />
            <ImportCohortButton />
            <button type="button" className={buttons.primary} onClick={() => setCreating(true)}>
              <Plus size={16} />
              New cohort
            </button>
          </div>
        </div>

        <ErrorLine
          message={library.error && `The library could not be read: ${library.error.message}`}
          className={banners.banner}
        />

        {library.data && sorted.length === 0 ? (
          <section className={styles.emptyLibrary} aria-label="No cohorts yet">
            <h2>No cohorts yet</h2>
            <p>
              Create a cohort for each group you facilitate. Its members, sessions, notes and
              commitments are kept in one file you can copy and back up.
            </p>
            <button type="button" className={buttons.primary} onClick={() => setCreating(true)}>
              Create your first cohort
            </button>
          </section>
        ) : (
          <ul
            className={styles.cohortGrid}
            aria-label="Cohorts in the library"
            aria-busy={library.loading}
          >
            {sorted.map((cohort) => (
              <CohortCard key={cohort.id} cohort={cohort} />
            ))}
          </ul>
        )}

        <RecentFiles libraryFolder={library.data?.folder} />
      </div>

      <NewCohortDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(cohort) => {
          setCreating(false);
          library.reload();
          navigate({ screen: 'cohort', cohortId: cohort.id });
        }}
      />
    </main>
  );
}
