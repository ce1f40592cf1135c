/**
 * Whether the back row can read the room's screen: the AVIXA DISCAS rule for basic decision making
 * (AVIXA V202.01), element height ≥ farthest viewer distance / (image height × 200), as a share of
 * the image height. For text we take the lowercase x-height as the element, the stricter reading,
 * so the rule gives the smallest font size the presenter may use for its smallest text.
 */
import { z } from 'zod';

/** DISCAS's acuity factor for basic decision making (presentations, classrooms, meeting rooms). */
export const ACUITY_FACTOR = 200;
/** The x-height of the presenter's sans-serif faces, in em (system UI faces sit at 0.50–0.54). */
export const X_HEIGHT_EM = 0.53;

export const ROOM_SIZE_LIMITS = {
  farthestSeatMetres: { min: 1, max: 60 },
  screenHeightMetres: { min: 0.2, max: 15 },
} as const;

export const RoomSizeSchema = z.looseObject({
  /** From the screen to the farthest seat. */
  farthestSeatMetres: z
    .number()
    .min(ROOM_SIZE_LIMITS.farthestSeatMetres.min)
    .max(ROOM_SIZE_LIMITS.farthestSeatMetres.max),
  /** The height of the projected image (not of the wall). */
  screenHeightMetres: z
    .number()
    .min(ROOM_SIZE_LIMITS.screenHeightMetres.min)
    .max(ROOM_SIZE_LIMITS.screenHeightMetres.max),
});
export type RoomSize = z.infer<typeof RoomSizeSchema>;

/** The smallest element the farthest seat can read, as a share of the image height (0.035 = 3.5 %). */
export const minimumElementShare = (room: RoomSize): number =>
  room.farthestSeatMetres / (room.screenHeightMetres * ACUITY_FACTOR);

/** The smallest font size, in CSS pixels, readable from the farthest seat on a screen this tall. */
export const minimumFontPx = (room: RoomSize, screenHeightPx: number): number =>
  Math.ceil((minimumElementShare(room) * screenHeightPx) / X_HEIGHT_EM);

/**
 * About how large the presenter can set a question, as a share of the screen's height, before the
 * question is shown: its box is about 90 % of the width and 40 % of the height (the speaker and
 * the turn timer keep the rest), a bold character is about 0.6 em wide, a line 1.15 em tall. The
 * presenter measures the real fit; this lets the console warn about a question while previewing it.
 */
export function estimateQuestionShare(
  characters: number,
  aspect = 16 / 9,
  maxShare = QUESTION_MAX_SHARE,
): number {
  const width = 0.9 * aspect;
  const height = 0.4;
  const fits = (share: number) => {
    const perLine = Math.max(1, Math.floor(width / (0.6 * share)));
    return Math.ceil(Math.max(1, characters) / perLine) * 1.15 * share <= height;
  };
  let low = 0.005;
  let high = maxShare;
  if (fits(high)) return high;
  for (let step = 0; step < 20; step++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/** The largest a question is set, as a share of the screen's height. */
export const QUESTION_MAX_SHARE = 0.13;

/** Whether a text set at this share of the screen's height is readable from the farthest seat. */
export const readableAt = (fontShare: number, minimumShare: number): boolean =>
  fontShare * X_HEIGHT_EM >= minimumShare;

/**
 * The largest smallest-text the presenter applies, as a share of the screen's height (room.css):
 * a room that needs more has a screen too small for it, and the console says so.
 */
export const MAX_MINIMUM_FONT_SHARE = 0.06;

/** Whether the room's screen is big enough for its farthest seat at all. */
export const screenBigEnough = (room: RoomSize): boolean =>
  minimumElementShare(room) / X_HEIGHT_EM <= MAX_MINIMUM_FONT_SHARE;
