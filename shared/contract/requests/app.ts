/** What this host is and can do, for every view. */
import { z } from 'zod';
import { noInput } from '../fields.ts';
import { query, ROLES } from '../spec.ts';

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  /** The caller's role: only the console changes anything. */
  role: z.enum(ROLES),
  /** True for every role but the console: its commands are refused. */
  readOnly: z.boolean(),
  /** What the desktop shell can do for a view; a browser can do neither. */
  capabilities: z.object({
    showInFolder: z.boolean(),
    showPresenter: z.boolean(),
    /** The browser host can replace its shared links (Settings › New links). */
    renewLinks: z.boolean(),
  }),
  /** In the browser host, for the console: the presenter page (with its token), for a new window. */
  presenterPath: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appRequests = {
  'app.info': query(noInput, AppInfoSchema, { audience: ['console', 'presenter'] }),
} as const;
