/** Paths as text, for the "Save a copy elsewhere" field: the renderer has no path module. */

/** The separator the folder already uses (Windows paths use backslashes). */
const separatorOf = (folder: string) => (/^[A-Za-z]:\\|^\\\\/.test(folder) ? '\\' : '/');

export const stemOfFileName = (fileName: string) => fileName.replace(/\.cohort$/i, '');

/** "<library folder>/<stem> copy.cohort". */
export function copyPathIn(folder: string, fileName: string): string {
  const separator = separatorOf(folder);
  const base = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  return `${base}${stemOfFileName(fileName)} copy.cohort`;
}
