import { useState } from 'react';
import type { CohortListing } from '../../../shared/contract/index.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { plural, relativeTime } from '../../ui/format/relativeTime.ts';
import { BackupsDialog } from '../Files/BackupsDialog.tsx';
import { ShowInFolderButton } from '../Files/ShowInFolderButton.tsx';
import { hrefFor } from '../Shell/route.ts';

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
      className="cohort-card cohort-card--error"
      aria-label={`${cohort.fileName} cannot be opened`}
    >
      <p className="cohort-card__eyebrow">Can’t open this file</p>
      <h3 className="cohort-card__name">{cohort.fileName}</h3>
      <p className="cohort-card__problem">{cohort.problem}</p>
      <p className="cohort-card__note">
        The file is left exactly as it is.
        {backups.data
          ? count > 0
            ? ` ${plural(count, 'backup')} of it ${count === 1 ? 'is' : 'are'} kept.`
            : ' There is no backup of it.'
          : ''}
      </p>
      <div className="cohort-card__actions">
        {count > 0 ? (
          <button type="button" className="button button--small" onClick={() => setRestoring(true)}>
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
    <li className="cohort-card">
      <a className="cohort-card__link" href={hrefFor({ screen: 'cohort', cohortId: cohort.id })}>
        <h3 className="cohort-card__name">{cohort.name}</h3>
      </a>
      <dl className="cohort-card__facts">
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
      <p className="cohort-card__meta">
        <span>{cohort.fileName}</span>
        <span aria-label={`Edited ${relativeTime(cohort.modifiedAt)}`}>
          Edited {relativeTime(cohort.modifiedAt)}
        </span>
      </p>
    </li>
  );
}
