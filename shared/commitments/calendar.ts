/**
 * Calendar dates (ISO yyyy-mm-dd) as plain day arithmetic, in UTC so no time zone or daylight
 * saving shift moves a day, and when a cohort meets next by its cadence.
 */
import type { Cadence } from '../cohort/schema.ts';

const DAY = 24 * 3600_000;

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whether the text is a real calendar date (the date field can hold a half-typed one). */
export const isCalendarDate = (iso: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(toMs(iso)) && toIso(toMs(iso)) === iso;

export const addDays = (iso: string, days: number): string => toIso(toMs(iso) + days * DAY);

/** Whole days from one date to another: negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toMs(to) - toMs(from)) / DAY);

const weekdayOf = (iso: string): number => new Date(toMs(iso)).getUTCDay();

/** The first date on or after `iso` that falls on the weekday (0 = Sunday). */
function onOrAfterWeekday(iso: string, weekday: number): string {
  return addDays(iso, (weekday - weekdayOf(iso) + 7) % 7);
}

function addMonth(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month, Math.min(day, lastDay)));
}

/**
 * When the cohort meets after the session on `from`, by its cadence: a week, two weeks or a month
 * on, moved to the cadence's weekday when it has one; null when it meets ad hoc.
 */
export function nextSessionAfter(cadence: Cadence, from: string): string | null {
  if (!isCalendarDate(from)) return null;
  switch (cadence.every) {
    case 'ad-hoc':
      return null;
    case 'week':
      return cadence.weekday === undefined
        ? addDays(from, 7)
        : onOrAfterWeekday(addDays(from, 1), cadence.weekday);
    case 'two-weeks':
      return cadence.weekday === undefined
        ? addDays(from, 14)
        : onOrAfterWeekday(addDays(from, 8), cadence.weekday);
    case 'month': {
      const month = addMonth(from);
      return cadence.weekday === undefined ? month : onOrAfterWeekday(month, cadence.weekday);
    }
  }
}
