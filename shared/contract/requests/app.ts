/** What this host is and can do, for every view. */
import { z } from 'zod';
import { noInput } from '../fields.ts';
import { query, ROLES, ROOM } from '../spec.ts';

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

/** The host's clock now: the live engine's instant (monotonic, epoch-like milliseconds). */
export const HostClockSchema = z.object({ now: z.number() });
export type HostClock = z.infer<typeof HostClockSchema>;

export const appRequests = {
  'app.info': query(noInput, AppInfoSchema, { audience: ['console', 'presenter'] }),
  /**
   * Every view runs its timers from the host's clock: it asks this a few times on connecting and
   * then now and then, and keeps the answer that came back fastest (renderer/ui/clock). Phones
   * run their timers from it too.
   */
  'app.clock': query(noInput, HostClockSchema, { audience: [...ROOM, 'participant'] }),
} as const;
