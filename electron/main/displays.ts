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
  /** Pixels per unit of bounds (2 on a Retina panel, 1.5 at Windows' 150 %); 1 when not given. */
  scaleFactor?: number;
  /** 0, 90, 180 or 270 degrees clockwise. */
  rotation?: number;
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
 * After a display was added or removed: keep the presenter where it is, or move it. It moves to
 * the display the facilitator chose for this set of displays when it is not there already; else
 * when its display is gone, or when it sits on the primary display and a display for it has
 * appeared. A presenter on another secondary display that is still there stays there.
 */
export function reconcilePresenter(
  currentDisplayId: number,
  displays: readonly DisplayInfo[],
  primaryId: number,
  savedDisplayId?: number,
): { move: false } | { move: true; placement: PresenterPlacement } {
  const stillThere = displays.some((display) => display.id === currentDisplayId);
  const placement = presenterPlacement(displays, primaryId, savedDisplayId);
  if (!placement) return { move: false };
  if (stillThere && placement.displayId === currentDisplayId) return { move: false };
  const chosenThere =
    savedDisplayId !== undefined &&
    savedDisplayId !== primaryId &&
    displays.some((display) => display.id === savedDisplayId);
  if (stillThere && currentDisplayId !== primaryId && !chosenThere) return { move: false };
  return { move: true, placement };
}

/**
 * Whether the presenter's 'moved' is the facilitator's choice of display: a window dragged from
 * one connected display to another. Not a fullscreen window (it cannot be dragged; the system
 * moves it when its display goes away, and may say so before the display list does), and not a
 * move off a display that is gone.
 */
export function isDraggedToDisplay(move: {
  from: number | undefined;
  to: number;
  fullscreen: boolean;
  displays: readonly DisplayInfo[];
}): boolean {
  const connected = (id: number | undefined) => move.displays.some((display) => display.id === id);
  return !move.fullscreen && move.from !== move.to && connected(move.from) && connected(move.to);
}

/**
 * After `display-metrics-changed` (a new resolution, scale or rotation): where the presenter goes
 * when the display it is on changed. Fullscreen stays fullscreen over the display's new bounds; a
 * window keeps its size and place while it still fits in the work area, else it is centred again.
 * Undefined when nothing needs to change (another display, or the presenter already fits).
 */
export function refitPresenter(
  current: { displayId: number; bounds: Rectangle; fullscreen: boolean },
  display: DisplayInfo,
  changedMetrics: readonly string[],
): PresenterPlacement | undefined {
  if (display.id !== current.displayId) return undefined;
  if (current.fullscreen) {
    // Only the work area changed (a taskbar moved): a fullscreen window covers it anyway.
    const geometry = changedMetrics.some((metric) => GEOMETRY_METRICS.has(metric));
    if (!geometry || sameRectangle(current.bounds, display.bounds)) return undefined;
    return { displayId: display.id, bounds: { ...display.bounds }, fullscreen: true };
  }
  if (changedMetrics.length === 0 || contains(display.workArea, current.bounds)) return undefined;
  return { displayId: display.id, bounds: windowedBounds(display.workArea), fullscreen: false };
}

const GEOMETRY_METRICS = new Set(['bounds', 'scaleFactor', 'rotation']);

const sameRectangle = (a: Rectangle, b: Rectangle) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

const contains = (outer: Rectangle, inner: Rectangle) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

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

/** A display as the menu and "Identify Displays" name it: its number and its label. */
export interface NumberedDisplay<D extends DisplayInfo = DisplayInfo> {
  display: D;
  number: number;
  label: string;
}

/**
 * The displays numbered as they stand, left to right then top to bottom (a display left of the
 * laptop is 1), so the number on a screen and in the Present On menu say the same thing
 * whatever order the system lists them in.
 */
export function numberedDisplays<D extends DisplayInfo>(
  displays: readonly D[],
  primaryId: number,
): NumberedDisplay<D>[] {
  return [...displays]
    .sort(
      (a, b) =>
        a.bounds.x - b.bounds.x ||
        a.bounds.y - b.bounds.y ||
        // Mirrored displays share a place: the primary one first, then as the system counts.
        Number(b.id === primaryId) - Number(a.id === primaryId) ||
        a.id - b.id,
    )
    .map((display, index) => ({
      display,
      number: index + 1,
      label: displayLabel(display, index, primaryId),
    }));
}
