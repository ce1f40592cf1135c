/**
 * The report's tables as CSV, for spreadsheets: the commitments (who does what by when) and the
 * time planned against the time taken per segment (the post-event timing report Ontime users
 * keep). Written with papaparse: RFC 4180 quoting, CRLF between records, and a byte-order mark so
 * spreadsheet programs read the names as UTF-8. A text cell that a spreadsheet would run as a
 * formula (=, +, -, @, a tab or a carriage return first) gets a leading apostrophe; figures are
 * written as numbers and are left alone.
 */
import Papa from 'papaparse';
import { COMMITMENT_STATUS_WORDS } from '../vocabulary/commitmentStatus.ts';
import { progressWords, reportTitle } from './reportWords.ts';
import type { SessionReport } from './sessionReport.ts';

/**
 * Anywhere in the cell's first character. papaparse's own default pattern ends in `.*$`, which
 * lets "=1\n…" through because `.` stops at the line break.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number;

/** RFC 4180 CSV of a header and rows, formula starts neutralised. */
export function toCsv(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${Papa.unparse([head, ...rows] as Cell[][], {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  })}\r\n`;
}

/** Minutes to one decimal, as a number a spreadsheet can add up. */
const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

export function commitmentsCsv(report: SessionReport): string {
  const session = reportTitle(report);
  return toCsv(
    // The success signal came later: it goes last, so a sheet that reads the columns by place
    // still finds each where it was.
    [
      'Owner',
      'Action',
      'Due date',
      'Status',
      'Made in',
      'Progress',
      'Cohort',
      'Session date',
      'Success signal',
    ],
    [
      ...report.actionPlan.map((c) => [
        c.owner,
        c.action,
        c.dueDate,
        COMMITMENT_STATUS_WORDS[c.status].label,
        session,
        '',
        report.cohort.name,
        report.date,
        c.successSignal ?? '',
      ]),
      ...report.reviewed.map((c) => [
        c.owner,
        c.action,
        c.dueDate,
        COMMITMENT_STATUS_WORDS[c.status].label,
        c.madeIn,
        // Every update, oldest first, each after its date; one line, so any program reads it.
        c.updates.map((u) => `[${u.at.slice(0, 10)}] ${progressWords(u)}`).join(' '),
        report.cohort.name,
        report.date,
        c.successSignal ?? '',
      ]),
    ],
  );
}

export function timingsCsv(report: SessionReport): string {
  return toCsv(
    ['Segment', 'Planned (min)', 'Actual (min)', 'Over (+) or under (−) (min)', 'Skipped'],
    report.segments.map((s) => [
      s.title,
      minutes(s.plannedMs),
      s.actualMs === null ? '' : minutes(s.actualMs),
      s.actualMs === null ? '' : minutes(s.actualMs - s.plannedMs),
      s.skipped ? 'yes' : 'no',
    ]),
  );
}
