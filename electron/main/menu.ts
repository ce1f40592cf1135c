/**
 * The native application menu, as data. The template is a pure function of what the shell knows
 * (recent files, displays, whether the presenter is open) and of the actions it can take, so tests
 * read it and click it without Electron.
 */
import { basename, join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { shellKeyAction, type ShellKeyActionId } from '../../shared/actions/liveActions.ts';
import type { RecentCohort } from '../../shared/contract/library.ts';

export interface RecentFile {
  path: string;
  /** What the menu shows: the file's name and its folder. */
  label: string;
  /** False when the file is no longer where it was: shown, but not clickable. */
  available: boolean;
}

/** The store's recent cohorts as menu entries: "Leadership circle — Cohorts 2026". */
export const recentMenuFiles = (recent: readonly RecentCohort[]): RecentFile[] =>
  recent.map((entry) => ({
    path: join(entry.folder, entry.fileName),
    label: `${entry.fileName.replace(/\.cohort$/i, '')} — ${basename(entry.folder) || entry.folder}`,
    available: entry.available,
  }));

export interface MenuDisplay {
  id: number;
  /** The number "Identify Displays" shows on the display's screen. */
  number: number;
  label: string;
}

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentFile[];
  displays: readonly MenuDisplay[];
  /** The display the presenter is on, or goes to when it opens. */
  presenterDisplayId: number | undefined;
  presenterOpen: boolean;
  /** Adds Reload and the developer tools (unpackaged builds only). */
  developer: boolean;
}

export interface MenuActions {
  newCohort(): void;
  openCohort(): void;
  openRecent(path: string): void;
  showLibraryFolder(): void;
  showPresenter(): void;
  closePresenter(): void;
  presentOn(displayId: number): void;
  /** Shows each display's number on its screen for a moment. */
  identifyDisplays(): void;
  showShortcuts(): void;
}

const RECENT_LIMIT = 10;

function fileMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions {
  const recent = state.recent.slice(0, RECENT_LIMIT);
  return {
    label: 'File',
    submenu: [
      {
        id: 'new-cohort',
        label: 'New Cohort…',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.newCohort(),
      },
      {
        id: 'open-cohort',
        label: 'Open Cohort…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openCohort(),
      },
      {
        id: 'open-recent',
        label: 'Open Recent',
        enabled: recent.length > 0,
        submenu:
          recent.length > 0
            ? recent.map((file) => ({
                label: file.label,
                toolTip: file.path,
                enabled: file.available,
                click: () => actions.openRecent(file.path),
              }))
            : [{ label: 'No recent cohorts', enabled: false }],
      },
      { type: 'separator' },
      {
        id: 'show-library',
        label:
          state.platform === 'darwin' ? 'Show Library Folder in Finder' : 'Show Library Folder',
        click: () => actions.showLibraryFolder(),
      },
      ...(state.platform === 'darwin'
        ? [{ type: 'separator' as const }, { role: 'close' as const }]
        : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
}

function viewMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions {
  const presentOn: MenuItemConstructorOptions[] = state.displays.map((display) => ({
    label: `${display.number}: ${display.label}`,
    type: 'radio',
    checked: display.id === state.presenterDisplayId,
    click: () => actions.presentOn(display.id),
  }));
  return {
    label: 'View',
    submenu: [
      {
        id: 'show-presenter',
        label: 'Show Presenter Window',
        // F5, as a clicker's "start the show" key sends: the same key as in the console.
        ...acceleratorOf('show-presenter', state.platform),
        click: () => actions.showPresenter(),
      },
      {
        id: 'close-presenter',
        label: 'Close Presenter Window',
        enabled: state.presenterOpen,
        click: () => actions.closePresenter(),
      },
      { id: 'present-on', label: 'Present On', enabled: presentOn.length > 1, submenu: presentOn },
      {
        id: 'identify-displays',
        label: 'Identify Displays',
        click: () => actions.identifyDisplays(),
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      ...(state.developer
        ? [
            { type: 'separator' as const },
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
          ]
        : []),
    ],
  };
}

/**
 * The accelerator the actions' table gives a menu item. One the console handles itself ("?") is
 * only shown, not registered, or it would also fire while typing a question mark into a note;
 * macOS cannot show an accelerator without registering it, so there it is left out.
 */
export function acceleratorOf(
  id: ShellKeyActionId,
  platform: NodeJS.Platform,
): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  const menu = shellKeyAction(id).menu;
  if (!menu) return {};
  if (menu.register) return { accelerator: menu.accelerator };
  return platform === 'darwin' ? {} : { accelerator: menu.accelerator, registerAccelerator: false };
}

function helpMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      {
        id: 'shortcuts',
        label: 'Keyboard Shortcuts',
        ...acceleratorOf('show-shortcuts', state.platform),
        click: () => actions.showShortcuts(),
      },
      ...(state.platform === 'darwin'
        ? []
        : [
            { type: 'separator' as const },
            { role: 'about' as const, label: `About ${state.appName}` },
          ]),
    ],
  };
}

/** The whole menu bar. macOS gets its app menu first and a Window menu. */
export function applicationMenuTemplate(
  state: MenuState,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const, label: state.appName }] : []),
    fileMenu(state, actions),
    // Without an Edit menu, copy and paste shortcuts do nothing in text fields on macOS.
    { role: 'editMenu' },
    viewMenu(state, actions),
    ...(mac ? [{ role: 'windowMenu' as const }] : []),
    helpMenu(state, actions),
  ];
}
