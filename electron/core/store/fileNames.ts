/** Cohort file names and the opaque ids views use in place of paths. */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';

export const COHORT_EXTENSION = '.cohort';

export const isCohortFileName = (name: string) =>
  name.toLowerCase().endsWith(COHORT_EXTENSION) && !name.startsWith('.');

/** A stable id for a file: a short hash of its absolute path. Views cannot choose a path. */
export const cohortIdFor = (path: string) =>
  createHash('sha256').update(resolve(path)).digest('base64url').slice(0, 16);

/** The cohort file's name without its extension. */
export const stemOf = (path: string) => basename(path).replace(/\.cohort$/i, '');

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A name safe on every platform: no separators, control or reserved characters, no trailing dots. */
export function sanitiseFileStem(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 80)
    .trim();
  if (cleaned === '' || RESERVED.test(cleaned))
    return cleaned === '' ? 'Cohort' : `${cleaned} cohort`;
  return cleaned;
}

/** "Leadership circle.cohort", then "Leadership circle 2.cohort", ... not among `taken`. */
export function uniqueFileName(stem: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const candidate = `${n === 1 ? stem : `${stem} ${n}`}${COHORT_EXTENSION}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
