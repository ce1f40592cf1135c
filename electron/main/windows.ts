/**
 * The console window and the presenter window: creating them with the options of windowOptions(),
 * loading their pages, and keeping the presenter on the right display as displays come and go.
 * Moving the presenter closes it and opens it again where it belongs: it only renders the state
 * it is sent, so nothing is lost, and no timed setBounds dance is needed.
 */
import { BrowserWindow, screen, type WebFrameMain } from 'electron';
import { isAppUrl, pageUrl, type WindowKind } from './appUrl.ts';
import { presenterPlacement, reconcilePresenter, type PresenterPlacement } from './displays.ts';
import type { OurFrames } from './senders.ts';
import { windowOptions } from './windowOptions.ts';

export interface ShellWindowsOptions {
  appOrigin: string;
  preloadPath: string;
  iconPath: string | undefined;
  log: (message: string) => void;
  /** The console is closing: the moment to flush pending writes. */
  onConsoleClose: () => void;
  /** A window opened or closed, or the presenter moved: the menu shows this. */
  onChange: () => void;
}

export interface ShellWindows {
  console(): BrowserWindow | undefined;
  presenter(): BrowserWindow | undefined;
  /** Opens the console, or brings it to the front (restored if minimised). */
  showConsole(): BrowserWindow;
  /** Opens the presenter on its display, or brings it to the front. */
  showPresenter(): void;
  closePresenter(): void;
  /** The facilitator's choice of display; remembered while the app runs. */
  presentOn(displayId: number): void;
  /** The display the presenter is on, or will open on. */
  presenterDisplayId(): number | undefined;
  /** The main frames of our windows, for the IPC sender check. */
  frames(): OurFrames;
  /** Sends on a channel to our window of that kind, if it is open and shows an app page. */
  sendTo(kind: WindowKind, channel: string, ...args: unknown[]): void;
  /** Sends to the console once its page has loaded. */
  sendToConsole(channel: string, ...args: unknown[]): void;
  dispose(): void;
}

const displaysNow = () => ({
  displays: screen.getAllDisplays(),
  primaryId: screen.getPrimaryDisplay().id,
});

