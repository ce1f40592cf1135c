import type { Cohort } from '../../../shared/cohort/schema.ts';
import { lastHolder, suggestRoles } from '../../../shared/cohort/rotation.ts';
import { ROLE_NAMES, ROLE_WORDS } from '../../../shared/vocabulary/roles.ts';
import { formatDate } from '../../ui/format/dates.ts';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

/**
 * The rotating roles: who served each last and who is due next by fairness (who served least
 * recently), so the facilitator can tell people at the end of a session what they do next time.
 */
export function RolesPanel({ cohort }: { cohort: Cohort }) {
  const active = cohort.members.filter((member) => !member.archived);
  const nameOf = (id: string) => cohort.members.find((member) => member.id === id)?.name ?? id;
  // Proposed as at setup with everyone in the room.
  const next = suggestRoles(
    cohort,
    active.map((member) => member.id),
  );
  return (
    <section className={panels.panel} aria-labelledby="roles-heading">
      <div className={panels.header}>
        <h2 id="roles-heading">Roles</h2>
      </div>
      {active.length === 0 ? (
        <p className={panels.empty}>Roles rotate between members once the cohort has some.</p>
      ) : (
        <dl className={styles.charter}>
          {ROLE_NAMES.map((role) => {
            const last = lastHolder(cohort.sessions, role);
            const due = next[role];
            return (
              <div key={role}>
                <dt>{ROLE_WORDS[role].label}</dt>
                <dd>
                  {last ? `${nameOf(last.memberId)} on ${formatDate(last.date)}` : 'Not held yet'}
                  {due ? ` · next: ${nameOf(due)}` : null}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
