import { useQuery } from '../../bridge/useQuery.ts';
import { hrefFor } from '../Shell/route.ts';
import { AddMemberForm } from './AddMemberForm.tsx';
import './cohort.css';

export function CohortScreen({ cohortId }: { cohortId: string }) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const members = cohort.data?.members.filter((member) => !member.archived) ?? [];

  return (
    <main className="screen">
      <div className="screen__inner">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={hrefFor({ screen: 'home' })}>All cohorts</a>
        </nav>
        {cohort.error ? (
          <p className="banner" role="alert">
            {cohort.error.message}
          </p>
        ) : null}
        {cohort.data ? (
          <>
            <div className="screen__header">
              <div>
                <h1 className="screen__title">{cohort.data.name}</h1>
                {cohort.data.charter.mission ? (
                  <p className="screen__subtitle">{cohort.data.charter.mission}</p>
                ) : null}
              </div>
            </div>
            <section className="panel" aria-labelledby="members-heading">
              <div className="panel__header">
                <h2 id="members-heading">Members</h2>
                <span className="panel__count">{members.length}</span>
              </div>
              {members.length === 0 ? (
                <p className="panel__empty">
                  No members yet. Add the people who meet in this cohort.
                </p>
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
              <AddMemberForm cohortId={cohortId} onAdded={cohort.reload} />
            </section>
          </>
        ) : null}
      </div>
    </main>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
