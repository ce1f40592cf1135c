/**
 * The console window and the presenter window: creating them with the options of windowOptions(),
 * loading their pages, and keeping the presenter on the right display as displays come and go or
 * change their resolution. Moving the presenter closes it and opens it again where it belongs: it
 * only renders the state it is sent, so nothing is lost, and no timed setBounds dance is needed.
 * The display the facilitator chose is remembered per set of displays, across runs.
 */
import { BrowserWindow, screen, type Display, type WebFrameMain } from 'electron';
import type { KeyPress } from '../../shared/contract/shell.ts';
import type { PresenterDisplays } from '../core/settings/presenterDisplays.ts';
import { isAppUrl, pageUrl, type WindowKind } from './appUrl.ts';
import { displayOfPick, displaySetKey, pickOf } from './displaySets.ts';
import {
  isDraggedToDisplay,
  presenterPlacement,
  reconcilePresenter,
  refitPresenter,
  type PresenterPlacement,
} from './displays.ts';
import { presenterKeyDecision } from './presenterKeys.ts';
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
  /** The facilitator's display for the presenter, per set of displays (kept in the app settings). */
  presenterDisplays: PresenterDisplays;
  /** A key pressed in the presenter window that is the console's to act on. */
  onPresenterKey: (key: KeyPress) => void;
}

export interface ShellWindows {
  console(): BrowserWindow | undefined;
  presenter(): BrowserWindow | undefined;
  /** Opens the console, or brings it to the front (restored if minimised). */
  showConsole(): BrowserWindow;
  /** Opens the presenter on its display, or brings it to the front. */
  showPresenter(): void;
  closePresenter(): void;
  /** The facilitator's choice of display; remembered for this set of displays. */
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

  /** The display the facilitator put the presenter on for these displays (menu or dragging). */
  const savedDisplayId = (displays: readonly Display[]) =>
    displayOfPick(displays, options.presenterDisplays.choiceFor(displaySetKey(displays)));
  /** Remembers the display for the displays connected now; the primary one is no choice. */
  const rememberDisplay = (displayId: number) => {
    const { displays, primaryId } = displaysNow();
    const pick = displayId === primaryId ? undefined : pickOf(displays, displayId);
    options.presenterDisplays
      .remember(displaySetKey(displays), pick)
      .catch((error: unknown) =>
        log(
          `the presenter's display could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  };

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
      const displayId = screen.getDisplayMatching(win.getBounds()).id;
      const from = presenterWindow === win ? presenterDisplay : undefined;
      if (presenterWindow === win) presenterDisplay = displayId;
      const dragged = isDraggedToDisplay({
        from,
        to: displayId,
        fullscreen: win.isFullScreen(),
        displays: screen.getAllDisplays(),
      });
      // Dragged there by hand: it belongs there from now on, with these displays.
      if (dragged) rememberDisplay(displayId);
      options.onChange();
    });
    // A clicker's key after a click on the projector's screen: the console's, not the presenter's.
    win.webContents.on('before-input-event', (event, input) => {
      const decision = presenterKeyDecision(input);
      if (decision.prevent) event.preventDefault();
      if (decision.forward) options.onPresenterKey(decision.forward);
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
    const decision = reconcilePresenter(current, displays, primaryId, savedDisplayId(displays));
    if (decision.move) {
      log(`moving the presenter to display ${decision.placement.displayId}`);
      movePresenter(decision.placement);
    } else {
      options.onChange();
    }
  };
  screen.on('display-added', onDisplaysChanged);
  screen.on('display-removed', onDisplaysChanged);

  /** The presenter's display took a new resolution, scale or rotation: it fills it again. */
  const onDisplayMetricsChanged = (_event: unknown, display: Display, changedMetrics: string[]) => {
    const win = presenterWindow;
    const displayId = currentPresenterDisplay();
    if (!win || displayId === undefined) return;
    const current = { displayId, bounds: win.getBounds(), fullscreen: win.isFullScreen() };
    const placement = refitPresenter(current, display, changedMetrics);
    if (!placement) return;
    log(`display ${display.id} changed (${changedMetrics.join(', ')}); refitting the presenter`);
    if (placement.fullscreen) movePresenter(placement);
    else win.setBounds(placement.bounds);
  };
  screen.on('display-metrics-changed', onDisplayMetricsChanged);

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
      openPresenter(presenterPlacement(displays, primaryId, savedDisplayId(displays)));
    },

    closePresenter() {
      if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.close();
    },

    presentOn(displayId) {
      const { displays, primaryId } = displaysNow();
      rememberDisplay(displayId);
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
          : presenterPlacement(displays, primaryId, displayId);
      if (placement && placement.displayId !== currentPresenterDisplay()) movePresenter(placement);
      else options.onChange();
    },

    presenterDisplayId() {
      const current = currentPresenterDisplay();
      if (current !== undefined) return current;
      const { displays, primaryId } = displaysNow();
      return presenterPlacement(displays, primaryId, savedDisplayId(displays))?.displayId;
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
      screen.off('display-metrics-changed', onDisplayMetricsChanged);
    },
  };
  return windows;
}
