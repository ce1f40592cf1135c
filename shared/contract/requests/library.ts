/** The library of cohort files: listing it, recent files, opening one from elsewhere, its folder. */
import { z } from 'zod';
import { noInput } from '../fields.ts';
import {
  CohortListingSchema,
  cohortPath,
  exactlyOnePlace,
  folderPath,
  LibraryFolderInfoSchema,
  LibrarySchema,
  RecentCohortSchema,
} from '../library.ts';
import { command, CONSOLE, query } from '../spec.ts';

import { chosenPathHandle } from './shell.ts';

/**
 * An imported file travels in one message, and the browser host takes messages of up to 1 MB: a
 * larger cohort file is opened where it lies ('library.open') instead.
 */
const MAX_IMPORT_CHARACTERS = 300_000;

export const libraryRequests = {
  'library.list': query(noInput, LibrarySchema, { audience: CONSOLE }),
  'library.recent': query(noInput, z.array(RecentCohortSchema), { audience: CONSOLE }),
  /**
   * Opens a cohort file from elsewhere: a path (the browser host; in the desktop app only one from
   * Recently opened), or the handle of a dropped file (the desktop app).
   */
  'library.open': command(
    z
      .object({ path: cohortPath.optional(), handle: chosenPathHandle.optional() })
      .strict()
      .refine(exactlyOnePlace('path'), 'Give either the path or the handle of a dropped file.'),
    CohortListingSchema,
    { audience: CONSOLE, changes: ['library'] },
  ),
  'library.folder': query(noInput, LibraryFolderInfoSchema, { audience: CONSOLE }),
  /**
   * Uses another library folder from now on and saves it in the app settings. A missing folder is
   * created only with `create: true` (the default); without it the answer is not-found, so a view
   * can ask first. A path that is a file is refused. The folder is typed (`folder`, browser host)
   * or chosen in the desktop app's dialog (`handle` from 'shell.choosePath').
   */
  'library.setFolder': command(
    z
      .object({
        folder: folderPath.optional(),
        handle: chosenPathHandle.optional(),
        create: z.boolean().default(true),
      })
      .strict()
      .refine(
        exactlyOnePlace('folder'),
        'Give either the folder or the place chosen in the dialog.',
      ),
    LibrarySchema,
    { audience: CONSOLE, changes: ['library'] },
  ),
  /**
   * A cohort file's text brought in from elsewhere (an upload, a copy someone sent) as a new
   * cohort of this library: it always gets a file and an id of its own, so it can collide with
   * nothing here, and everything else in it is kept.
   */
  'library.import': command(
    z
      .object({
        text: z.string().min(1).max(MAX_IMPORT_CHARACTERS),
      })
      .strict(),
    CohortListingSchema,
    { audience: CONSOLE, changes: ['library'] },
  ),
} as const;
