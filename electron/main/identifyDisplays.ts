/**
 * "Identify Displays" wired to Electron: one small window per place on the screens, showing the
 * display's number (displayNumbers.ts), for IDENTIFY_DISPLAYS_MS; asking again starts over.
 */
import { BrowserWindow, screen } from 'electron';
import {
  displayNumberOverlays,
  displayNumberPage,
  IDENTIFY_DISPLAYS_MS,
} from './displayNumbers.ts';
import { displayNumberWindowOptions } from './windowOptions.ts';

export interface DisplayIdentifier {
  show(): void;
  /** Closes the numbers now (the app is quitting). */
  dispose(): void;
}

export function createDisplayIdentifier(log: (message: string) => void): DisplayIdentifier {
  let shown: BrowserWindow[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const win of shown) if (!win.isDestroyed()) win.destroy();
    shown = [];
  };

  return {
    show() {
      hide();
      const overlays = displayNumberOverlays(
        screen.getAllDisplays(),
        screen.getPrimaryDisplay().id,
      );
      shown = overlays.map((overlay) => {
        const win = new BrowserWindow(displayNumberWindowOptions(overlay.bounds));
        // Above a fullscreen presenter too (macOS puts one in a space of its own).
        win.setAlwaysOnTop(true, 'screen-saver');
        if (process.platform === 'darwin') {
          win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
        }
        win.setIgnoreMouseEvents(true);
        win.once('ready-to-show', () => {
          if (!win.isDestroyed()) win.showInactive();
        });
        void win.loadURL(displayNumberPage(overlay)).catch((error: unknown) => {
          log(
            `display ${overlay.number}'s number did not show: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
        return win;
      });
      timer = setTimeout(hide, IDENTIFY_DISPLAYS_MS);
    },
    dispose: hide,
  };
}
