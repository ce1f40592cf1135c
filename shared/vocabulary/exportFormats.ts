/**
 * What a session's report can be exported as, declared once: the contract validates with it, the
 * Export menu offers each with its words, and the core names the file with its suffix. The words
 * are a Record over the formats, so a new format fails to compile until it has them.
 */
import { z } from 'zod';

export const ExportFormatSchema = z.enum([
  'markdown',
  'html',
  'commitments-csv',
  'timings-csv',
  'next-meeting-ics',
]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export const EXPORT_FORMATS: readonly ExportFormat[] = ExportFormatSchema.options;

export interface ExportFormatWords {
  /** The menu's choice. */
  label: string;
  /** What it is for, under the choice. */
  hint: string;
  /** The end of the file name, after the cohort and the session: "action plan.csv". */
  suffix: string;
  mimeType: string;
}

export const EXPORT_FORMAT_WORDS: Record<ExportFormat, ExportFormatWords> = {
  markdown: {
    label: 'Report as Markdown',
    hint: 'For email, chat and wikis',
    suffix: 'report.md',
    mimeType: 'text/markdown;charset=utf-8',
  },
  html: {
    label: 'Printable report',
    hint: 'One web page that prints well, or saves as PDF',
    suffix: 'report.html',
    mimeType: 'text/html;charset=utf-8',
  },
  'commitments-csv': {
    label: 'Action plan as CSV',
    hint: 'Who does what by when, for a spreadsheet',
    suffix: 'action plan.csv',
    mimeType: 'text/csv;charset=utf-8',
  },
  'timings-csv': {
    label: 'Timings as CSV',
    hint: 'Planned against actual minutes per segment',
    suffix: 'timings.csv',
    mimeType: 'text/csv;charset=utf-8',
  },
  'next-meeting-ics': {
    label: 'Next meeting for a calendar',
    hint: 'The next session from the cadence, and the commitments’ due dates',
    suffix: 'next meeting.ics',
    mimeType: 'text/calendar;charset=utf-8',
  },
};
