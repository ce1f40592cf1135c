import { describe, expect, it } from 'vitest';
import {
  choosePresenterDisplay,
  displayLabel,
  isDraggedToDisplay,
  numberedDisplays,
  presenterPlacement,
  reconcilePresenter,
  refitPresenter,
  windowedBounds,
  type DisplayInfo,
} from '../../../electron/main/displays.ts';
import { config, DISPLAY_CONFIGS } from './support/displayConfigs.ts';

const display = (id: number, x: number, extra: Partial<DisplayInfo> = {}): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width: 1920, height: 1080 },
  workArea: { x, y: 25, width: 1920, height: 1055 },
  ...extra,
});

const laptop = display(1, 0, { internal: true });
const projector = display(2, 1920);
const monitor = display(3, 3840);

describe('choosePresenterDisplay', () => {
  it('has none to offer with one display', () => {
    expect(choosePresenterDisplay([laptop], 1)).toBeUndefined();
  });

  it('takes the display that is not the primary one', () => {
    expect(choosePresenterDisplay([laptop, projector], 1)).toBe(projector);
  });

  it('prefers the saved display while it is connected', () => {
    expect(choosePresenterDisplay([laptop, projector, monitor], 1, 3)).toBe(monitor);
  });

  it('falls back when the saved display is gone', () => {
    expect(choosePresenterDisplay([laptop, projector], 1, 3)).toBe(projector);
  });

  it('never takes the primary display, even if it was saved', () => {
    expect(choosePresenterDisplay([laptop, projector], 1, 1)).toBe(projector);
    expect(choosePresenterDisplay([laptop], 1, 1)).toBeUndefined();
  });

  it('prefers an external panel to a laptop panel that is not the primary display', () => {
    const external = display(5, 0);
    const builtIn = display(6, 1920, { internal: true });
    const second = display(7, 3840);
    expect(choosePresenterDisplay([external, builtIn, second], 5)).toBe(second);
    expect(choosePresenterDisplay([external, builtIn], 5)).toBe(builtIn);
  });
});

describe('presenterPlacement', () => {
  it('is fullscreen over the whole external display', () => {
    expect(presenterPlacement([laptop, projector], 1)).toEqual({
      displayId: 2,
      bounds: projector.bounds,
      fullscreen: true,
    });
  });

  it('is a 16:9 window in the primary work area when there is no other display', () => {
    const placement = presenterPlacement([laptop], 1)!;
    expect(placement.fullscreen).toBe(false);
    expect(placement.displayId).toBe(1);
    expect(placement.bounds).toEqual(windowedBounds(laptop.workArea));
  });

  it('has nowhere to go without displays', () => {
    expect(presenterPlacement([], 1)).toBeUndefined();
  });
});

describe('windowedBounds', () => {
  it('centres a window no wider than 1280 in the work area', () => {
    const bounds = windowedBounds({ x: 0, y: 25, width: 2560, height: 1415 });
    expect(bounds).toEqual({
      x: 640,
      y: 25 + Math.round((1415 - 720) / 2),
      width: 1280,
      height: 720,
    });
  });

  it('shrinks on a small screen and stays inside it', () => {
    const area = { x: 0, y: 0, width: 1024, height: 600 };
    const bounds = windowedBounds(area);
    expect(bounds.width).toBeLessThanOrEqual(area.width * 0.8 + 1);
    expect(bounds.height).toBeLessThanOrEqual(area.height * 0.8 + 1);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.y).toBeGreaterThanOrEqual(0);
  });
});

