/**
 * When two names are the same name to a person: text that differs only by characters nobody sees
 * (zero-width spaces and joiners, bidi controls, a byte-order mark, soft hyphens), by compatibility
 * forms (full-width letters, ligatures, "ﬁ" for "fi"), by letter case or by spacing is one name.
 * Pure, for the member handlers (no duplicate members) and for file names (nothing hidden in them).
 */

/** Invisible format characters: zero-width, joiners, bidi marks and controls, BOM, soft hyphen. */
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** A zero-width joiner inside an emoji sequence (👩‍💻) is part of the picture, not hidden text. */
const PICTURE_BEFORE = /\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?$/u;
const PICTURE_AFTER = /^\p{Extended_Pictographic}/u;
const joinsEmoji = (text: string, at: number) =>
  PICTURE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) &&
  PICTURE_AFTER.test(text.slice(at + 1, at + 3));

/** `text` without invisible characters; `keepEmojiJoiners` keeps the joiners that build emoji. */
export function stripInvisibles(text: string, { keepEmojiJoiners = false } = {}): string {
  return text.replace(INVISIBLE, (char: string, at: number) =>
    keepEmojiJoiners && char === '\u200D' && joinsEmoji(text, at) ? char : '',
  );
}

/** The form two names are compared in: NFKC, no invisibles, spaces collapsed, case folded. */
export function nameKey(name: string): string {
  return stripInvisibles(name.normalize('NFKC'))
    .replace(/\s+/gu, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC');
}

/** True when `a` and `b` are the same name to a person (see the header). */
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);
