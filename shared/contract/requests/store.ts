/**
 * Requests about cohort files as files: recent files, opening one from elsewhere, the library
 * folder, backups and restores, saving a copy elsewhere; and the edits of a cohort's own fields
 * (name, charter, cadence) and of its members.
 */
import { z } from 'zod';
import { CadenceSchema, CharterSchema, MemberSchema } from '../../cohort/schema.ts';
import { CohortListingSchema, LibrarySchema } from '../library.ts';
import { command, query } from '../spec.ts';
import { cohortRef, personName } from './cohort.ts';

export const RecentCohortSchema = z.object({
  cohortId: z.string(),
  fileName: z.string(),
  /** The folder the file is in, to show beside its name. */
  folder: z.string(),
  openedAt: z.string(),
  /** False when the file is no longer where it was. */
  available: z.boolean(),
});
export type RecentCohort = z.infer<typeof RecentCohortSchema>;

/**
 * Which library folder this run uses and why, for the settings screen. A folder given on the
 * command line (`--data`) wins for the run it was given to; otherwise the folder saved in the app
 * settings, otherwise the default one. Choosing a folder in the app switches to it at once and
 * saves it for later starts.
 */
export const LibraryFolderInfoSchema = z.object({
  /** The folder the home screen lists now. */
  folder: z.string(),
  /** Where `folder` came from. */
  source: z.enum(['command-line', 'saved', 'default']),
  /** The folder given with `--data` when this run started, if any. */
  commandLineFolder: z.string().nullable(),
  /** The folder saved in the app settings, if any: used for starts without `--data`. */
  savedFolder: z.string().nullable(),
  /** The user-data folder: app settings and the recent-files list. */
  userDataFolder: z.string(),
  /** The app settings file in it. */
  settingsFile: z.string(),
});
export type LibraryFolderInfo = z.infer<typeof LibraryFolderInfoSchema>;

export const BackupSummarySchema = z.object({
  id: z.string(),
  at: z.string(),
  sizeBytes: z.number().int(),
  sessions: z.number().int(),
  notes: z.number().int(),
  commitments: z.number().int(),
  problem: z.string().optional(),
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

/** A path the facilitator picked (dialog, drag and drop): absolute, and a `.cohort` file. */
const cohortPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'The path must be absolute.')
  .refine((path) => path.toLowerCase().endsWith('.cohort'), 'Only .cohort files can be used.');

const folderPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'The folder must be an absolute path.');

export const CohortFieldsSchema = z.object({
  name: z.string(),
  charter: CharterSchema,
  cadence: CadenceSchema,
});

const charterPatch = z
  .object({
    mission: z.string().max(4000),
    weeklyTimeCommitment: z.string().max(200),
    learningFormats: z.array(z.string().trim().min(1).max(200)).max(50),
    projectKinds: z.array(z.string().trim().min(1).max(200)).max(50),
    codeOfConduct: z.array(z.string().trim().min(1).max(1000)).max(50),
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

const memberRef = cohortRef.extend({ memberId: z.string().min(1).max(64) });

export const storeRequests = {
  'library.recent': query(z.object({}).strict(), z.array(RecentCohortSchema)),
  'library.open': command(z.object({ path: cohortPath }).strict(), CohortListingSchema),
  'library.folder': query(z.object({}).strict(), LibraryFolderInfoSchema),
  /**
   * Uses another library folder from now on and saves it in the app settings. A missing folder is
   * created only with `create: true` (the default); without it the answer is not-found, so a view
   * can ask first. A path that is a file is refused.
   */
  'library.setFolder': command(
    z.object({ folder: folderPath, create: z.boolean().default(true) }).strict(),
    LibrarySchema,
  ),
  'cohort.backups': query(cohortRef.strict(), z.array(BackupSummarySchema)),
  'cohort.restoreBackup': command(
    cohortRef.extend({ backupId: z.string().min(1).max(100) }).strict(),
    CohortListingSchema,
  ),
  'cohort.saveCopy': command(cohortRef.extend({ path: cohortPath }).strict(), CohortListingSchema),
  'cohort.update': command(
    cohortRef
      .extend({
        name: personName.optional(),
        charter: charterPatch.optional(),
        cadence: cadencePatch.optional(),
      })
      .strict(),
    CohortFieldsSchema,
  ),
  'member.update': command(
    memberRef
      .extend({
        name: personName.optional(),
        role: z.string().trim().max(200).optional(),
        strengths: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
      })
      .strict(),
    MemberSchema,
  ),
  'member.archive': command(
    memberRef.extend({ archived: z.boolean().default(true) }).strict(),
    MemberSchema,
  ),
};