describe('reconcilePresenter', () => {
  it('moves a windowed presenter to a projector that was just plugged in', () => {
    const decision = reconcilePresenter(1, [laptop, projector], 1);
    expect(decision).toEqual({
      move: true,
      placement: { displayId: 2, bounds: projector.bounds, fullscreen: true },
    });
  });

  it('brings the presenter back to the primary display when its projector is unplugged', () => {
    const decision = reconcilePresenter(2, [laptop], 1);
    expect(decision.move).toBe(true);
    if (decision.move)
      expect(decision.placement).toMatchObject({ displayId: 1, fullscreen: false });
  });

  it('moves to another external display when its own is unplugged', () => {
    const decision = reconcilePresenter(2, [laptop, monitor], 1);
    expect(decision.move && decision.placement.displayId).toBe(3);
  });

  it('leaves a presenter on a secondary display that is still there', () => {
    expect(reconcilePresenter(3, [laptop, projector, monitor], 1)).toEqual({ move: false });
  });

  it('leaves a windowed presenter alone when no display for it appeared', () => {
    expect(reconcilePresenter(1, [laptop], 1)).toEqual({ move: false });
  });

  it('moves to the display chosen for this set of displays when it is on another one', () => {
    const decision = reconcilePresenter(2, [laptop, projector, monitor], 1, 3);
    expect(decision).toEqual({
      move: true,
      placement: { displayId: 3, bounds: monitor.bounds, fullscreen: true },
    });
    expect(reconcilePresenter(3, [laptop, projector, monitor], 1, 3)).toEqual({ move: false });
  });

  it.each(DISPLAY_CONFIGS.map((c) => [c.name, c] as const))(
    '%s: a presenter already where it belongs stays',
    (_name, { displays, primaryId }) => {
      const placement = presenterPlacement(displays, primaryId)!;
      expect(reconcilePresenter(placement.displayId, displays, primaryId)).toEqual({ move: false });
    },
  );
});

describe('isDraggedToDisplay', () => {
  const three = config('three displays: laptop, projector and a monitor').displays;
  const [builtIn, epson, dell] = three.map((d) => d.id) as [number, number, number];

  it('counts a window dragged from one connected display to another', () => {
    expect(isDraggedToDisplay({ from: epson, to: dell, fullscreen: false, displays: three })).toBe(
      true,
    );
    expect(
      isDraggedToDisplay({ from: builtIn, to: epson, fullscreen: false, displays: three }),
    ).toBe(true);
  });

  it('does not count a move within a display, a fullscreen window, or a move off a display that went', () => {
    expect(isDraggedToDisplay({ from: epson, to: epson, fullscreen: false, displays: three })).toBe(
      false,
    );
    expect(
      isDraggedToDisplay({ from: epson, to: builtIn, fullscreen: true, displays: three }),
    ).toBe(false);
    const unplugged = three.filter((d) => d.id !== epson);
    expect(
      isDraggedToDisplay({ from: epson, to: builtIn, fullscreen: false, displays: unplugged }),
    ).toBe(false);
    expect(
      isDraggedToDisplay({ from: undefined, to: dell, fullscreen: false, displays: three }),
    ).toBe(false);
  });
});

