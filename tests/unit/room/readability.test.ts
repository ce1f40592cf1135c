import { describe, expect, it } from 'vitest';
import {
  estimateQuestionShare,
  minimumElementShare,
  minimumFontPx,
  QUESTION_MAX_SHARE,
  readableAt,
  screenBigEnough,
  X_HEIGHT_EM,
} from '../../../shared/room/readability.ts';

describe('the room-size rule (AVIXA DISCAS, basic decision making)', () => {
  it('gives the element height as farthest viewer / (image height × 200)', () => {
    // The worked example of the standard's guides: 10.5 m to a 1.5 m image needs 3.5 %.
    expect(minimumElementShare({ farthestSeatMetres: 10.5, screenHeightMetres: 1.5 })).toBeCloseTo(
      0.035,
    );
  });

  it('turns it into the smallest font size for a screen this many pixels tall', () => {
    const room = { farthestSeatMetres: 10.5, screenHeightMetres: 1.5 };
    // 3.5 % of 1080 px is 37.8 px of x-height, so about 72 px of font.
    expect(minimumFontPx(room, 1080)).toBe(Math.ceil((0.035 * 1080) / X_HEIGHT_EM));
    expect(minimumFontPx(room, 2160)).toBe(Math.ceil((0.035 * 2160) / X_HEIGHT_EM));
    // A smaller room asks for less.
    expect(minimumFontPx({ farthestSeatMetres: 5, screenHeightMetres: 1.5 }, 1080)).toBeLessThan(
      minimumFontPx(room, 1080),
    );
  });
});

describe("the console's estimate of a question's size", () => {
  it('sets short questions at the largest size and shrinks long ones', () => {
    expect(estimateQuestionShare(20)).toBe(QUESTION_MAX_SHARE);
    const sizes = [60, 120, 200, 300, 600].map((n) => estimateQuestionShare(n));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
    // A 4:3 projector has less width: the same question is set smaller.
    expect(estimateQuestionShare(300, 4 / 3)).toBeLessThan(estimateQuestionShare(300, 16 / 9));
  });

  it('warns when the question would be smaller than the farthest seat needs', () => {
    const big = minimumElementShare({ farthestSeatMetres: 12, screenHeightMetres: 1.5 });
    expect(readableAt(estimateQuestionShare(60), big)).toBe(true);
    expect(readableAt(estimateQuestionShare(1000), big)).toBe(false);
  });

  it('knows a screen too small for its room', () => {
    expect(screenBigEnough({ farthestSeatMetres: 9, screenHeightMetres: 1.5 })).toBe(true);
    expect(screenBigEnough({ farthestSeatMetres: 14, screenHeightMetres: 1.2 })).toBe(false);
  });
});
