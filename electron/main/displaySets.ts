/**
 * Names for a set of connected displays and for one display in it, so that the presenter's display
 * can be remembered per room: the laptop with the seminar room's projector is one set, the laptop
 * at the desk with its monitor another. Pure: plain display objects in, strings out.
 *
 * A display is named by what survives a replug and a reboot: whether it is the laptop's own panel,
 * the name the system reads from it, and its size in pixels whichever way it is turned and at
 * whatever scale. Not by its id: Windows hands out new ids after a reboot or on another port, and
 * the same projector must still be recognised. The built-in panel is named without its size, which
 * macOS changes with its "looks like" scaling; a laptop has only the one.
 */
import type { PresenterDisplayPick } from '../core/settings/presenterDisplays.ts';
import type { DisplayInfo } from './displays.ts';

export function displaySignature(display: DisplayInfo): string {
  const name = display.label?.trim() ?? '';
  if (display.internal) return `built-in "${name}"`;
  const scale = display.scaleFactor ?? 1;
  const width = Math.round(display.bounds.width * scale);
  const height = Math.round(display.bounds.height * scale);
  return `external "${name}" ${Math.max(width, height)}x${Math.min(width, height)}`;
}

/** The set's name: its displays' names in a fixed order, a name twice for two alike. */
export function displaySetKey(displays: readonly DisplayInfo[]): string {
  return displays
    .map(displaySignature)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(' + ');
}

const byPosition = (a: DisplayInfo, b: DisplayInfo) =>
  a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y;

const alike = (displays: readonly DisplayInfo[], signature: string) =>
  displays.filter((display) => displaySignature(display) === signature).sort(byPosition);

/** How to find the display of that id again; undefined when it is not connected. */
export function pickOf(
  displays: readonly DisplayInfo[],
  displayId: number,
): PresenterDisplayPick | undefined {
  const chosen = displays.find((display) => display.id === displayId);
  if (!chosen) return undefined;
  const signature = displaySignature(chosen);
  return {
    display: signature,
    ordinal: alike(displays, signature).indexOf(chosen),
    displayId,
  };
}

/**
 * The connected display a pick means: the one with its id if that display is still the same one,
 * else the one with its signature in its place (or the first such), else none.
 */
export function displayOfPick(
  displays: readonly DisplayInfo[],
  pick: PresenterDisplayPick | undefined,
): number | undefined {
  if (!pick) return undefined;
  const sameId = displays.find((display) => display.id === pick.displayId);
  if (sameId && displaySignature(sameId) === pick.display) return sameId.id;
  const candidates = alike(displays, pick.display);
  return (candidates[pick.ordinal] ?? candidates[0])?.id;
}
