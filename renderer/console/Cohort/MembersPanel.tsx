import type { Cohort } from '../../../shared/cohort/schema.ts';
import { AddMemberForm } from './AddMemberForm.tsx';

export function MembersPanel({
  cohortId,
  cohort,
  onAdded,
}: {
  cohortId: string;
  cohort: Cohort;
  onAdded: () => void;
}) {
  const members = cohort.members.filter((member) => !member.archived);
  return (
    <section className="panel" aria-labelledby="members-heading">
      <div className="panel__header">
        <h2 id="members-heading">Members</h2>
        <span className="panel__count">{members.length}</span>
      </div>
      {members.length === 0 ? (
        <p className="panel__empty">No members yet. Add the people who meet in this cohort.</p>
      ) : (
        <ul className="member-list" aria-label="Members">
          {members.map((member) => (
            <li key={member.id} className="member">
              <span className="member__avatar" aria-hidden="true">
                {initials(member.name)}
              </span>
              <span className="member__name">{member.name}</span>
              {member.role ? <span className="member__role">{member.role}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <AddMemberForm cohortId={cohortId} onAdded={onAdded} />
    </section>
  );
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
