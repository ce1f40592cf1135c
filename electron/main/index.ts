/**
 * The Electron shell: app lifecycle, one instance, the core host wired to IPC, windows, menu and
 * files from the OS. Decisions live in the pure modules beside this one; this file only connects
 * them to Electron's events.
 */
import { app, dialog, Menu, powerSaveBlocker, screen, shell } from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/contract/bridge.ts';
import type { PathPurpose } from '../../shared/contract/index.ts';
import type { ShellAction, ShellEventName } from '../../shared/contract/shell.ts';
import { createCoreHost, type CoreHost } from '../core/host.ts';
import { startRoomShare, type RoomShare } from '../serve/roomShare.ts';
import { appOriginFor } from './appUrl.ts';
import { parseShellArgs } from './args.ts';
import { chosenPathOf, choosePathDialog, openCohortDialogOptions } from './dialogs.ts';
import { numberedDisplays } from './displays.ts';
import { createDisplayIdentifier } from './identifyDisplays.ts';
import { bindIpc } from './ipc.ts';
import {
  applicationMenuTemplate,
  recentMenuFiles,
  type MenuActions,
  type RecentFile,
} from './menu.ts';
import { openCohortFiles } from './openFiles.ts';
import { createDisplaySleepGuard } from './powerSave.ts';
import { libraryFolder, shellPaths } from './resources.ts';
import { hardenAllWebContents, registerAppScheme, secureSession } from './security.ts';
import { showLibraryFolderDecision } from './showFolder.ts';
import { createShutdown } from './shutdown.ts';
import { createShellWindows, type ShellWindows } from './windows.ts';

const log = (message: string) => process.stderr.write(`[facilitator] ${message}\n`);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// A fault in a background task is logged, never a silent crash that takes unsaved work with it.
process.on('unhandledRejection', (reason) =>
  log(
    `unexpected error (still running): ${reason instanceof Error ? reason.stack : String(reason)}`,
  ),
);

const args = parseShellArgs(process.argv.slice(1), process.cwd());
// Before the lock: the single-instance lock belongs to the user-data folder.
if (args.userDataFolder) app.setPath('userData', args.userDataFolder);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another instance has the lock; it gets our arguments through 'second-instance'.
  app.quit();
} else {
  runShell();
}

