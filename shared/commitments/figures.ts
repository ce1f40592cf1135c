/**
 * Follow-through and attendance, the figures seed 003 asks a cohort to track: per member and for
 * the cohort, commitments made, done, done on time (by their due date), the median days from
 * making one to having it done, how many are still open, and how many of the cohort's sessions
 * they attended.
 */
import type { Cohort } from '../cohort/schema.ts';
import { daysBetween } from './calendar.ts';

export interface FollowThrough {
  made: number;
  done: number;
  doneOnTime: number;
  /** Neither done nor dropped. */
  open: number;
  /** Null until something is done. */
  medianDaysToDone: number | null;
}

export interface MemberFigures extends FollowThrough {
  memberId: string;
  name: string;
  attended: number;
  /** Sessions whose attendance lists the member, present or not. */
  recorded: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function tally(commitments: Cohort['sessions'][number]['commitments']): FollowThrough {
  const done = commitments.filter((c) => c.status === 'done' && c.completedAt);
  const days = done.map((c) => daysBetween(c.createdAt.slice(0, 10), c.completedAt!.slice(0, 10)));
  return {
    made: commitments.length,
    done: done.length,
    doneOnTime: done.filter((c) => c.completedAt!.slice(0, 10) <= c.dueDate).length,
    open: commitments.filter((c) => c.status === 'open').length,
    medianDaysToDone: median(days.map((d) => Math.max(0, d))),
  };
}

export interface Attendance {
  attended: number;
  recorded: number;
}

/** Attended as a share of the sessions recorded, 0 to 1; null when none was recorded. */
export const attendanceRate = ({ attended, recorded }: Attendance): number | null =>
  recorded === 0 ? null : attended / recorded;

export function cohortFigures(cohort: Cohort): {
  cohort: FollowThrough;
  members: MemberFigures[];
  /** Every member's attendance added up: the cohort's attendance rate. */
  attendance: Attendance;
} {
  const commitments = cohort.sessions.flatMap((session) => session.commitments);
  const members = cohort.members
    .filter((member) => !member.archived)
    .map((member) => {
      const listed = cohort.sessions.flatMap((session) =>
        session.attendance.filter((a) => a.memberId === member.id),
      );
      return {
        memberId: member.id,
        name: member.name,
        ...tally(commitments.filter((c) => c.ownerId === member.id)),
        attended: listed.filter((a) => a.present).length,
        recorded: listed.length,
      };
    });
  const attendance = {
    attended: members.reduce((sum, m) => sum + m.attended, 0),
    recorded: members.reduce((sum, m) => sum + m.recorded, 0),
  };
  return { cohort: tally(commitments), members, attendance };
}
