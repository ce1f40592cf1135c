/**
 * Displays as a facilitator's laptop meets them, in Electron's terms: bounds and work areas in
 * device-independent pixels (DIP), the scale factor from DIP to the panel's pixels, and the names
 * the systems report. Used by every test of the shell's display decisions.
 */
import type { DisplayInfo } from '../../../../electron/main/displays.ts';

export interface DisplayConfig {
  name: string;
  displays: DisplayInfo[];
  primaryId: number;
}

interface Spec {
  id: number;
  x?: number;
  y?: number;
  width: number;
  height: number;
  scaleFactor?: number;
  rotation?: number;
  internal?: boolean;
  label?: string;
  /** Pixels the menu bar or taskbar takes from the top (macOS) or bottom (Windows). */
  bar?: { top?: number; bottom?: number };
}

export function display({
  id,
  x = 0,
  y = 0,
  width,
  height,
  scaleFactor = 1,
  rotation = 0,
  internal = false,
  label = '',
  bar = {},
}: Spec): DisplayInfo {
  const top = bar.top ?? 0;
  const bottom = bar.bottom ?? 0;
  return {
    id,
    bounds: { x, y, width, height },
    workArea: { x, y: y + top, width, height: height - top - bottom },
    internal,
    label,
    scaleFactor,
    rotation,
  };
}

/** A Windows laptop's 1080p panel at 100 %, its taskbar at the bottom. */
export const windowsLaptop = display({
  id: 2528732444,
  width: 1920,
  height: 1080,
  internal: true,
  label: 'Built-in display',
  bar: { bottom: 48 },
});
/** A MacBook's Retina panel ("looks like 1512×982"), the menu bar on top. */
export const macBook = display({
  id: 1,
  width: 1512,
  height: 982,
  scaleFactor: 2,
  internal: true,
  label: 'Built-in Retina Display',
  bar: { top: 38 },
});
/** The seminar room's 1080p projector, to the right of the laptop. */
export const projector1080 = display({
  id: 2779098405,
  x: 1920,
  width: 1920,
  height: 1080,
  label: 'EPSON PJ',
});

export const DISPLAY_CONFIGS: readonly DisplayConfig[] = [
  { name: 'laptop alone', displays: [windowsLaptop], primaryId: windowsLaptop.id },
  {
    name: 'laptop + 1080p projector',
    displays: [windowsLaptop, projector1080],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'laptop + 4:3 1024×768 projector',
    displays: [
      windowsLaptop,
      display({ id: 7, x: 1920, width: 1024, height: 768, label: 'NEC NP-V302X' }),
    ],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'laptop + 4K TV at scale 2',
    displays: [
      windowsLaptop,
      display({ id: 8, x: 1920, width: 1920, height: 1080, scaleFactor: 2, label: 'LG TV SSCR2' }),
    ],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'two externals, the laptop closed',
    displays: [
      display({ id: 11, width: 2560, height: 1440, label: 'DELL U2720Q', bar: { bottom: 48 } }),
      display({ id: 12, x: 2560, width: 1920, height: 1080, label: 'EPSON PJ' }),
    ],
    primaryId: 11,
  },
  {
    name: 'mirrored: the projector shows the laptop',
    displays: [windowsLaptop, display({ id: 13, width: 1920, height: 1080, label: 'EPSON PJ' })],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'a monitor turned to portrait',
    displays: [
      windowsLaptop,
      display({
        id: 14,
        x: 1920,
        y: -420,
        width: 1080,
        height: 1920,
        rotation: 90,
        label: 'DELL P2419H',
      }),
    ],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'a projector left of the laptop (negative coordinates)',
    displays: [
      windowsLaptop,
      display({ id: 15, x: -1280, width: 1280, height: 800, label: 'BenQ MW560' }),
    ],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'three displays: laptop, projector and a monitor',
    displays: [
      windowsLaptop,
      projector1080,
      display({ id: 16, x: 3840, width: 2560, height: 1440, label: 'DELL U2720Q' }),
    ],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'the projector unplugged and plugged in again with a new id',
    displays: [windowsLaptop, { ...projector1080, id: 3011111111 }],
    primaryId: windowsLaptop.id,
  },
  {
    name: 'a Windows laptop at 150 % with a projector',
    displays: [
      display({
        id: 21,
        width: 1280,
        height: 720,
        scaleFactor: 1.5,
        internal: true,
        label: 'Built-in display',
        bar: { bottom: 48 },
      }),
      display({ id: 22, x: 1280, width: 1920, height: 1080, label: 'EPSON PJ' }),
    ],
    primaryId: 21,
  },
  {
    name: 'a MacBook (Retina, scale 2) with a projector above it',
    displays: [
      macBook,
      display({ id: 23, x: -204, y: -1080, width: 1920, height: 1080, label: 'EPSON PJ' }),
    ],
    primaryId: macBook.id,
  },
  {
    name: 'two identical projectors either side of the laptop',
    displays: [
      display({ id: 31, x: 1920, width: 1920, height: 1080, label: 'EPSON PJ' }),
      windowsLaptop,
      display({ id: 32, x: -1920, width: 1920, height: 1080, label: 'EPSON PJ' }),
    ],
    primaryId: windowsLaptop.id,
  },
];

export const config = (name: string): DisplayConfig => {
  const found = DISPLAY_CONFIGS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no display configuration "${name}"`);
  return found;
};
