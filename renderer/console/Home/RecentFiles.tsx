/**
 * "Recently opened": cohort files opened from outside the library folder, with their folder,
 * newest first. Opening one goes through 'library.open' like any other; a file that is no longer
 * where it was is shown as missing, not offered.
 */
import { useState } from 'react';
import type { RecentCohort } from '../../../shared/contract/index.ts';
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { relativeTime } from '../../ui/format/relativeTime.ts';
import { errorWords, joinPath } from '../Settings/pathWords.ts';
import { navigate } from '../Shell/route.ts';
import styles from './recent.module.css';
import panels from '../../ui/Panel/Panel.module.css';

const displayName = (fileName: string) => fileName.replace(/\.cohort$/i, '');

function RecentFile({
  entry,
  onOpen,
  busy,
}: {
  entry: RecentCohort;
  onOpen: () => void;
  busy: boolean;
}) {
  const opened = relativeTime(entry.openedAt);
  return (
    <li className={styles.recentItem} data-missing={entry.available ? undefined : true}>
      {entry.available ? (
        <button type="button" className={styles.recentName} disabled={busy} onClick={onOpen}>
          {displayName(entry.fileName)}
        </button>
      ) : (
        <span className={`${styles.recentName} ${styles.recentNameMissing}`}>
          {displayName(entry.fileName)}
        </span>
      )}
      <code className={styles.recentFolder} title={entry.folder}>
        {entry.folder}
      </code>
      {entry.available ? (
        <span className={styles.recentWhen}>Opened {opened}</span>
      ) : (
        <span className={styles.recentMissing}>Missing — no longer in this folder</span>
      )}
    </li>
  );
}

export function RecentFiles({ libraryFolder }: { libraryFolder: string | undefined }) {
  const openFile = useCommand('library.open');
  const app = useAppInfo();
  const recent = useQuery('library.recent', {}, ['library.changed']);
  const [problem, setProblem] = useState<string>();

  // Files in the library folder are in the grid already.
  const outside = (recent.data ?? []).filter((entry) => entry.folder !== libraryFolder);
  if (libraryFolder === undefined || outside.length === 0) return null;

  const open = async (entry: RecentCohort) => {
    const result = await openFile.run({ path: joinPath(entry.folder, entry.fileName) });
    if (!result.ok) {
      setProblem(`${entry.fileName}: ${errorWords(result.error)}`);
      recent.reload();
      return;
    }
    setProblem(undefined);
    if (result.value.status === 'ok') navigate({ screen: 'cohort', cohortId: result.value.id });
    else setProblem(`${entry.fileName} cannot be opened: ${result.value.problem}`);
  };

  return (
    <section className={styles.recent} aria-labelledby="recent-heading">
      <div className={styles.recentHeader}>
        <h2 id="recent-heading">Recently opened</h2>
        <p>
          Cohort files from outside the library folder, newest first.
          {app?.host === 'electron'
            ? ' Open another with File › Open Cohort… or by dropping it on this window.'
            : ''}
        </p>
      </div>
      <ErrorLine message={problem} className={styles.recentProblem} />
      <ul className={`${panels.surface} ${styles.recentList}`} aria-label="Recently opened">
        {outside.map((entry) => (
          <RecentFile
            key={entry.cohortId}
            entry={entry}
            busy={openFile.busy}
            onOpen={() => void open(entry)}
          />
        ))}
      </ul>
    </section>
  );
}
