/**
 * The options of every window the app opens, decided in one place. Every window gets the same
 * locked-down web preferences; only size, placement and chrome differ between the console and the
 * presenter. Pure: Electron is imported for its types only.
 */
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import type { WindowKind } from './appUrl.ts';

/** The ink of the presenter and the console's first paint, so no white flash before the page. */
export const WINDOW_BACKGROUND = '#0E2F38';

export interface WindowPlacement {
  bounds: Rectangle;
  fullscreen: boolean;
}

export interface WindowOptionsInput {
  preloadPath: string;
  /** Where the window goes; the console defaults to a centred window, sized by the OS. */
  placement?: WindowPlacement;
  /** The window icon (Linux and Windows; macOS takes the app bundle's). */
  iconPath?: string;
}

const CONSOLE_SIZE = { width: 1280, height: 820, minWidth: 960, minHeight: 600 };
const PRESENTER_MIN = { minWidth: 640, minHeight: 360 };

/**
 * The web preferences of every window: isolated, sandboxed, no Node, no webviews, no navigation
 * by a dropped file. Only the preload (none for a page that asks the host nothing) and the
 * per-kind comforts differ.
 */
function lockedDownPreferences(
  preloadPath: string | undefined,
  { spellcheck, backgroundThrottling }: { spellcheck: boolean; backgroundThrottling: boolean },
): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped outside the page's drop zone must not replace the app with the file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck,
    backgroundThrottling,
  };
}

export function windowOptions(
  kind: WindowKind,
  { preloadPath, placement, iconPath }: WindowOptionsInput,
): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: lockedDownPreferences(preloadPath, {
      spellcheck: kind === 'console',
      // The presenter's timer keeps animating while the console has the focus.
      backgroundThrottling: kind === 'console',
    }),
  };

  if (kind === 'console') {
    return {
      ...common,
      title: 'Facilitator Console',
      ...CONSOLE_SIZE,
      ...(placement ? { ...placement.bounds, fullscreen: placement.fullscreen } : { center: true }),
    };
  }

  return {
    ...common,
    title: 'Facilitator Console — Presenter',
    ...PRESENTER_MIN,
    autoHideMenuBar: true,
    ...(placement
      ? { ...placement.bounds, fullscreen: placement.fullscreen }
      : { width: 1280, height: 720, center: true }),
  };
}

/**
 * A display's number for "Identify Displays": a small dark box over everything, that never takes
 * the focus or a click from the presenter or the console, and runs no script (its page has none).
 */
export function displayNumberWindowOptions(bounds: Rectangle): BrowserWindowConstructorOptions {
  return {
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    title: 'Identify Displays',
    ...bounds,
    frame: false,
    transparent: false,
    alwaysOnTop: true,
    focusable: false,
    skipTaskbar: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    hasShadow: false,
    webPreferences: {
      ...lockedDownPreferences(undefined, { spellcheck: false, backgroundThrottling: true }),
      javascript: false,
    },
  };
}