function runShell() {
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const appOrigin = appOriginFor(devServerUrl);
  const paths = shellPaths({
    mainDir: import.meta.dirname,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  if (process.platform === 'win32') app.setAppUserModelId('org.facilitatorconsole.app');
  hardenAllWebContents(appOrigin, log);

  let core: CoreHost | undefined;
  /** The network share for phones, once the facilitator has let participants join. */
  let share: Promise<RoomShare> | undefined;
  let windows: ShellWindows | undefined;
  let recent: RecentFile[] = [];
  const identifier = createDisplayIdentifier(log);
  const sleepGuard = createDisplaySleepGuard(powerSaveBlocker, log);
  /** Files from the OS that arrived before the shell was ready. */
  const pendingFiles: string[] = [...args.files];

  const shutdown = createShutdown(
    async () => {
      await share?.then((running) => running.close()).catch(() => undefined);
      await core?.close();
    },
    () => app.quit(),
    log,
  );

  const sendShellEvent = (name: ShellEventName, payload: object) => {
    windows?.showConsole();
    windows?.sendToConsole(IPC_EVENT_CHANNEL, name, payload);
  };
  const sendAction = (action: ShellAction) => sendShellEvent('shell.action', { action });

  const refreshMenu = () => {
    if (!windows || !core) return;
    const numbered = numberedDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    const template = applicationMenuTemplate(
      {
        platform: process.platform,
        appName: app.getName(),
        recent,
        displays: numbered.map(({ display, number, label }) => ({ id: display.id, number, label })),
        presenterDisplayId: windows.presenterDisplayId(),
        presenterOpen: windows.presenter() !== undefined,
        developer: !app.isPackaged,
      },
      menuActions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const refreshRecent = async () => {
    if (!core) return;
    try {
      recent = recentMenuFiles(await core.services.store.recent());
    } catch (error) {
      log(`the recent files could not be read: ${messageOf(error)}`);
    }
    refreshMenu();
  };

  /** Menu, OS and second-instance opens: open, then show the last one in the console. */
  const openAndShow = async (filePaths: readonly string[]) => {
    if (filePaths.length === 0) return;
    if (!windows || !core) {
      pendingFiles.push(...filePaths);
      return;
    }
    const { store } = core.services;
    const { opened, problems } = await openCohortFiles(filePaths, async (path) => {
      const listing = await store.open(path);
      app.addRecentDocument(path);
      return listing;
    });
    void refreshRecent();
    const last = opened.at(-1);
    if (last) sendShellEvent('shell.cohortOpened', { cohortId: last.id });
    if (problems.length > 0) {
      const owner = windows.showConsole();
      await dialog.showMessageBox(owner, {
        type: 'warning',
        message:
          problems.length === 1 ? 'A file could not be opened' : 'Some files could not be opened',
        detail: problems.map(({ fileName, problem }) => `${fileName}: ${problem}`).join('\n'),
      });
    }
  };

  /** A native dialog for 'shell.choosePath', over the console; undefined when cancelled. */
  const choosePath = async (purpose: PathPurpose, defaultPath: string) => {
    if (!windows) return undefined;
    const owner = windows.showConsole();
    const chooser = choosePathDialog(purpose, defaultPath);
    return chosenPathOf(
      chooser.kind === 'save'
        ? await dialog.showSaveDialog(owner, chooser.options)
        : await dialog.showOpenDialog(owner, chooser.options),
    );
  };

  /** Opens the library folder in the file manager, only when it is a plain folder. */
  const showLibraryFolder = async () => {
    if (!core) return;
    const { store } = core.services;
    const decision = showLibraryFolderDecision(store.folder, await store.folderIsPlainDirectory());
    if ('skip' in decision) return log(decision.skip);
    const problem = await shell.openPath(decision.open);
    if (problem) log(`the library folder could not be shown: ${problem}`);
  };

  const menuActions: MenuActions = {
    newCohort: () => sendAction('new-cohort'),
    async openCohort() {
      if (!windows || !core) return;
      const owner = windows.showConsole();
      const chosen = await dialog.showOpenDialog(
        owner,
        openCohortDialogOptions(core.services.store.folder),
      );
      if (!chosen.canceled) await openAndShow(chosen.filePaths);
    },
    openRecent: (path) => void openAndShow([path]),
    showLibraryFolder: () => void showLibraryFolder(),
    showPresenter: () => windows?.showPresenter(),
    closePresenter: () => windows?.closePresenter(),
    presentOn: (displayId) => windows?.presentOn(displayId),
    identifyDisplays: () => identifier.show(),
    showShortcuts: () => sendAction('show-shortcuts'),
  };

  // macOS hands files over through 'open-file', possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openAndShow([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    windows?.showConsole();
    void openAndShow(parseShellArgs(argv.slice(1), workingDirectory).files);
  });

  app.on('before-quit', (event) => {
    if (shutdown.done) return;
    event.preventDefault();
    void shutdown.request('quit');
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') void shutdown.request('last window closed');
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void shutdown.request(signal));
  }

  app
    .whenReady()
    .then(async () => {
      secureSession({
        appOrigin,
        rendererDir: paths.rendererDir,
        dev: devServerUrl !== undefined,
        log,
      });
      core = await createCoreHost({
        dataFolder: libraryFolder(args.dataFolder, app.getPath('documents')),
        dataFolderGiven: args.dataFolder !== undefined,
        userDataFolder: app.getPath('userData'),
        hostKind: 'electron',
        version: app.getVersion(),
        demoCohortFile: paths.demoCohort,
        // Phones join over the network: the share starts when the facilitator lets them.
        roomShare: async () => {
          share ??= startRoomShare({ core: core!, rendererFolder: paths.rendererDir });
          return { bases: (await share).bases };
        },
        desktop: {
          showInFolder: (path) => shell.showItemInFolder(path),
          showPresenter: () => windows?.showPresenter(),
          choosePath,
        },
        log,
      });
      const host = core;

      windows = createShellWindows({
        appOrigin,
        preloadPath: paths.preload,
        iconPath: paths.windowIcon,
        log,
        onConsoleClose: () => void host.services.store.flush(),
        onChange: refreshMenu,
        presenterDisplays: host.services.presenterDisplays,
        // Not brought to the front: on one screen it would cover the presenter.
        onPresenterKey: (key) => windows?.sendToConsole(IPC_EVENT_CHANNEL, 'shell.key', key),
      });
      const shellWindows = windows;
      const unbind = bindIpc({
        core: host,
        appOrigin,
        frames: () => shellWindows.frames(),
        sendTo: (kind, channel, ...rest) => shellWindows.sendTo(kind, channel, ...rest),
        log,
      });
      const stopCoreUpdates = host.broadcaster.connect('console', ({ name }) => {
        if (name === 'library.changed') void refreshRecent();
        // A session started or ended: the projector is kept awake while one runs.
        if (name === 'live.state') sleepGuard.update(host.services.live.running());
      });
      app.once('will-quit', () => {
        stopCoreUpdates();
        sleepGuard.release();
        identifier.dispose();
        unbind();
        shellWindows.dispose();
      });

      app.on('activate', () => shellWindows.showConsole());
      shellWindows.showConsole();
      await refreshRecent();
      await openAndShow(pendingFiles.splice(0));
    })
    .catch((error: unknown) => {
      log(`the app could not start: ${error instanceof Error ? error.stack : String(error)}`);
      dialog.showErrorBox('Facilitator Console could not start', messageOf(error));
      app.exit(1);
    });
}
