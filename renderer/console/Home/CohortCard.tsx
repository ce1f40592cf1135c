import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { plural, relativeTime } from '../../ui/format/relativeTime.ts';
import { BackupsDialog } from '../Files/BackupsDialog.tsx';
import { ShowInFolderButton } from '../Files/ShowInFolderButton.tsx';
import { hrefFor } from '../Shell/route.ts';
import buttons from '../../ui/Button/Button.module.css';
import styles from './home.module.css';
import panels from '../../ui/Panel/Panel.module.css';

type DamagedListing = Extract<CohortListing, { status: 'error' }>;

/**
 * A file that cannot be opened: its name and the first problem in words, and a way back through
 * its backups when it has any. The file itself is never written until a backup is restored.
 */
function DamagedCohortCard({ cohort }: { cohort: DamagedListing }) {
  const backups = useQuery('cohort.backups', { cohortId: cohort.id }, ['library.changed']);
  const [restoring, setRestoring] = useState(false);
  const count = backups.data?.length ?? 0;
  return (
    <li
      className={`${panels.surface} ${styles.cohortCard} ${styles.cohortCardError}`}
      aria-label={`${cohort.fileName} cannot be opened`}
    >
      <p className={styles.cohortCardEyebrow}>Can’t open this file</p>
      <h3 className={styles.cohortCardName}>{cohort.fileName}</h3>
      <p className={styles.cohortCardProblem}>{cohort.problem}</p>
      <p className={styles.cohortCardNote}>
        The file is left exactly as it is.
        {backups.data
          ? count > 0
            ? ` ${plural(count, 'backup')} of it ${count === 1 ? 'is' : 'are'} kept.`
            : ' There is no backup of it.'
          : ''}
      </p>
      <div className={styles.cohortCardActions}>
        {count > 0 ? (
          <button type="button" className={buttons.small} onClick={() => setRestoring(true)}>
            Open a backup
          </button>
        ) : null}
        <ShowInFolderButton cohortId={cohort.id} />
      </div>
      {restoring ? (
        <BackupsDialog
          cohortId={cohort.id}
          fileName={cohort.fileName}
          onClose={() => setRestoring(false)}
        />
      ) : null}
    </li>
  );
}

export function CohortCard({ cohort }: { cohort: CohortListing }) {
  if (cohort.status === 'error') return <DamagedCohortCard cohort={cohort} />;
  return (
    <li className={`${panels.surface} ${styles.cohortCard}`}>
      <a
        className={styles.cohortCardLink}
        href={hrefFor({ screen: 'cohort', cohortId: cohort.id })}
      >
        <h3 className={styles.cohortCardName}>{cohort.name}</h3>
      </a>
      <dl className={styles.cohortCardFacts}>
        <div>
          <dt>Members</dt>
          <dd>{cohort.members}</dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{cohort.sessions}</dd>
        </div>
        <div>
          <dt>Open commitments</dt>
          <dd>{cohort.openCommitments}</dd>
        </div>
      </dl>
      <p className={styles.cohortCardMeta}>
        <span>{cohort.fileName}</span>
        <span aria-label={`Edited ${relativeTime(cohort.modifiedAt)}`}>
          Edited {relativeTime(cohort.modifiedAt)}
        </span>
      </p>
    </li>
  );
}
