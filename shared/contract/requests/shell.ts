/**
 * What only the desktop shell can do for the console: a file's folder, the presenter window, and
 * the native dialogs that choose where a copy goes or which folder is the library. A dialog's
 * choice stays in the host: the console gets a handle to send back, and the path only to show.
 */
import { z } from 'zod';
import { cohortRef, noInput } from '../fields.ts';
import { command, CONSOLE } from '../spec.ts';

const shown = z.object({ shown: z.literal(true) });

/** What a chosen path is for; a handle is good only for the request of its purpose. */
/** What a path is for: a copy's place, the library folder (both from dialogs), a file dropped to open. */
export const PathPurposeSchema = z.enum(['save-copy', 'library-folder', 'open']);
export type PathPurpose = z.infer<typeof PathPurposeSchema>;

/** A handle for a path chosen in a native dialog: good once, for a few minutes. */
export const chosenPathHandle = z.string().min(1).max(100);

export const ChosenPathSchema = z.union([
  z.object({ handle: chosenPathHandle, shown: z.string() }),
  z.object({ cancelled: z.literal(true) }),
]);
export type ChosenPath = z.infer<typeof ChosenPathSchema>;

export const shellRequests = {
  /** Shows a cohort's file in the system's file manager (desktop app only). */
  'shell.showInFolder': command(cohortRef.strict(), shown, { audience: CONSOLE, changes: [] }),
  /** Opens (or brings forward) the presenter window on the projector (desktop app only). */
  'shell.showPresenter': command(noInput, shown, { audience: CONSOLE, changes: [] }),
  /**
   * Asks the facilitator in a native dialog where to save a copy of a cohort (`cohortId` needed)
   * or which folder to use as the library (desktop app only). Answers a handle for
   * 'cohort.saveCopy' or 'library.setFolder' and the path to show, or that the dialog was cancelled.
   */
  'shell.choosePath': command(
    z
      .object({ purpose: PathPurposeSchema, cohortId: cohortRef.shape.cohortId.optional() })
      .strict()
      .refine((input) => input.purpose !== 'save-copy' || input.cohortId !== undefined, {
        message: 'Say which cohort to save a copy of.',
        path: ['cohortId'],
      }),
    ChosenPathSchema,
    { audience: CONSOLE, changes: [] },
  ),
} as const;