export function createShellWindows(options: ShellWindowsOptions): ShellWindows {
  const { appOrigin, preloadPath, iconPath, log } = options;
  let consoleWindow: BrowserWindow | undefined;
  let presenterWindow: BrowserWindow | undefined;
  /** The display the facilitator put the presenter on (menu or by dragging it there). */
  let savedDisplayId: number | undefined;

  const open = (kind: WindowKind, placement?: PresenterPlacement) => {
    const win = new BrowserWindow(
      windowOptions(kind, {
        preloadPath,
        ...(placement ? { placement } : {}),
        ...(iconPath ? { iconPath } : {}),
      }),
    );
    win.once('ready-to-show', () => win.show());
    win.webContents.on('render-process-gone', (_event, details) => {
      log(`${kind} page stopped (${details.reason}); reloading it`);
      if (details.reason !== 'clean-exit' && !win.isDestroyed()) win.reload();
    });
    void win.loadURL(pageUrl(kind, appOrigin)).catch((error: unknown) => {
      log(
        `the ${kind} page did not load: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    return win;
  };

  /**
   * The display the open presenter was put on (or dragged to). Kept, not read back from its bounds:
   * once a display is unplugged, the bounds of a window that was on it say nothing reliable.
   */
  let presenterDisplay: number | undefined;
  const currentPresenterDisplay = () =>
    presenterWindow && !presenterWindow.isDestroyed() ? presenterDisplay : undefined;

  const openPresenter = (placement: PresenterPlacement | undefined) => {
    const win = open('presenter', placement);
    presenterWindow = win;
    presenterDisplay = placement?.displayId ?? screen.getDisplayMatching(win.getBounds()).id;
    win.on('moved', () => {
      // Dragged to another display by hand: that is where it belongs from now on.
      const displayId = screen.getDisplayMatching(win.getBounds()).id;
      if (presenterWindow === win) presenterDisplay = displayId;
      savedDisplayId = displayId === screen.getPrimaryDisplay().id ? undefined : displayId;
      options.onChange();
    });
    win.on('closed', () => {
      if (presenterWindow === win) presenterWindow = undefined;
      options.onChange();
    });
    options.onChange();
  };

  const movePresenter = (placement: PresenterPlacement) => {
    const old = presenterWindow;
    presenterWindow = undefined;
    old?.destroy();
    openPresenter(placement);
  };

  const onDisplaysChanged = () => {
    const current = currentPresenterDisplay();
    if (current === undefined) {
      options.onChange();
      return;
    }
    const { displays, primaryId } = displaysNow();
    const decision = reconcilePresenter(current, displays, primaryId, savedDisplayId);
    if (decision.move) {
      log(`moving the presenter to display ${decision.placement.displayId}`);
      movePresenter(decision.placement);
    } else {
      options.onChange();
    }
  };
  screen.on('display-added', onDisplaysChanged);
  screen.on('display-removed', onDisplaysChanged);

  const mainFrame = (win: BrowserWindow | undefined): WebFrameMain | undefined =>
    win && !win.isDestroyed() ? win.webContents.mainFrame : undefined;

  const windows: ShellWindows = {
    console: () => consoleWindow,
    presenter: () => presenterWindow,

    showConsole() {
      if (consoleWindow && !consoleWindow.isDestroyed()) {
        if (consoleWindow.isMinimized()) consoleWindow.restore();
        consoleWindow.show();
        consoleWindow.focus();
        return consoleWindow;
      }
      const win = open('console');
      consoleWindow = win;
      win.on('close', () => {
        options.onConsoleClose();
        // The presenter has nothing to show without the console driving it.
        if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.close();
      });
      win.on('closed', () => {
        if (consoleWindow === win) consoleWindow = undefined;
        options.onChange();
      });
      options.onChange();
      return win;
    },

    showPresenter() {
      if (presenterWindow && !presenterWindow.isDestroyed()) {
        presenterWindow.showInactive();
        return;
      }
      const { displays, primaryId } = displaysNow();
      openPresenter(presenterPlacement(displays, primaryId, savedDisplayId));
    },

    closePresenter() {
      if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.close();
    },

    presentOn(displayId) {
      const { displays, primaryId } = displaysNow();
      savedDisplayId = displayId === primaryId ? undefined : displayId;
      if (!presenterWindow || presenterWindow.isDestroyed()) {
        options.onChange();
        return;
      }
      const placement =
        displayId === primaryId
          ? presenterPlacement(
              displays.filter((display) => display.id === primaryId),
              primaryId,
            )
          : presenterPlacement(displays, primaryId, savedDisplayId);
      if (placement && placement.displayId !== currentPresenterDisplay()) movePresenter(placement);
      else options.onChange();
    },

    presenterDisplayId() {
      const current = currentPresenterDisplay();
      if (current !== undefined) return current;
      const { displays, primaryId } = displaysNow();
      return presenterPlacement(displays, primaryId, savedDisplayId)?.displayId;
    },

    frames: () => ({ console: mainFrame(consoleWindow), presenter: mainFrame(presenterWindow) }),

    sendTo(kind, channel, ...args) {
      const win = kind === 'console' ? consoleWindow : presenterWindow;
      if (win && !win.isDestroyed() && isAppUrl(win.webContents.getURL(), appOrigin)) {
        win.webContents.send(channel, ...args);
      }
    },

    sendToConsole(channel, ...args) {
      const win = consoleWindow;
      if (!win || win.isDestroyed()) return;
      if (win.webContents.isLoading()) {
        win.webContents.once('did-finish-load', () => {
          if (!win.isDestroyed()) win.webContents.send(channel, ...args);
        });
      } else {
        win.webContents.send(channel, ...args);
      }
    },

    dispose() {
      screen.off('display-added', onDisplaysChanged);
      screen.off('display-removed', onDisplaysChanged);
    },
  };
  return windows;
}
