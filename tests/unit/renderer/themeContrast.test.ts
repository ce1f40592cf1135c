/**
 * Both themes keep body text readable: every pair of a text token and the ground it is used on
 * has a contrast ratio of at least 4.5:1 (WCAG AA for body text), in the light and in the dark
 * theme, read from the tokens of renderer/ui/theme.css themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const theme = readFileSync(join(import.meta.dirname, '../../../renderer/ui/theme.css'), 'utf8');

type Mode = 'light' | 'dark';
function tokens(mode: Mode): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of theme.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    if (!name || !value) continue;
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value.trim());
    if (pair?.[1] && pair[2]) found.set(name, mode === 'light' ? pair[1] : pair[2]);
    else if (/^#[0-9a-f]{6}$/i.test(value.trim())) found.set(name, value.trim());
  }
  return found;
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text token → the grounds it is written on somewhere in the console or the presenter. */
const TEXT_ON: Record<string, string[]> = {
  '--ink-900': ['--paper', '--surface', '--surface-sunk', '--teal-100', '--amber-100', '--red-100'],
  '--ink-700': ['--paper', '--surface', '--surface-sunk'],
  '--ink-500': ['--paper', '--surface', '--surface-sunk'],
  '--teal-700': ['--paper', '--surface', '--teal-100'],
  '--on-accent': ['--teal-600'],
  '--red-600': ['--paper', '--surface', '--red-100', '--red-050'],
  '--on-red': ['--red-600'],
  '--amber-700': ['--paper', '--surface'],
  '--amber-800': ['--amber-100'],
  '--on-amber': ['--amber-500'],
  '--green-600': ['--paper', '--surface'],
  '--bar-ink': ['--bar'],
  '--bar-soft': ['--bar'],
  '--bar-muted': ['--bar'],
  '--bar-problem-ink': ['--bar'],
  '--room-ink': ['--room'],
  '--room-digits': ['--room'],
  '--room-quiet': ['--room'],
  '--room-muted': ['--room'],
  '--room-label': ['--room'],
  '--room-faint': ['--room'],
  '--room-category': ['--room'],
  '--room-overtime': ['--room'],
};

describe.each(['light', 'dark'] as const)('the %s theme', (mode) => {
  const values = tokens(mode);
  it.each(Object.entries(TEXT_ON).flatMap(([text, grounds]) => grounds.map((g) => [text, g])))(
    '%s on %s reads at 4.5:1 or more',
    (text, ground) => {
      const fg = values.get(text);
      const bg = values.get(ground);
      expect(fg, `${text} is a colour token`).toBeDefined();
      expect(bg, `${ground} is a colour token`).toBeDefined();
      expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(4.5);
    },
  );
});

/** Chart marks (bars, their outlines) against the grounds charts are drawn on: 3:1 (WCAG 1.4.11). */
const MARKS = [
  '--chart-on-time',
  '--chart-late',
  '--chart-open',
  '--chart-1',
  '--chart-2',
  '--chart-3',
  '--chart-4',
  '--chart-5',
];
describe.each(['light', 'dark'] as const)('the %s theme’s chart marks', (mode) => {
  const values = tokens(mode);
  it.each(MARKS.flatMap((mark) => ['--surface', '--paper'].map((g) => [mark, g])))(
    '%s on %s stands out at 3:1 or more',
    (mark, ground) => {
      expect(values.get(mark), `${mark} is a colour token`).toBeDefined();
      expect(contrast(values.get(mark) ?? '', values.get(ground) ?? '')).toBeGreaterThanOrEqual(3);
    },
  );
});
