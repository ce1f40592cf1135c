/**
 * Rotating roles (DOMAIN.md, [003]): who is next for each role. A role passes to the next member in
 * the cohort's rotation order after whoever held it at the latest session, skipping those not in
 * the room and anyone already suggested for another role, so no one is asked to do two jobs while
 * someone else is free. A role no session has given out yet gets no suggestion.
 */
import type { RoleName } from '../vocabulary/roles.ts';
import type { Cohort } from './schema.ts';

export type RolesOfTheDay = Partial<Record<RoleName, string>>;

/** Members in the order roles pass between them: the cohort's rotation, then anyone it leaves out. */
export function rotationOrder(cohort: Pick<Cohort, 'members' | 'rolesRotation'>): string[] {
  const active = cohort.members.filter((member) => !member.archived).map((member) => member.id);
  const listed = cohort.rolesRotation.order.filter((id) => active.includes(id));
  return [...listed, ...active.filter((id) => !listed.includes(id))];
}

/** Who held the role at the latest session (by date; of two on one day, the later one) that gave it out. */
function lastHolder(sessions: Cohort['sessions'], role: RoleName): string | undefined {
  let latest: { date: string; holder: string } | undefined;
  for (const session of sessions) {
    const holder = session.roles[role];
    if (holder !== undefined && (latest === undefined || session.date >= latest.date))
      latest = { date: session.date, holder };
  }
  return latest?.holder;
}

export function suggestRoles(
  cohort: Pick<Cohort, 'members' | 'rolesRotation' | 'sessions'>,
  present: readonly string[],
): RolesOfTheDay {
  const order = rotationOrder(cohort);
  const here = new Set(present);
  const taken = new Set<string>();
  const suggested: RolesOfTheDay = {};
  for (const role of cohort.rolesRotation.roles) {
    const last = lastHolder(cohort.sessions, role);
    if (last === undefined || order.length === 0) continue;
    // After the last holder; from the top of the order when they have left the cohort.
    const from = order.indexOf(last);
    for (let step = 1; step <= order.length; step++) {
      const candidate = order[(from + step) % order.length]!;
      if (here.has(candidate) && !taken.has(candidate)) {
        suggested[role] = candidate;
        taken.add(candidate);
        break;
      }
    }
  }
  return suggested;
}
