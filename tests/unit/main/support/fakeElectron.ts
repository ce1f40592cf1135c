/**
 * A stand-in for the 'electron' module, just wide enough to run electron/main/index.ts in Node: it
 * records what the shell asks of Electron and lets a test play Electron's part (ready, IPC calls
 * from a frame, display changes, quitting). Not a simulation of Electron's behaviour.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: never[]) => unknown;
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
  internal: boolean;
  label: string;
  scaleFactor?: number;
  rotation?: number;
}

let nextProcessId = 100;

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: { processId: number; routingId: number; readonly url: string };
  readonly sent: unknown[][] = [];
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  constructor() {
    super();
    const currentUrl = () => this.url;
    this.mainFrame = {
      processId: nextProcessId++,
      routingId: 1,
      get url() {
        return currentUrl();
      },
    };
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  isLoading() {
    return false;
  }
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  reload() {}
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  bounds: Rect;
  readonly options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    this.bounds = {
      x: (options['x'] as number | undefined) ?? 0,
      y: (options['y'] as number | undefined) ?? 0,
      width: (options['width'] as number | undefined) ?? 800,
      height: (options['height'] as number | undefined) ?? 600,
    };
    this.fullscreen = options['fullscreen'] === true;
    FakeBrowserWindow.all.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    this.webContents.url = url;
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  showInactive() {}
  focus() {}
  reload() {}
  getBounds() {
    return this.bounds;
  }
  setBounds(bounds: Rect) {
    this.bounds = { ...bounds };
  }
  fullscreen: boolean;
  isFullScreen() {
    return this.fullscreen;
  }
  setFullScreen(flag: boolean) {
    this.fullscreen = flag;
  }
  /** What the shell set beyond the constructor's options (always on top, mouse events). */
  readonly settings: Record<string, unknown> = {};
  setAlwaysOnTop(flag: boolean, level?: string) {
    this.settings['alwaysOnTop'] = level ?? flag;
  }
  setVisibleOnAllWorkspaces(flag: boolean) {
    this.settings['visibleOnAllWorkspaces'] = flag;
  }
  setIgnoreMouseEvents(flag: boolean) {
    this.settings['ignoreMouseEvents'] = flag;
  }
  close() {
    if (this.destroyed) return;
    this.emit('close', { preventDefault() {} });
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  static getAllWindows() {
    return FakeBrowserWindow.all.filter((win) => !win.destroyed);
  }
}

class FakeApp extends EventEmitter {
  readonly paths = new Map<string, string>();
  readonly calls: string[] = [];
  isPackaged = false;
  readonly recentDocuments: string[] = [];
  #ready: () => void = () => undefined;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#ready = resolve));
  constructor() {
    super();
    const base = mkdtempSync(join(tmpdir(), 'fake-electron-'));
    for (const name of ['documents', 'userData', 'appData', 'temp'])
      this.paths.set(name, join(base, name));
  }
  getPath(name: string) {
    const path = this.paths.get(name);
    if (!path) throw new Error(`no path ${name}`);
    return path;
  }
  setPath(name: string, path: string) {
    this.paths.set(name, path);
  }
  getName() {
    return 'Facilitator Console';
  }
  getVersion() {
    return '0.1.0-test';
  }
  requestSingleInstanceLock() {
    this.calls.push('requestSingleInstanceLock');
    return true;
  }
  setAppUserModelId() {}
  addRecentDocument(path: string) {
    this.recentDocuments.push(path);
  }
  whenReady() {
    return this.#readyPromise;
  }
  /** The test's "Electron is ready". */
  becomeReady() {
    this.#ready();
  }
  quit() {
    this.calls.push('quit');
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.calls.push('quit:done');
  }
  exit(code: number) {
    this.calls.push(`exit:${code}`);
  }
}

type IpcHandler = (event: { senderFrame: unknown }, ...args: unknown[]) => unknown;

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [];
  primaryId = 1;
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.displays.find((display) => display.id === this.primaryId)!;
  }
  getDisplayMatching(rect: Rect) {
    return (
      this.displays.find(
        (display) => rect.x >= display.bounds.x && rect.x < display.bounds.x + display.bounds.width,
      ) ?? this.getPrimaryDisplay()
    );
  }
}

export const fake = {
  app: new FakeApp(),
  screen: new FakeScreen(),
  ipcHandlers: new Map<string, IpcHandler>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  headersHandler: undefined as
    | undefined
    | ((
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (r: unknown) => void,
      ) => void),
  permissionRequestHandler: undefined as undefined | Listener,
  permissionCheckHandler: undefined as undefined | Listener,
  menus: [] as Record<string, unknown>[][],
  openedPaths: [] as string[],
  shownInFolder: [] as string[],
  openDialogAnswer: { canceled: true, filePaths: [] as string[] },
  saveDialogAnswer: { canceled: true, filePath: '' },
  /** The options of every file dialog the shell showed, in order. */
  dialogs: [] as { kind: 'open' | 'save'; options: Record<string, unknown> }[],
  messageBoxes: [] as unknown[],
  /** Power-save blockers the shell started, by id, with their type while they run. */
  powerSave: new Map<number, string>(),
  powerSaveStarts: 0,
};

export const electron = {
  app: fake.app,
  screen: fake.screen,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, handler: IpcHandler) => fake.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      fake.protocolHandlers.set(scheme, handler),
  },
  net: {
    fetch: async (url: string) =>
      new Response(`<!doctype html><title>${url}</title>`, {
        status: 200,
        headers: { 'Content-Type': 'text/html', 'content-security-policy': 'default-src *' },
      }),
  },
  session: {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (handler: typeof fake.headersHandler) => (fake.headersHandler = handler),
      },
      setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheckHandler = handler),
      setDevicePermissionHandler: () => undefined,
    },
  },
  powerSaveBlocker: {
    start: (type: string) => {
      fake.powerSaveStarts += 1;
      fake.powerSave.set(fake.powerSaveStarts, type);
      return fake.powerSaveStarts;
    },
    stop: (id: number) => fake.powerSave.delete(id),
    isStarted: (id: number) => fake.powerSave.has(id),
  },
  Menu: {
    buildFromTemplate: (template: Record<string, unknown>[]) => template,
    setApplicationMenu: (menu: Record<string, unknown>[]) => fake.menus.push(menu),
  },
  shell: {
    showItemInFolder: (path: string) => {
      fake.shownInFolder.push(path);
    },
    openPath: async (path: string) => {
      fake.openedPaths.push(path);
      return '';
    },
    openExternal: async (url: string) => {
      fake.openedPaths.push(url);
    },
  },
  dialog: {
    showOpenDialog: async (_owner: unknown, options: Record<string, unknown>) => {
      fake.dialogs.push({ kind: 'open', options });
      return fake.openDialogAnswer;
    },
    showSaveDialog: async (_owner: unknown, options: Record<string, unknown>) => {
      fake.dialogs.push({ kind: 'save', options });
      return fake.saveDialogAnswer;
    },
    showMessageBox: async (_owner: unknown, options: unknown) => {
      fake.messageBoxes.push(options);
      return { response: 0 };
    },
    showErrorBox: (title: string, content: string) => fake.messageBoxes.push({ title, content }),
  },
};

export const display = (id: number, x: number, internal = false): FakeDisplay => ({
  id,
  bounds: { x, y: 0, width: 1920, height: 1080 },
  workArea: { x, y: 0, width: 1920, height: 1040 },
  internal,
  label: '',
});
