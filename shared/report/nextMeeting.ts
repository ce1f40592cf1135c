/**
 * When the cohort meets next, from its cadence: the first day on the cadence's weekday after the
 * interval has (nearly) passed since the session, at its start time. An ad-hoc cohort has no next
 * meeting to put in a calendar. Calendar dates only, so no time zone can shift a day.
 */
import type { Cadence } from '../cohort/schema.ts';

export interface NextMeeting {
  /** ISO yyyy-mm-dd. */
  date: string;
  /** "16:00", the room's wall-clock time; absent when the cadence names none. */
  startTime: string | undefined;
  durationMinutes: number;
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** The first date on or after `from` falling on `weekday` (0 is Sunday), or `from` itself. */
function onWeekday(from: Date, weekday: number | undefined): Date {
  if (weekday === undefined) return from;
  const ahead = (weekday - from.getUTCDay() + 7) % 7;
  return new Date(from.getTime() + ahead * DAY);
}

/** Null for an ad-hoc cadence or a date that is not one. */
export function nextMeeting(cadence: Cadence, after: string): NextMeeting | null {
  const base = toDate(after);
  if (cadence.every === 'ad-hoc' || Number.isNaN(base.getTime())) return null;
  let earliest: Date;
  if (cadence.every === 'month') {
    // The same day next month, or the month's last day when it has fewer days.
    const year = base.getUTCFullYear();
    const month = base.getUTCMonth() + 1;
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    earliest = new Date(Date.UTC(year, month, Math.min(base.getUTCDate(), last)));
  } else {
    // With a weekday, any day of the week the interval ends in: the weekday puts it right.
    const days = cadence.every === 'week' ? 7 : 14;
    earliest = new Date(base.getTime() + (cadence.weekday === undefined ? days : days - 6) * DAY);
  }
  return {
    date: toIso(onWeekday(earliest, cadence.weekday)),
    startTime: cadence.startTime,
    durationMinutes: cadence.durationMinutes,
  };
}
