import { z } from 'zod';
import { command, query } from '../spec.ts';
import { cohortRef } from './cohort.ts';

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** True for a presenter or other read-only connection: commands are refused. */
  readOnly: z.boolean(),
  /** What the desktop shell can do for a view; a browser can do neither. */
  capabilities: z.object({ showInFolder: z.boolean(), showPresenter: z.boolean() }),
  /** In the browser host: where the presenter page is (with its read-only token), for a new window. */
  presenterPath: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appRequests = {
  'app.info': query(z.object({}).strict(), AppInfoSchema),
  /** Shows a cohort's file in the system's file manager (desktop app only). */
  'shell.showInFolder': command(cohortRef.strict(), z.object({ shown: z.literal(true) })),
  /** Opens (or brings forward) the presenter window on the projector (desktop app only). */
  'shell.showPresenter': command(z.object({}).strict(), z.object({ shown: z.literal(true) })),
};
