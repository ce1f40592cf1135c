/**
 * One member's page: their commitments with every progress update, their attendance, the roles
 * they have served, and their learning journal (private entries included: the console is the
 * facilitator's, and this page never reaches the room's screen).
 */
import { ArrowLeft } from 'lucide-react';
import { roleServices } from '../../../shared/cohort/rotation.ts';
import type { Cohort, Member } from '../../../shared/cohort/schema.ts';
import { COMMITMENT_STATUS_WORDS } from '../../../shared/vocabulary/commitmentStatus.ts';
import { ROLE_NAMES, ROLE_WORDS } from '../../../shared/vocabulary/roles.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { dueWords, formatDate } from '../../ui/format/dates.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { SuccessSignal } from '../Commitments/SuccessSignal.tsx';
import { UpdateHistory } from '../Commitments/UpdateHistory.tsx';
import { JournalList } from '../Journal/JournalList.tsx';
import { hrefFor } from '../Shell/route.ts';
import badges from '../../ui/Badge/Badge.module.css';
import banners from '../../ui/Banner/Banner.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import screens from '../../ui/Screen/Screen.module.css';
import styles from './cohort.module.css';

export function MemberScreen({ cohortId, memberId }: { cohortId: string; memberId: string }) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const data = cohort.data;
  const member = data?.members.find((m) => m.id === memberId);
  return (
    <main className={screens.screen}>
      <div className={screens.inner}>
        <nav aria-label="Breadcrumb" className={screens.breadcrumb}>
          <a href={hrefFor({ screen: 'cohort', cohortId })}>
            <ArrowLeft size={15} />
            {data?.name ?? 'The cohort'}
          </a>
        </nav>
        <ErrorLine message={cohort.error?.message} className={banners.banner} />
        {data && !member ? (
          <p className={banners.banner}>This member is not in {data.name} any more.</p>
        ) : null}
        {data && member ? <MemberPage cohortId={cohortId} cohort={data} member={member} /> : null}
      </div>
    </main>
  );
}

function MemberPage({
  cohortId,
  cohort,
  member,
}: {
  cohortId: string;
  cohort: Cohort;
  member: Member;
}) {
  const commitments = cohort.sessions.flatMap((session) =>
    session.commitments
      .filter((c) => c.ownerId === member.id)
      .map((commitment) => ({ commitment, session })),
  );
  const updates = cohort.sessions.flatMap((session) => session.progressUpdates);
  const attendance = cohort.sessions.flatMap((session) => {
    const listed = session.attendance.find((a) => a.memberId === member.id);
    return listed ? [{ session, listed }] : [];
  });
  const present = attendance.filter((a) => a.listed.present).length;
  const services = roleServices(cohort.sessions);
  const served = ROLE_NAMES.flatMap((role) => {
    const service = services.get(role)?.get(member.id);
    return service ? [{ role, ...service }] : [];
  });

  return (
    <>
      <div className={screens.header}>
        <div>
          <h1 className={screens.title}>{member.name}</h1>
          <p className={screens.subtitle}>
            {[member.role, member.archived ? 'Removed from the cohort' : null]
              .filter(Boolean)
              .join(' · ') || cohort.name}
          </p>
        </div>
      </div>
      <div className={styles.cohortLayout}>
        <div className={styles.cohortLayoutMain}>
          <section className={panels.panel} aria-labelledby="member-commitments-heading">
            <div className={panels.header}>
              <h2 id="member-commitments-heading">Commitments</h2>
              <span className={panels.count}>{commitments.length}</span>
            </div>
            {commitments.length === 0 ? (
              <p className={panels.empty}>{member.name} has made no commitments yet.</p>
            ) : (
              <ul className={styles.commitmentList} aria-label={`${member.name}’s commitments`}>
                {commitments.map(({ commitment, session }) => (
                  <li key={commitment.id} className={styles.commitment}>
                    <div className={styles.commitmentBody}>
                      <p className={styles.commitmentText}>{commitment.text}</p>
                      <p className={styles.commitmentMeta}>
                        <span
                          className={commitment.status === 'open' ? badges.quiet : badges.badge}
                        >
                          {COMMITMENT_STATUS_WORDS[commitment.status].label}
                        </span>{' '}
                        {commitment.status === 'open'
                          ? dueWords(commitment.dueDate)
                          : `due ${formatDate(commitment.dueDate)}`}{' '}
                        · made {session.title || `on ${formatDate(session.date)}`}
                      </p>
                      <SuccessSignal signal={commitment.successSignal} />
                      <UpdateHistory
                        updates={updates.filter((u) => u.commitmentId === commitment.id)}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <JournalList cohortId={cohortId} cohort={cohort} member={member} />
        </div>
        <div className={styles.cohortLayoutSide}>
          <section className={panels.panel} aria-labelledby="member-attendance-heading">
            <div className={panels.header}>
              <h2 id="member-attendance-heading">Attendance</h2>
            </div>
            {attendance.length === 0 ? (
              <p className={panels.empty}>No session has recorded {member.name} yet.</p>
            ) : (
              <>
                <p className={panels.empty}>
                  Present at {present} of {plural(attendance.length, 'session')}.
                </p>
                <ul
                  className={`${panels.rows} ${styles.attendanceList}`}
                  aria-label="Attendance by session"
                >
                  {attendance.map(({ session, listed }) => (
                    <li key={session.id}>
                      <span>{session.title || formatDate(session.date)}</span>
                      <span className={listed.present ? badges.badge : badges.quiet}>
                        {listed.present ? 'Present' : listed.excused ? 'Excused' : 'Absent'}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className={panels.panel} aria-labelledby="member-roles-heading">
            <div className={panels.header}>
              <h2 id="member-roles-heading">Roles served</h2>
            </div>
            {served.length === 0 ? (
              <p className={panels.empty}>{member.name} has not held a rotating role yet.</p>
            ) : (
              <dl className={styles.charter}>
                {served.map((service) => (
                  <div key={service.role}>
                    <dt>{ROLE_WORDS[service.role].label}</dt>
                    <dd>
                      {plural(service.times, 'time')}, last on {formatDate(service.lastDate!)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
