/**
 * Rotating roles (DOMAIN.md, [003]): who is proposed for each role at session setup. Fairness is
 * "who served least recently": among the members in the room, the one whose last turn in the role
 * is oldest (never is oldest of all), then whoever has held it fewest times, then the cohort's
 * rotation order. No one is proposed for two roles while someone else in the room is free.
 */
import { ROLE_NAMES, type RoleName } from '../vocabulary/roles.ts';
import type { Cohort } from './schema.ts';

export type RolesOfTheDay = Partial<Record<RoleName, string>>;

type RotationCohort = Pick<Cohort, 'members' | 'rolesRotation' | 'sessions'>;

/** Members in the order roles pass between them: the cohort's rotation, then anyone it leaves out. */
export function rotationOrder(cohort: Pick<Cohort, 'members' | 'rolesRotation'>): string[] {
  const active = cohort.members.filter((member) => !member.archived).map((member) => member.id);
  const listed = cohort.rolesRotation.order.filter((id) => active.includes(id));
  return [...listed, ...active.filter((id) => !listed.includes(id))];
}

/** One member's service in one role: how often, and the latest session (date, then file order). */
export interface RoleService {
  times: number;
  /** The latest session's date, or null for never. */
  lastDate: string | null;
  /** That session's place in the file, to order two sessions on one day. */
  lastIndex: number;
}

const NEVER: RoleService = { times: 0, lastDate: null, lastIndex: -1 };

/** Role → member id → their service in it, over every session of the cohort. */
export function roleServices(
  sessions: Cohort['sessions'],
): Map<RoleName, Map<string, RoleService>> {
  const services = new Map<RoleName, Map<string, RoleService>>(
    ROLE_NAMES.map((role) => [role, new Map()]),
  );
  sessions.forEach((session, index) => {
    for (const role of ROLE_NAMES) {
      const holder = session.roles[role];
      if (holder === undefined) continue;
      const byMember = services.get(role)!;
      const before = byMember.get(holder) ?? NEVER;
      const later =
        before.lastDate === null ||
        session.date > before.lastDate ||
        (session.date === before.lastDate && index > before.lastIndex);
      byMember.set(holder, {
        times: before.times + 1,
        lastDate: later ? session.date : before.lastDate,
        lastIndex: later ? index : before.lastIndex,
      });
    }
  });
  return services;
}

/** Who held the role at the latest session that gave it out, and that session's date. */
export function lastHolder(
  sessions: Cohort['sessions'],
  role: RoleName,
): { memberId: string; date: string } | null {
  let latest: { memberId: string; date: string } | null = null;
  for (const session of sessions) {
    const holder = session.roles[role];
    // Of two sessions on one day, the later one in the file.
    if (holder !== undefined && (latest === null || session.date >= latest.date))
      latest = { memberId: holder, date: session.date };
  }
  return latest;
}

/** Negative when `a` served longer ago than `b` (so comes first), by date then file order. */
function longerAgo(a: RoleService, b: RoleService): number {
  if (a.lastDate !== b.lastDate) {
    if (a.lastDate === null) return -1;
    if (b.lastDate === null) return 1;
    return a.lastDate < b.lastDate ? -1 : 1;
  }
  if (a.lastIndex !== b.lastIndex) return a.lastIndex - b.lastIndex;
  return a.times - b.times;
}

/** The members in the room in the order they are due the role: least recently served first. */
export function dueForRole(
  cohort: RotationCohort,
  role: RoleName,
  present: readonly string[],
  services = roleServices(cohort.sessions),
): string[] {
  const here = new Set(present);
  const order = rotationOrder(cohort).filter((id) => here.has(id));
  const byMember = services.get(role)!;
  const place = new Map(order.map((id, index) => [id, index]));
  return [...order].sort(
    (a, b) =>
      longerAgo(byMember.get(a) ?? NEVER, byMember.get(b) ?? NEVER) ||
      place.get(a)! - place.get(b)!,
  );
}

/** Roles the facilitator has set by hand: a member id, or null for "no one". */
export type ChosenRoles = Partial<Record<RoleName, string | null>>;

/**
 * The roles of the day: those chosen by hand as chosen, the others proposed by fairness among the
 * members present who hold no chosen role.
 */
export function suggestRoles(
  cohort: RotationCohort,
  present: readonly string[],
  chosen: ChosenRoles = {},
): RolesOfTheDay {
  const services = roleServices(cohort.sessions);
  const here = new Set(present);
  const suggested: RolesOfTheDay = {};
  const taken = new Set<string>();
  for (const role of ROLE_NAMES) {
    const holder = chosen[role];
    if (typeof holder === 'string' && here.has(holder)) {
      suggested[role] = holder;
      taken.add(holder);
    }
  }
  for (const role of ROLE_NAMES) {
    if (chosen[role] === null || suggested[role] !== undefined) continue;
    const next = dueForRole(cohort, role, present, services).find((id) => !taken.has(id));
    if (next === undefined) continue;
    suggested[role] = next;
    taken.add(next);
  }
  return suggested;
}
