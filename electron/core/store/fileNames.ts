/**
 * Cohort file names and the opaque ids views use in place of paths. A name typed by a facilitator
 * becomes a file name that is safe on every platform: NFC, no separators, control, bidi or
 * zero-width characters, no leading dots (no hidden files, no "../"), no trailing dots or spaces,
 * none of Windows' reserved device names, and cut to at most 80 UTF-16 units without splitting a
 * character or a grapheme (an emoji with its modifiers stays whole).
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { stripInvisibles } from '../../../shared/cohort/names.ts';

export const COHORT_EXTENSION = '.cohort';
/** UTF-16 units of a file stem made from a name, before " 2" and the extension. */
export const MAX_STEM_UNITS = 80;

export const isCohortFileName = (name: string) =>
  name.toLowerCase().endsWith(COHORT_EXTENSION) && !name.startsWith('.');

/** A stable id for a file: a short hash of its absolute path. Views cannot choose a path. */
export const cohortIdFor = (path: string) =>
  createHash('sha256').update(resolve(path)).digest('base64url').slice(0, 16);

/** The cohort file's name without its extension. */
export const stemOf = (path: string) => basename(path).replace(/\.cohort$/i, '');

/** Windows' device names, reserved with any extension ("NUL.txt"), digits incl. superscripts. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The longest start of `text` of at most `max` UTF-16 units that ends between graphemes. */
export function cutAtGrapheme(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
    text,
  )) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

const trimEnds = (text: string) => text.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');

/** A name safe on every platform (see the header). */
export function sanitiseFileStem(name: string): string {
  const visible = stripInvisibles(name.normalize('NFC'), { keepEmojiJoiners: true });
  const cleaned = trimEnds(
    cutAtGrapheme(
      trimEnds(
        visible
          .replace(/[<>:"/\\|?*]/g, ' ')
          .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
          .replace(/\s+/gu, ' '),
      ),
      MAX_STEM_UNITS,
    ),
  );
  if (cleaned === '') return 'Cohort';
  const device = cleaned.split('.')[0]!.trim();
  return RESERVED.test(device) ? cleaned.replace(/^[^.]*/, (base) => `${base} cohort`) : cleaned;
}

/** "Leadership circle.cohort", then "Leadership circle 2.cohort", ... not among `taken`. */
export function uniqueFileName(stem: string, taken: Iterable<string>): string {
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const lower = new Set([...taken].map(key));
  for (let n = 1; ; n += 1) {
    const candidate = `${n === 1 ? stem : `${stem} ${n}`}${COHORT_EXTENSION}`;
    if (!lower.has(key(candidate))) return candidate;
  }
}
