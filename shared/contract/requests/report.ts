/** A session's report as a file to send, print or import elsewhere, rendered by the core. */
import { z } from 'zod';
import { ExportFormatSchema } from '../../vocabulary/exportFormats.ts';
import { sessionRef } from '../fields.ts';
import { CONSOLE, query } from '../spec.ts';

export const ReportFileSchema = z.object({
  /** Says cohort, session and date: "Product leads circle — 2026-12-02 — action plan.csv". */
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1),
  text: z.string(),
});
export type ReportFile = z.infer<typeof ReportFileSchema>;

export const reportRequests = {
  'report.export': query(
    sessionRef.extend({ format: ExportFormatSchema }).strict(),
    ReportFileSchema,
    { audience: CONSOLE },
  ),
} as const;
