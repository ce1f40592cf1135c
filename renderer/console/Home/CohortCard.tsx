import type { CohortListing } from '../../../shared/contract/index.ts';
import { relativeTime } from '../../ui/format/relativeTime.ts';
import { hrefFor } from '../Shell/route.ts';

export function CohortCard({ cohort }: { cohort: CohortListing }) {
  if (cohort.status === 'error') {
    return (
      <li
        className="cohort-card cohort-card--error"
        aria-label={`${cohort.fileName} cannot be opened`}
      >
        <p className="cohort-card__eyebrow">Can’t open this file</p>
        <h3 className="cohort-card__name">{cohort.fileName}</h3>
        <p className="cohort-card__problem">{cohort.problem}</p>
        <p className="cohort-card__note">The file is left exactly as it is.</p>
      </li>
    );
  }
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
