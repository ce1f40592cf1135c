/**
 * How an export writes dates and names. Exports are files read elsewhere, later, by people in other
 * places: dates are written one way everywhere (English, the calendar date itself, no time zone
 * shift), so the same session always gives the same file.
 */
import type { SessionReport } from './sessionReport.ts';

// Written out here rather than by Intl, whose output differs between ICU versions.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const parts = (iso: string) => {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? null
    : {
        weekday: WEEKDAYS[date.getUTCDay()]!,
        day: date.getUTCDate(),
        month: MONTHS[date.getUTCMonth()]!,
        year: date.getUTCFullYear(),
      };
};

/** "Thursday 12 November 2026" for 2026-11-12. */
export function longDate(iso: string): string {
  const date = parts(iso);
  return date ? `${date.weekday} ${date.day} ${date.month} ${date.year}` : iso;
}

/** "12 Nov 2026" for 2026-11-12. */
export function shortDate(iso: string): string {
  const date = parts(iso);
  return date ? `${date.day} ${date.month.slice(0, 3)} ${date.year}` : iso;
}

/** The report's title: the session's own, or the date for an untitled one. */
export const reportTitle = (report: SessionReport): string =>
  report.title || `Session of ${longDate(report.date)}`;

/** A person present, marked when a guest. */
export const personWords = (person: { name: string; guest: boolean }): string =>
  person.guest ? `${person.name} (guest)` : person.name;

/** The success signal's column or label: how the group will know a commitment is done. */
export const SUCCESS_SIGNAL_HEAD = 'Done when';

/**
 * A progress update in one line: "Done: … Remaining: … Blockers: … (help asked)", leaving out
 * what is empty.
 */
export const progressWords = (
  update: { accomplished: string; remaining: string; blockers: string; helpAsked?: boolean },
  separator = ' ',
): string =>
  [
    update.accomplished && `Done: ${update.accomplished}`,
    update.remaining && `Remaining: ${update.remaining}`,
    update.blockers && `Blockers: ${update.blockers}${update.helpAsked ? ' (help asked)' : ''}`,
  ]
    .filter(Boolean)
    .join(separator);
