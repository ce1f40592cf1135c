/**
 * Cohort files as files: what the home screen knows about each without opening it in full, the
 * recent files, the library folder and its origin, backups, and a file's save state.
 */
import { z } from 'zod';
import { MAX_LENGTH } from '../vocabulary/limits.ts';

export const CohortListingSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    id: z.string(),
    name: z.string(),
    fileName: z.string(),
    members: z.number().int(),
    sessions: z.number().int(),
    openCommitments: z.number().int(),
    modifiedAt: z.string(),
    /** The file has no write permission: it opens read-only (a banner offers "Save a copy elsewhere"). */
    readOnly: z.boolean().optional(),
  }),
  z.object({
    status: z.literal('error'),
    id: z.string(),
    fileName: z.string(),
    /** The first problem, in words: "session 3, commitment 2: due date 'next friday' is not a date". */
    problem: z.string(),
  }),
]);
export type CohortListing = z.infer<typeof CohortListingSchema>;

export const LibrarySchema = z.object({
  folder: z.string(),
  cohorts: z.array(CohortListingSchema),
});
export type Library = z.infer<typeof LibrarySchema>;

export const SaveStatusSchema = z.object({
  cohortId: z.string(),
  state: z.enum(['saved', 'saving', 'failed', 'conflict']),
  message: z.string().optional(),
  at: z.string(),
});
export type SaveStatus = z.infer<typeof SaveStatusSchema>;

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
export const cohortPath = z
  .string()
  .min(1)
  .max(MAX_LENGTH.path)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'The path must be absolute.')
  .refine((path) => path.toLowerCase().endsWith('.cohort'), 'Only .cohort files can be used.');

export const folderPath = z
  .string()
  .min(1)
  .max(MAX_LENGTH.path)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'The folder must be an absolute path.');

/**
 * A place for a request to write to or use: a path typed in the browser host, or, in the desktop
 * app, the handle of a path chosen in a native dialog ('shell.choosePath'). Exactly one of the two.
 */
export const exactlyOnePlace =
  (typed: 'path' | 'folder') => (input: Partial<Record<'path' | 'folder' | 'handle', unknown>>) =>
    (input[typed] === undefined) !== (input.handle === undefined);
