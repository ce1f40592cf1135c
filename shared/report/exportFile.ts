/**
 * One export of a session's report: the file's name, its type and its text, in the chosen format.
 * Pure, so the core renders it for any view and a test renders it without one.
 */
import type { Cohort } from '../cohort/schema.ts';
import { EXPORT_FORMAT_WORDS, type ExportFormat } from '../vocabulary/exportFormats.ts';
import { nextMeetingCalendar } from './calendar.ts';
import { commitmentsCsv, timingsCsv } from './csv.ts';
import { reportMarkdown } from './markdown.ts';
import { reportHtml } from './printableHtml.ts';
import { buildSessionReport, type SessionReport } from './sessionReport.ts';

export type ExportResult =
  | { ok: true; fileName: string; mimeType: string; text: string }
  | { ok: false; code: 'not-found' | 'rejected'; message: string };

/** Characters no file system takes in a name, and control characters, become spaces. */
export const safeFileNamePart = (part: string) =>
  part
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "Product leads circle — 2026-12-02 — Session 6 — action plan.csv"; the title only when it has one. */
export function exportFileName(report: SessionReport, format: ExportFormat): string {
  const parts = [report.cohort.name, report.date, report.title]
    .map(safeFileNamePart)
    .filter(Boolean);
  return `${parts.join(' — ')} — ${EXPORT_FORMAT_WORDS[format].suffix}`.slice(-200);
}

export function exportSessionReport(
  cohort: Cohort,
  sessionId: string,
  format: ExportFormat,
): ExportResult {
  const report = buildSessionReport(cohort, sessionId);
  if (!report)
    return { ok: false, code: 'not-found', message: `${cohort.name} has no session ${sessionId}.` };
  const file = (text: string): ExportResult => ({
    ok: true,
    fileName: exportFileName(report, format),
    mimeType: EXPORT_FORMAT_WORDS[format].mimeType,
    text,
  });
  switch (format) {
    case 'markdown':
      return file(reportMarkdown(report));
    case 'html':
      return file(reportHtml(report));
    case 'commitments-csv':
      return file(commitmentsCsv(report));
    case 'timings-csv':
      return file(timingsCsv(report));
    case 'next-meeting-ics': {
      const calendar = nextMeetingCalendar(report, cohort.cadence);
      return calendar.ok
        ? file(calendar.text)
        : { ok: false, code: 'rejected', message: calendar.message };
    }
  }
}
