/** A cohort as a whole: creating one, reading it, its own fields, its backups, a copy elsewhere. */
import { z } from 'zod';
import { RoomSizeSchema } from '../../room/readability.ts';
import { CadenceSchema, CharterSchema, CohortSchema } from '../../cohort/schema.ts';
import { cohortName, cohortRef } from '../fields.ts';
import { MAX_LENGTH } from '../../vocabulary/limits.ts';
import {
  BackupSummarySchema,
  CohortListingSchema,
  cohortPath,
  exactlyOnePlace,
} from '../library.ts';
import { command, CONSOLE, query } from '../spec.ts';
import { ReportFileSchema } from './report.ts';
import { chosenPathHandle } from './shell.ts';

export const CohortFieldsSchema = z.object({
  name: z.string(),
  charter: CharterSchema,
  cadence: CadenceSchema,
  roomSize: RoomSizeSchema.nullable(),
});

const charterLine = z.string().trim().min(1).max(MAX_LENGTH.charterLine);

const charterPatch = z
  .object({
    mission: z.string().max(MAX_LENGTH.mission),
    weeklyTimeCommitment: z.string().max(MAX_LENGTH.charterLine),
    learningFormats: z.array(charterLine).max(50),
    projectKinds: z.array(charterLine).max(50),
    codeOfConduct: z.array(z.string().trim().min(1).max(MAX_LENGTH.conductRule)).max(50),
  })
  .partial()
  .strict();

const cadencePatch = CadenceSchema.pick({
  every: true,
  weekday: true,
  startTime: true,
  durationMinutes: true,
})
  .partial()
  .strict();

/** The cohort's file as a file: whether this app may write it. */
export const CohortFileStateSchema = z.object({
  /** The file has no write permission: it opens read-only, and is never changed. */
  readOnly: z.boolean(),
});

export const cohortRequests = {
  'cohort.fileState': query(cohortRef.strict(), CohortFileStateSchema, { audience: CONSOLE }),
  'cohort.create': command(z.object({ name: cohortName }).strict(), CohortListingSchema, {
    audience: CONSOLE,
    changes: ['library'],
  }),
  'cohort.get': query(cohortRef.strict(), CohortSchema, { audience: CONSOLE }),
  'cohort.update': command(
    cohortRef
      .extend({
        name: cohortName.optional(),
        charter: charterPatch.optional(),
        cadence: cadencePatch.optional(),
        /** The room the cohort meets in; null forgets it. */
        roomSize: RoomSizeSchema.nullable().optional(),
      })
      .strict(),
    CohortFieldsSchema,
    { audience: CONSOLE, changes: ['cohort'] },
  ),
  'cohort.backups': query(cohortRef.strict(), z.array(BackupSummarySchema), { audience: CONSOLE }),
  'cohort.restoreBackup': command(
    cohortRef.extend({ backupId: z.string().min(1).max(100) }).strict(),
    CohortListingSchema,
    { audience: CONSOLE, changes: ['cohort', 'library'] },
  ),
  /**
   * Writes the cohort as it is now to a new file: at a typed `path` (browser host) or at the place
   * chosen in the desktop app's dialog (`handle` from 'shell.choosePath'). Never overwrites.
   */
  'cohort.saveCopy': command(
    cohortRef
      .extend({ path: cohortPath.optional(), handle: chosenPathHandle.optional() })
      .strict()
      .refine(
        exactlyOnePlace('path'),
        'Give either the path of the copy or the place chosen in the dialog.',
      ),
    CohortListingSchema,
    { audience: CONSOLE, changes: ['library'] },
  ),
  /**
   * The whole cohort as one file to send: its .cohort document as it is, or an anonymised copy
   * (names replaced by roles, the private journal left out) for sharing learning across cohorts.
   */
  'cohort.export': query(
    cohortRef.extend({ anonymised: z.boolean().default(false) }).strict(),
    ReportFileSchema,
    { audience: CONSOLE },
  ),
} as const;
