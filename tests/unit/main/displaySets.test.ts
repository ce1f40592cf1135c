import { describe, expect, it } from 'vitest';
import {
  displayOfPick,
  displaySetKey,
  displaySignature,
  pickOf,
} from '../../../electron/main/displaySets.ts';
import type { DisplayInfo } from '../../../electron/main/displays.ts';
import {
  config,
  display,
  DISPLAY_CONFIGS,
  projector1080,
  windowsLaptop,
} from './support/displayConfigs.ts';

const reversed = (displays: readonly DisplayInfo[]) => [...displays].reverse();

describe('displaySetKey', () => {
  it.each(DISPLAY_CONFIGS.map((c) => [c.name, c] as const))(
    '%s: the same whatever order the system lists the displays in',
    (_name, { displays }) => {
      expect(displaySetKey(reversed(displays))).toBe(displaySetKey(displays));
    },
  );

  it('names a set by its displays, not their ids: a projector replugged with a new id is the same set', () => {
    expect(
      displaySetKey(config('the projector unplugged and plugged in again with a new id').displays),
    ).toBe(displaySetKey(config('laptop + 1080p projector').displays));
  });

  it('the laptop set to 150 % is still the same laptop with the same projector', () => {
    expect(displaySetKey(config('a Windows laptop at 150 % with a projector').displays)).toBe(
      displaySetKey(config('laptop + 1080p projector').displays),
    );
  });

  it('tells different rooms apart', () => {
    const distinct = [
      'laptop alone',
      'laptop + 1080p projector',
      'laptop + 4:3 1024×768 projector',
      'laptop + 4K TV at scale 2',
      'two externals, the laptop closed',
      'a monitor turned to portrait',
      'a projector left of the laptop (negative coordinates)',
      'three displays: laptop, projector and a monitor',
      'a MacBook (Retina, scale 2) with a projector above it',
      'two identical projectors either side of the laptop',
    ].map((name) => displaySetKey(config(name).displays));
    expect(new Set(distinct).size).toBe(distinct.length);
  });

  it('counts two displays that look alike twice', () => {
    const twins = config('two identical projectors either side of the laptop').displays;
    expect(displaySetKey(twins)).not.toBe(displaySetKey(twins.slice(0, 2)));
  });

  it('a mirrored projector is the same display as the projector beside the laptop', () => {
    expect(displaySetKey(config('mirrored: the projector shows the laptop').displays)).toBe(
      displaySetKey(config('laptop + 1080p projector').displays),
    );
  });
});

describe('displaySignature', () => {
  it('survives a new arrangement, a new scale (same pixels) and turning the display', () => {
    const tv = config('laptop + 4K TV at scale 2').displays[1]!;
    const sameTvAt150 = display({
      id: 99,
      x: -2560,
      width: 2560,
      height: 1440,
      scaleFactor: 1.5,
      label: 'LG TV SSCR2',
    });
    expect(displaySignature(sameTvAt150)).toBe(displaySignature(tv));

    const portrait = config('a monitor turned to portrait').displays[1]!;
    const landscape = display({ id: 14, x: 1920, width: 1920, height: 1080, label: 'DELL P2419H' });
    expect(displaySignature(portrait)).toBe(displaySignature(landscape));
  });

  it('names the 4K TV by its pixels, not its scaled size', () => {
    expect(displaySignature(config('laptop + 4K TV at scale 2').displays[1]!)).toContain(
      '3840x2160',
    );
  });

  it("names the laptop's own panel without its size, which macOS scaling changes", () => {
    const moreSpace = display({
      id: 1,
      width: 1800,
      height: 1169,
      scaleFactor: 2,
      internal: true,
      label: 'Built-in Retina Display',
    });
    expect(displaySignature(moreSpace)).toBe(
      displaySignature(
        config('a MacBook (Retina, scale 2) with a projector above it').displays[0]!,
      ),
    );
  });

  it('tells displays without a name apart by size and kind', () => {
    const unnamed = (width: number, height: number, internal = false) =>
      displaySignature(display({ id: 1, width, height, internal }));
    expect(unnamed(1920, 1080)).not.toBe(unnamed(1024, 768));
    expect(unnamed(1920, 1080)).not.toBe(unnamed(1920, 1080, true));
  });
});

describe('pickOf and displayOfPick', () => {
  it.each(DISPLAY_CONFIGS.map((c) => [c.name, c] as const))(
    '%s: every display picked is found again',
    (_name, { displays }) => {
      for (const chosen of displays) {
        expect(displayOfPick(displays, pickOf(displays, chosen.id))).toBe(chosen.id);
        expect(displayOfPick(reversed(displays), pickOf(displays, chosen.id))).toBe(chosen.id);
      }
    },
  );

  it('finds the projector again after a replug gave it a new id', () => {
    const before = config('laptop + 1080p projector').displays;
    const after = config('the projector unplugged and plugged in again with a new id').displays;
    expect(displayOfPick(after, pickOf(before, projector1080.id))).toBe(3011111111);
  });

  it('keeps the left one of two identical projectors when both get new ids', () => {
    const twins = config('two identical projectors either side of the laptop').displays;
    const pick = pickOf(twins, 32)!;
    expect(pick.ordinal).toBe(0);
    const afterReboot = twins.map((d) => (d.internal ? d : { ...d, id: d.id + 1000 }));
    expect(displayOfPick(afterReboot, pick)).toBe(1032);
  });

  it('does not take another display that was handed the old id', () => {
    const pick = pickOf(config('laptop + 1080p projector').displays, projector1080.id)!;
    const otherRoom = [
      windowsLaptop,
      { ...config('laptop + 4:3 1024×768 projector').displays[1]!, id: projector1080.id },
    ];
    expect(displayOfPick(otherRoom, pick)).toBeUndefined();
  });

  it('has no pick for a display that is not connected, and no display for no pick', () => {
    expect(pickOf([windowsLaptop], 12345)).toBeUndefined();
    expect(displayOfPick([windowsLaptop], undefined)).toBeUndefined();
  });
});
