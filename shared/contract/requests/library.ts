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
} as const;
