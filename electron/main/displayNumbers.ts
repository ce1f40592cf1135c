/**
 * "Identify Displays": a big number on every screen for a few seconds, the same number the Present
 * On menu gives that display, so a facilitator facing three screens knows which one is which. Pure:
 * where each box goes and the page it shows.
 *
 * The page is a data: URL with no script at all and a policy that forbids every load: main loads it
 * itself (no navigation guard sees a loadURL from main), and there is nothing in it to attack.
 */
import type { Rectangle } from 'electron';
import { numberedDisplays, type DisplayInfo } from './displays.ts';
import { WINDOW_BACKGROUND } from './windowOptions.ts';

/** How long the numbers stay up. */
export const IDENTIFY_DISPLAYS_MS = 3000;

export interface NamedDisplay {
  displayId: number;
  number: number;
  label: string;
}

export interface DisplayNumberOverlay extends NamedDisplay {
  /** A box centred on the display. */
  bounds: Rectangle;
  /**
   * Other displays showing the same picture (mirrored: exactly the same bounds). One box names
   * them all; two boxes in one place would hide each other.
   */
  mirrors: NamedDisplay[];
}

/** Half the display's width and two fifths of its height, at most 640×400, centred. */
export function centredBox(area: Rectangle): Rectangle {
  const width = Math.min(640, Math.round(area.width * 0.5));
  const height = Math.min(400, Math.round(area.height * 0.4));
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

const sameBounds = (a: Rectangle, b: Rectangle) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** One box per place on the screens, numbered as the menu numbers the displays. */
export function displayNumberOverlays(
  displays: readonly DisplayInfo[],
  primaryId: number,
): DisplayNumberOverlay[] {
  const places: { area: Rectangle; overlay: DisplayNumberOverlay }[] = [];
  for (const { display, number, label } of numberedDisplays(displays, primaryId)) {
    const named = { displayId: display.id, number, label };
    const mirrored = places.find(({ area }) => sameBounds(area, display.bounds));
    if (mirrored) mirrored.overlay.mirrors.push(named);
    else
      places.push({
        area: display.bounds,
        overlay: { ...named, bounds: centredBox(display.bounds), mirrors: [] },
      });
  }
  return places.map(({ overlay }) => overlay);
}

/** Forbids every load; only the page's own <style> applies. */
export const DISPLAY_NUMBER_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

/** The page of one box: the number (numbers, for mirrored displays) large, the names below. */
export function displayNumberPage(overlay: DisplayNumberOverlay): string {
  const named = [overlay, ...overlay.mirrors];
  const numbers = named.map((display) => display.number).join(' · ');
  const labels = named
    .map((display) => `<p class="label">${display.number} — ${escapeHtml(display.label)}</p>`)
    .join('');
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${DISPLAY_NUMBER_PAGE_POLICY}">` +
    `<title>Display ${numbers}</title><style>` +
    `html,body{margin:0;height:100%;overflow:hidden;background:${WINDOW_BACKGROUND};color:#fff;` +
    'font-family:system-ui,sans-serif;cursor:default;user-select:none}' +
    'main{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;' +
    'box-sizing:border-box;padding:4vh 4vw;text-align:center}' +
    '.number{margin:0;font-size:50vh;font-weight:700;line-height:1}' +
    '.label{margin:1vh 0 0;font-size:7vh;line-height:1.2}' +
    `</style></head><body><main><p class="number">${numbers}</p>${labels}</main></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
