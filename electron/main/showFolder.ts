/**
 * "Show Library Folder" hands the folder to the system's file manager, which opens whatever it is
 * given: a link could lead anywhere, a file would be run. So the shell opens the folder only when
 * the store found it to be a plain directory, and otherwise says why in the log. Pure.
 */
export type ShowFolderDecision = { open: string } | { skip: string };

export const showLibraryFolderDecision = (
  folder: string,
  isPlainDirectory: boolean,
): ShowFolderDecision =>
  isPlainDirectory
    ? { open: folder }
    : {
        skip: `the library folder ${folder} is not shown: it is not a plain folder (a link, a file, or missing)`,
      };
