import { describe, expect, it } from 'vitest';
import {
  choosePresenterDisplay,
  displayLabel,
  presenterPlacement,
  reconcilePresenter,
  windowedBounds,
  type DisplayInfo,
} from '../../../electron/main/displays.ts';

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
