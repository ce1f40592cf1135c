/**
 * Which display gets the presenter, and what to do when displays come and go. Pure: Electron's
 * Display is narrowed to the fields these decisions read, so tests pass plain objects.
 */
import type { Rectangle } from 'electron';
import type { WindowPlacement } from './windowOptions.ts';

export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  /** True for a laptop's built-in panel. */
  internal?: boolean;
  label?: string;
}

/**
 * The display the presenter belongs on: the one the facilitator chose before if it is still
 * connected; otherwise the first display that is not the primary one, external panels before a
 * laptop's own; otherwise none (the presenter then opens as a window on the primary display).
 */
export function choosePresenterDisplay<D extends DisplayInfo>(
  displays: readonly D[],
  primaryId: number,
  savedDisplayId?: number,
): D | undefined {
  if (savedDisplayId !== undefined && savedDisplayId !== primaryId) {
    const saved = displays.find((display) => display.id === savedDisplayId);
    if (saved) return saved;
  }
  const others = displays.filter((display) => display.id !== primaryId);
  return others.find((display) => display.internal !== true) ?? others[0];
}

/** A 16:9 window centred in the work area, at most 1280 wide, for a presenter without a projector. */
export function windowedBounds(workArea: Rectangle): Rectangle {
  const width = Math.min(1280, Math.round(workArea.width * 0.8));
  const height = Math.min(Math.round((width * 9) / 16), Math.round(workArea.height * 0.8));
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

export interface PresenterPlacement extends WindowPlacement {
  displayId: number;
}

/** Fullscreen on the chosen display; else a window on the primary one. */
export function presenterPlacement(
  displays: readonly DisplayInfo[],
  primaryId: number,
  savedDisplayId?: number,
): PresenterPlacement | undefined {
  const target = choosePresenterDisplay(displays, primaryId, savedDisplayId);
  if (target) return { displayId: target.id, bounds: { ...target.bounds }, fullscreen: true };
  const primary = displays.find((display) => display.id === primaryId) ?? displays[0];
  if (!primary) return undefined;
  return { displayId: primary.id, bounds: windowedBounds(primary.workArea), fullscreen: false };
}

/**
 * After a display was added or removed: keep the presenter where it is, or move it. It moves when
 * its display is gone, or when it sits on the primary display and a display for it has appeared.
 * A presenter the facilitator placed on another secondary display stays there.
 */
export function reconcilePresenter(
  currentDisplayId: number,
  displays: readonly DisplayInfo[],
  primaryId: number,
  savedDisplayId?: number,
): { move: false } | { move: true; placement: PresenterPlacement } {
  const stillThere = displays.some((display) => display.id === currentDisplayId);
  if (stillThere && currentDisplayId !== primaryId) return { move: false };
  const placement = presenterPlacement(displays, primaryId, savedDisplayId);
  if (!placement) return { move: false };
  if (stillThere && placement.displayId === currentDisplayId) return { move: false };
  return { move: true, placement };
}

/** "Built-in display (primary)", "DELL U2720Q — 2560×1440", "Display 2 — 1920×1080". */
export function displayLabel(display: DisplayInfo, index: number, primaryId: number): string {
  const name =
    display.label && display.label.trim() !== ''
      ? display.label.trim()
      : display.internal
        ? 'Built-in display'
        : `Display ${index + 1}`;
  const size = `${display.bounds.width}×${display.bounds.height}`;
  return `${name} — ${size}${display.id === primaryId ? ' (primary)' : ''}`;
}
