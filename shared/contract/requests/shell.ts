/** What only the desktop shell can do for the console: a file's folder, the presenter window. */
import { z } from 'zod';
import { cohortRef, noInput } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';

const shown = z.object({ shown: z.literal(true) });

export const shellRequests = {
  /** Shows a cohort's file in the system's file manager (desktop app only). */
  'shell.showInFolder': command(cohortRef.strict(), shown, { audience: CONSOLE, changes: [] }),
  /** Opens (or brings forward) the presenter window on the projector (desktop app only). */
  'shell.showPresenter': command(noInput, shown, { audience: CONSOLE, changes: [] }),
} as const;