describe('numberedDisplays', () => {
  it.each(DISPLAY_CONFIGS.map((c) => [c.name, c] as const))(
    '%s: numbers 1, 2, … from left to right, each display once',
    (_name, { displays, primaryId }) => {
      const numbered = numberedDisplays(displays, primaryId);
      expect(numbered.map(({ number }) => number)).toEqual(displays.map((_, index) => index + 1));
      expect(new Set(numbered.map(({ display }) => display.id)).size).toBe(displays.length);
      const xs = numbered.map(({ display }) => display.bounds.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(
        numberedDisplays([...displays].reverse(), primaryId).map(({ display }) => display.id),
      ).toEqual(numbered.map(({ display }) => display.id));
    },
  );

  it('gives a display left of the laptop number 1, and labels each as the menu does', () => {
    const { displays, primaryId } = config('a projector left of the laptop (negative coordinates)');
    expect(
      numberedDisplays(displays, primaryId).map(({ number, label }) => [number, label]),
    ).toEqual([
      [1, 'BenQ MW560 — 1280×800'],
      [2, 'Built-in display — 1920×1080 (primary)'],
    ]);
  });

  it('numbers a projector above the laptop by its place, then the laptop', () => {
    const { displays, primaryId } = config('a MacBook (Retina, scale 2) with a projector above it');
    expect(numberedDisplays(displays, primaryId).map(({ display }) => display.label)).toEqual([
      'EPSON PJ',
      'Built-in Retina Display',
    ]);
  });
});

describe('refitPresenter', () => {
  const fullscreenOn = (d: DisplayInfo) => ({
    displayId: d.id,
    bounds: { ...d.bounds },
    fullscreen: true,
  });

  it.each(DISPLAY_CONFIGS.map((c) => [c.name, c] as const))(
    "%s: a fullscreen presenter takes its display's new resolution and stays fullscreen",
    (_name, { displays, primaryId }) => {
      const placement = presenterPlacement(displays, primaryId)!;
      const target = displays.find((d) => d.id === placement.displayId)!;
      const current = {
        displayId: target.id,
        bounds: placement.bounds,
        fullscreen: placement.fullscreen,
      };
      const smaller = {
        ...target,
        bounds: { ...target.bounds, width: 1280, height: 720 },
        workArea: { ...target.workArea, width: 1280, height: 680 },
      };
      const refit = refitPresenter(current, smaller, ['bounds', 'workArea']);
      if (placement.fullscreen) {
        expect(refit).toEqual({ displayId: target.id, bounds: smaller.bounds, fullscreen: true });
      } else {
        // A window on the laptop fits a smaller work area again, centred.
        expect(refit).toEqual({
          displayId: target.id,
          bounds: windowedBounds(smaller.workArea),
          fullscreen: false,
        });
      }
      // Another display's change is not the presenter's.
      const other = displays.find((d) => d.id !== target.id);
      if (other)
        expect(
          refitPresenter(current, { ...other, bounds: smaller.bounds }, ['bounds']),
        ).toBeUndefined();
    },
  );

  it('follows the 4K TV switched from scale 2 to scale 1 (the same pixels, twice the room)', () => {
    const tv = config('laptop + 4K TV at scale 2').displays[1]!;
    const atScaleOne = {
      ...tv,
      scaleFactor: 1,
      bounds: { ...tv.bounds, width: 3840, height: 2160 },
    };
    expect(refitPresenter(fullscreenOn(tv), atScaleOne, ['scaleFactor', 'bounds'])).toEqual({
      displayId: tv.id,
      bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
      fullscreen: true,
    });
  });

  it('follows a monitor turned to portrait', () => {
    const portrait = config('a monitor turned to portrait').displays[1]!;
    const landscape = {
      ...portrait,
      rotation: 0,
      bounds: { x: 1920, y: -420, width: 1920, height: 1080 },
    };
    expect(refitPresenter(fullscreenOn(landscape), portrait, ['rotation', 'bounds'])).toMatchObject(
      {
        bounds: portrait.bounds,
        fullscreen: true,
      },
    );
  });

  it('leaves a fullscreen presenter alone when only the work area changed, or it already fits', () => {
    expect(refitPresenter(fullscreenOn(projector), projector, ['workArea'])).toBeUndefined();
    expect(refitPresenter(fullscreenOn(projector), projector, ['bounds'])).toBeUndefined();
  });

  it('leaves a presenter window that still fits where the facilitator put it', () => {
    const window = {
      displayId: 1,
      bounds: { x: 100, y: 100, width: 800, height: 450 },
      fullscreen: false,
    };
    expect(refitPresenter(window, laptop, ['scaleFactor', 'bounds'])).toBeUndefined();
  });
});

describe('displayLabel', () => {
  it('names displays by their label, else by kind and number, with size and primary mark', () => {
    expect(displayLabel({ ...laptop, label: '' }, 0, 1)).toBe(
      'Built-in display — 1920×1080 (primary)',
    );
    expect(displayLabel(projector, 1, 1)).toBe('Display 2 — 1920×1080');
    expect(displayLabel({ ...monitor, label: 'DELL U2720Q' }, 2, 1)).toBe(
      'DELL U2720Q — 1920×1080',
    );
  });
});
