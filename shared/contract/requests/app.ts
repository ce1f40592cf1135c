import { z } from 'zod';
import { query } from '../spec.ts';

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** True for a presenter or other read-only connection: commands are refused. */
  readOnly: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appRequests = {
  'app.info': query(z.object({}).strict(), AppInfoSchema),
};
