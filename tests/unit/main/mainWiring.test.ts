/**
 * Runs electron/main/index.ts against a stand-in 'electron' module (support/fakeElectron.ts) and
 * the real core host on a temp folder: how the shell wires core to IPC, windows, displays, menu and
 * quitting, checked without Electron's binary.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  IPC_EVENT_CHANNEL,
  IPC_DROPPED_FILE_CHANNEL,
  IPC_INVOKE_CHANNEL,
} from '../../../shared/contract/bridge.ts';
import { events } from '../../../shared/contract/events.ts';
import { ELECTRON_PAGE_POLICY } from '../../../electron/core/security/contentSecurityPolicy.ts';
import {
  display,
  fake,
  FakeBrowserWindow,
  type FakeDisplay,
  type FakeWebContents,
} from './support/fakeElectron.ts';

vi.mock('electron', async () => (await import('./support/fakeElectron.ts')).electron);

const scratch = mkdtempSync(join(tmpdir(), 'main-wiring-'));
const library = join(scratch, 'library');
const argv = process.argv;

const invoke = (contents: FakeWebContents | { mainFrame: unknown }, name: string, input: unknown) =>
  fake.ipcHandlers.get(IPC_INVOKE_CHANNEL)!({ senderFrame: contents.mainFrame }, name, input);

type MenuItem = {
  enabled?: boolean;
  id?: string;
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  click?: () => void;
};
const menuItem = (id: string): MenuItem | undefined => {
  const search = (items: MenuItem[] | undefined): MenuItem | undefined => {
    for (const item of items ?? []) {
      if (item.id === id) return item;
      const found = search(item.submenu);
      if (found) return found;
    }
    return undefined;
  };
  return search(fake.menus.at(-1) as MenuItem[]);
};

const windowsOf = (page: string) =>
  FakeBrowserWindow.all.filter((win) => !win.destroyed && win.webContents.url.endsWith(page));

beforeAll(async () => {
  fake.screen.displays = [display(1, 0, true)];
  process.argv = [
    argv[0]!,
    'out/main/index.js',
    '--data',
    library,
    '--user-data',
    join(scratch, 'ud'),
  ];
  await import('../../../electron/main/index.ts');
  fake.app.becomeReady();
  await vi.waitFor(() => expect(windowsOf('index.html')).toHaveLength(1), { timeout: 10_000 });
});

afterAll(() => {
  process.argv = argv;
});

describe('the Electron shell, wired', () => {
  it('registers app:// before ready and takes the single-instance lock with the given user data', () => {
    expect(fake.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.app.calls).toContain('requestSingleInstanceLock');
    expect(fake.app.getPath('userData')).toBe(join(scratch, 'ud'));
  });

  it('seeds the demo cohort into the empty --data folder', () => {
    expect(readdirSync(library)).toContain('Demo — Product leads circle.cohort');
  });

  it('opens the console on app://facilitator/index.html with the locked-down options', () => {
    const [console] = windowsOf('index.html');
    expect(console!.webContents.url).toBe('app://facilitator/index.html');
    expect(console!.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('answers the console over IPC through the core router, with command rights', async () => {
    const [console] = windowsOf('index.html');
    expect(await invoke(console!.webContents, 'app.info', {})).toEqual({
      ok: true,
      value: {
        version: '0.1.0-test',
        host: 'electron',
        role: 'console',
        readOnly: false,
        capabilities: { showInFolder: true, showPresenter: true, renewLinks: false },
        presenterPath: null,
      },
    });
    const library = (await invoke(console!.webContents, 'library.list', {})) as {
      ok: boolean;
      value: { cohorts: { name?: string }[] };
    };
    expect(library.ok).toBe(true);
    expect(library.value.cohorts.map((cohort) => cohort.name)).toContain(
      'Demo — Product leads circle',
    );
  });

  it('shows a cohort file in its folder when the console asks', async () => {
    const [console] = windowsOf('index.html');
    const library = (await invoke(console!.webContents, 'library.list', {})) as {
      value: { cohorts: { id: string; fileName: string }[] };
    };
    const demo = library.value.cohorts[0]!;
    expect(await invoke(console!.webContents, 'shell.showInFolder', { cohortId: demo.id })).toEqual(
      {
        ok: true,
        value: { shown: true },
      },
    );
    expect(fake.shownInFolder.at(-1)).toMatch(new RegExp(`${demo.fileName}$`));
  });

  it('refuses a frame that is not one of ours with a typed error', async () => {
    const stranger = {
      mainFrame: { processId: 9999, routingId: 1, url: 'app://facilitator/index.html' },
    };
    expect(await invoke(stranger, 'app.info', {})).toEqual({
      ok: false,
      error: { code: 'rejected', message: expect.stringContaining('Request refused') },
    });
  });

  it('answers unknown and malformed requests with errors, never a throw', async () => {
    const [console] = windowsOf('index.html');
    expect(await invoke(console!.webContents, 'no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-request' },
    });
    expect(await invoke(console!.webContents, 'cohort.create', { name: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it("sends the core's events to the windows", async () => {
    const [console] = windowsOf('index.html');
    const created = await invoke(console!.webContents, 'cohort.create', { name: 'Wiring check' });
    expect(created).toMatchObject({ ok: true });
    await vi.waitFor(() =>
      expect(console!.webContents.sent.some(([channel]) => channel === IPC_EVENT_CHANNEL)).toBe(
        true,
      ),
    );
  });

  it('serves app:// pages with the Content-Security-Policy header, and nothing outside out/renderer', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://facilitator/index.html'));
    expect(page.headers.get('content-security-policy')).toBe(ELECTRON_PAGE_POLICY);
    expect(ELECTRON_PAGE_POLICY).toContain("connect-src 'none'");
    expect(ELECTRON_PAGE_POLICY).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler(new Request('app://facilitator/..%2f..%2fpackage.json'))).status).toBe(
      404,
    );
  });

  it('denies permissions, new windows and navigation away from the app', async () => {
    const [console] = windowsOf('index.html');
    const granted: boolean[] = [];
    fake.permissionRequestHandler?.(
      ...([
        console!.webContents,
        'media',
        (ok: boolean) => granted.push(ok),
        { requestingUrl: 'app://facilitator/index.html' },
      ] as never[]),
    );
    expect(granted).toEqual([false]);
    expect(console!.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    console!.webContents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { url: 'app://facilitator/presenter.html', preventDefault: vi.fn() };
    console!.webContents.emit('will-navigate', home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('builds the application menu, with File and View', () => {
    expect(menuItem('new-cohort')?.label).toBe('New Cohort…');
    expect(menuItem('show-presenter')).toBeDefined();
  });

  it('opens the presenter as a window on the only display, read-only over IPC', async () => {
    menuItem('show-presenter')!.click!();
    const [presenter] = windowsOf('presenter.html');
    expect(presenter!.options['fullscreen']).toBe(false);
    expect(await invoke(presenter!.webContents, 'app.info', {})).toMatchObject({
      ok: true,
      value: { role: 'presenter', readOnly: true },
    });
    expect(await invoke(presenter!.webContents, 'cohort.create', { name: 'Nope' })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(await invoke(presenter!.webContents, 'library.list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke(presenter!.webContents, 'room.view', {})).toMatchObject({
      ok: true,
      value: { screen: 'waiting' },
    });
  });

  it("sends each window only its own audience's events", async () => {
    const [console] = windowsOf('index.html');
    const [presenter] = windowsOf('presenter.html');
    const before = console!.webContents.sent.length;
    await invoke(console!.webContents, 'cohort.create', { name: 'Audience check' });
    await invoke(console!.webContents, 'room.show', {
      screen: 'message',
      message: 'Back at 10:40',
    });
    await vi.waitFor(() => expect(console!.webContents.sent.length).toBeGreaterThan(before));
    const names = (sent: unknown[][]) =>
      sent.filter(([channel]) => channel === IPC_EVENT_CHANNEL).map(([, name]) => name);
    expect(names(presenter!.webContents.sent)).toContain('room.view');
    expect(names(presenter!.webContents.sent)).not.toContain('library.changed');
    expect(names(console!.webContents.sent)).toContain('library.changed');
  });

  it('moves the presenter fullscreen onto a projector when one is plugged in, and back when it goes', () => {
    fake.screen.displays = [display(1, 0, true), display(2, 1920)];
    fake.screen.emit('display-added', {}, fake.screen.displays[1]);
    let [presenter] = windowsOf('presenter.html');
    expect(windowsOf('presenter.html')).toHaveLength(1);
    expect(presenter!.options).toMatchObject({ x: 1920, fullscreen: true });

    fake.screen.displays = [display(1, 0, true)];
    fake.screen.emit('display-removed', {}, display(2, 1920));
    [presenter] = windowsOf('presenter.html');
    expect(windowsOf('presenter.html')).toHaveLength(1);
    expect(presenter!.options).toMatchObject({ fullscreen: false });
  });

  it('a key pressed in the presenter window goes to the console as pressed; F5 never reloads it', () => {
    const [console] = windowsOf('index.html');
    const [presenter] = windowsOf('presenter.html');
    const press = (key: string, modifiers: { shift?: boolean; control?: boolean } = {}) => {
      const event = { preventDefault: vi.fn() };
      presenter!.webContents.emit('before-input-event', event, {
        type: 'keyDown',
        key,
        shift: modifiers.shift ?? false,
        control: modifiers.control ?? false,
        meta: false,
        alt: false,
        isComposing: false,
      });
      return event.preventDefault;
    };
    const forwarded = () =>
      console!.webContents.sent
        .filter(([channel, name]) => channel === IPC_EVENT_CHANNEL && name === 'shell.key')
        .map(([, , payload]) => events['shell.key'].schema.parse(payload));

    expect(press('n')).toHaveBeenCalled();
    expect(press('z', { control: true })).toHaveBeenCalled();
    expect(press('F5', { shift: true })).toHaveBeenCalled();
    expect(press('Escape')).not.toHaveBeenCalled();
    expect(forwarded()).toEqual([
      { key: 'n', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false },
      { key: 'z', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false },
      { key: 'F5', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false },
    ]);
  });

  it('keeps the displays awake while a session runs, and lets them sleep once it has ended', async () => {
    const [console] = windowsOf('index.html');
    const listed = (await invoke(console!.webContents, 'library.list', {})) as {
      value: { cohorts: { id: string; fileName: string }[] };
    };
    const cohortId = listed.value.cohorts.find((cohort) => cohort.fileName.startsWith('Demo'))!.id;
    const cohort = (await invoke(console!.webContents, 'cohort.get', { cohortId })) as {
      value: { members: { id: string }[] };
    };
    const session = (await invoke(console!.webContents, 'session.create', {
      cohortId,
      date: '2026-12-01',
      attendance: cohort.value.members.slice(0, 3).map((member) => member.id),
      guests: [],
    })) as { value: { id: string } };
    const ref = { cohortId, sessionId: session.value.id };
    expect([...fake.powerSave.values()]).toEqual([]);

    expect(await invoke(console!.webContents, 'live.open', ref)).toMatchObject({ ok: true });
    await vi.waitFor(() => expect([...fake.powerSave.values()]).toEqual(['prevent-display-sleep']));
    // Every change of the run is a live.state; one blocker is held throughout.
    await invoke(console!.webContents, 'live.command', { ...ref, command: { type: 'queue.next' } });
    expect(fake.powerSave.size).toBe(1);

    expect(await invoke(console!.webContents, 'session.end', ref)).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(fake.powerSave.size).toBe(0));
  });

  const named = (
    id: number,
    x: number,
    label: string,
    size = { width: 1920, height: 1080 },
  ): FakeDisplay => ({
    ...display(id, x, label === 'Built-in display'),
    bounds: { x, y: 0, ...size },
    workArea: { x, y: 0, width: size.width, height: size.height - 40 },
    label,
  });
  const laptop = named(1, 0, 'Built-in display');

  it("Identify Displays shows each display's number on its screen for three seconds", () => {
    fake.screen.displays = [laptop, named(2, 1920, 'EPSON PJ')];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const numbers = () =>
        FakeBrowserWindow.all.filter(
          (win) => !win.destroyed && win.webContents.url.startsWith('data:'),
        );
      menuItem('identify-displays')!.click!();
      expect(numbers()).toHaveLength(2);
      const pages = numbers().map((win) => decodeURIComponent(win.webContents.url));
      expect(pages[0]).toContain('1 — Built-in display — 1920×1080 (primary)');
      expect(pages[1]).toContain('2 — EPSON PJ — 1920×1080');
      expect(numbers()[1]!.options).toMatchObject({
        // 640×400, centred on the projector.
        x: 1920 + 640,
        y: 340,
        width: 640,
        height: 400,
        frame: false,
        focusable: false,
        alwaysOnTop: true,
        webPreferences: { sandbox: true, contextIsolation: true, javascript: false },
      });
      expect(numbers()[1]!.settings).toMatchObject({
        alwaysOnTop: 'screen-saver',
        ignoreMouseEvents: true,
      });

      // Asked again meanwhile: the numbers start over, never twice on a screen.
      vi.advanceTimersByTime(2000);
      menuItem('identify-displays')!.click!();
      expect(numbers()).toHaveLength(2);
      vi.advanceTimersByTime(2999);
      expect(numbers()).toHaveLength(2);
      vi.advanceTimersByTime(1);
      expect(numbers()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
      fake.screen.displays = [laptop];
    }
  });

  it('remembers the display chosen for a set of displays, and finds it again after a replug with new ids', async () => {
    const epson = named(2, 1920, 'EPSON PJ');
    const dell = named(3, 3840, 'DELL U2720Q', { width: 2560, height: 1440 });
    fake.screen.displays = [laptop, epson, dell];
    fake.screen.emit('display-added', {}, dell);
    // Not chosen yet: the first external display.
    expect(windowsOf('presenter.html')[0]!.options).toMatchObject({ x: 1920, fullscreen: true });

    const presentOn = menuItem('present-on')!.submenu!;
    expect(presentOn.map((item) => item.label)).toEqual([
      '1: Built-in display — 1920×1080 (primary)',
      '2: EPSON PJ — 1920×1080',
      '3: DELL U2720Q — 2560×1440',
    ]);
    presentOn[2]!.click!();
    expect(windowsOf('presenter.html')).toHaveLength(1);
    expect(windowsOf('presenter.html')[0]!.options).toMatchObject({ x: 3840, fullscreen: true });
    await vi.waitFor(() => {
      const settings = JSON.parse(readFileSync(join(scratch, 'ud', 'settings.json'), 'utf8')) as {
        presenterDisplays?: Record<string, { displayId: number }>;
      };
      expect(Object.values(settings.presenterDisplays ?? {})).toMatchObject([{ displayId: 3 }]);
    });

    fake.screen.displays = [laptop];
    fake.screen.emit('display-removed', {}, epson);
    expect(windowsOf('presenter.html')[0]!.options).toMatchObject({ fullscreen: false });

    // Back in the same room: the system gives both displays new ids.
    const dellAgain = { ...dell, id: 13 };
    fake.screen.displays = [laptop, { ...epson, id: 12 }, dellAgain];
    fake.screen.emit('display-added', {}, dellAgain);
    expect(windowsOf('presenter.html')).toHaveLength(1);
    expect(windowsOf('presenter.html')[0]!.options).toMatchObject({ x: 3840, fullscreen: true });
  });

  it("refits the presenter, fullscreen, when its display takes a new resolution; another display's change leaves it", () => {
    const [before] = windowsOf('presenter.html');
    const lower = named(13, 3840, 'DELL U2720Q', { width: 1920, height: 1080 });
    fake.screen.displays = [laptop, named(12, 1920, 'EPSON PJ'), lower];
    fake.screen.emit('display-metrics-changed', {}, laptop, ['workArea']);
    expect(windowsOf('presenter.html')).toEqual([before]);

    fake.screen.emit('display-metrics-changed', {}, lower, ['bounds', 'workArea']);
    const [after] = windowsOf('presenter.html');
    expect(windowsOf('presenter.html')).toHaveLength(1);
    expect(after).not.toBe(before);
    expect(after!.options).toMatchObject({
      x: 3840,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
    });

    fake.screen.displays = [laptop];
    fake.screen.emit('display-removed', {}, lower);
  });

  it('a presenter dragged to another display is remembered there; a fullscreen one the system moved is not', async () => {
    const epson = named(12, 1920, 'EPSON PJ');
    const dell = named(13, 3840, 'DELL U2720Q', { width: 2560, height: 1440 });
    const savedPicks = () => {
      const settings = JSON.parse(readFileSync(join(scratch, 'ud', 'settings.json'), 'utf8')) as {
        presenterDisplays: Record<string, { display: string }>;
      };
      return Object.values(settings.presenterDisplays).map(({ display }) => display);
    };
    fake.screen.displays = [laptop, epson, dell];
    fake.screen.emit('display-added', {}, dell);
    const [presenter] = windowsOf('presenter.html');
    expect(presenter!.options).toMatchObject({ x: 3840 });

    // Out of fullscreen (View › Toggle Full Screen), then dragged onto the projector.
    presenter!.setFullScreen(false);
    presenter!.setBounds({ x: 2000, y: 100, width: 1280, height: 720 });
    presenter!.emit('moved');
    await vi.waitFor(() => expect(savedPicks()).toEqual(['external "EPSON PJ" 1920x1080']));

    // Fullscreen again; the projector's cable is pulled, and the system puts the window on the
    // laptop before the display list says the projector has gone.
    presenter!.setFullScreen(true);
    presenter!.setBounds({ x: 0, y: 0, width: 1920, height: 1080 });
    presenter!.emit('moved');
    fake.screen.displays = [laptop, dell];
    fake.screen.emit('display-removed', {}, epson);
    fake.screen.displays = [laptop, epson, dell];
    fake.screen.emit('display-added', {}, epson);
    expect(savedPicks()).toEqual(['external "EPSON PJ" 1920x1080']);
    expect(windowsOf('presenter.html')[0]!.options).toMatchObject({ x: 1920, fullscreen: true });

    fake.screen.displays = [laptop];
    fake.screen.emit('display-removed', {}, dell);
  });

  it('a second launch with a .cohort file focuses the console and opens the file there', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    const file = join(elsewhere, 'Borrowed.cohort');
    copyFileSync(join(library, 'Demo — Product leads circle.cohort'), file);
    const [console] = windowsOf('index.html');
    fake.app.emit('second-instance', {}, ['/usr/bin/facilitator', 'Borrowed.cohort'], elsewhere);
    await vi.waitFor(() =>
      expect(console!.webContents.sent).toContainEqual([
        IPC_EVENT_CHANNEL,
        'shell.cohortOpened',
        { cohortId: expect.any(String) },
      ]),
    );
    expect(fake.app.recentDocuments).toEqual([file]);
    await vi.waitFor(() => expect(menuItem('open-recent')?.enabled).toBe(true));
  });

  it('a file the OS hands over (macOS open-file) is opened too; a wrong one is named in a message', async () => {
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, join(scratch, 'not-a-cohort.txt'));
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.messageBoxes).toHaveLength(1));
    expect(fake.messageBoxes[0]).toMatchObject({
      detail: expect.stringContaining('not-a-cohort.txt'),
    });
  });

  it('File > New Cohort… asks the console to start one', () => {
    const [console] = windowsOf('index.html');
    menuItem('new-cohort')!.click!();
    expect(console!.webContents.sent).toContainEqual([
      IPC_EVENT_CHANNEL,
      'shell.action',
      { action: 'new-cohort' },
    ]);
  });

  it('File > Show Library Folder opens the library folder', async () => {
    menuItem('show-library')!.click!();
    await vi.waitFor(() => expect(fake.openedPaths).toContain(library));
  });

  it('opens a dropped file through the handle main gives for it; a made-up path is refused', async () => {
    const [console] = windowsOf('index.html');
    const listed = (await invoke(console!.webContents, 'library.list', {})) as {
      value: { cohorts: { id: string; fileName: string }[] };
    };
    const demo = listed.value.cohorts.find((cohort) => cohort.fileName.startsWith('Demo'))!;
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'dropped-')), 'Dropped.cohort');
    // A cohort file outside the library, never opened here, to drop.
    copyFileSync(join(library, demo.fileName), elsewhere);
    const dropped = fake.ipcHandlers.get(IPC_DROPPED_FILE_CHANNEL)!;
    const handle = (await dropped(
      { senderFrame: console!.webContents.mainFrame },
      elsewhere,
    )) as string;
    expect(handle).not.toBe('');
    expect(handle).not.toContain(elsewhere);
    // Only the console's page may hand one over, and only for a .cohort file.
    expect(
      await dropped(
        { senderFrame: { url: 'https://example.com/', processId: 9, routingId: 9 } },
        elsewhere,
      ),
    ).toBe('');
    expect(await dropped({ senderFrame: console!.webContents.mainFrame }, '/etc/passwd')).toBe('');

    expect(await invoke(console!.webContents, 'library.open', { path: elsewhere })).toMatchObject({
      ok: false,
      error: { code: 'rejected' },
    });
    expect(await invoke(console!.webContents, 'library.open', { handle })).toMatchObject({
      ok: true,
      value: { status: 'ok' },
    });
    // Once opened it is in Recently opened, and reopening it from there takes its path.
    expect(await invoke(console!.webContents, 'library.open', { path: elsewhere })).toMatchObject({
      ok: true,
    });
    expect(await invoke(console!.webContents, 'library.open', { handle })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('saves a copy where the save dialog says, through a handle; a typed path is refused', async () => {
    const [console] = windowsOf('index.html');
    const listed = (await invoke(console!.webContents, 'library.list', {})) as {
      value: { cohorts: { id: string; fileName: string }[] };
    };
    const demo = listed.value.cohorts.find((cohort) => cohort.fileName.startsWith('Demo'))!;
    const target = join(mkdtempSync(join(tmpdir(), 'usb-')), 'Demo for Bo.cohort');
    fake.saveDialogAnswer = { canceled: false, filePath: target };

    const chosen = (await invoke(console!.webContents, 'shell.choosePath', {
      purpose: 'save-copy',
      cohortId: demo.id,
    })) as { ok: boolean; value: { handle: string; shown: string } };
    expect(chosen).toEqual({ ok: true, value: { handle: expect.any(String), shown: target } });
    expect(chosen.value.handle).not.toContain(target);
    expect(fake.dialogs.at(-1)).toMatchObject({
      kind: 'save',
      options: {
        defaultPath: join(library, 'Demo — Product leads circle copy.cohort'),
        filters: [{ name: 'Cohort', extensions: ['cohort'] }],
      },
    });

    expect(
      await invoke(console!.webContents, 'cohort.saveCopy', {
        cohortId: demo.id,
        handle: chosen.value.handle,
      }),
    ).toMatchObject({ ok: true, value: { status: 'ok', fileName: 'Demo for Bo.cohort' } });
    expect(existsSync(target)).toBe(true);

    const typed = join(scratch, 'Typed.cohort');
    expect(
      await invoke(console!.webContents, 'cohort.saveCopy', { cohortId: demo.id, path: typed }),
    ).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(existsSync(typed)).toBe(false);
  });

  it('chooses the library folder in an open dialog for folders; cancelling changes nothing', async () => {
    const [console] = windowsOf('index.html');
    fake.openDialogAnswer = { canceled: true, filePaths: [] };
    expect(
      await invoke(console!.webContents, 'shell.choosePath', { purpose: 'library-folder' }),
    ).toEqual({ ok: true, value: { cancelled: true } });
    expect(fake.dialogs.at(-1)).toMatchObject({
      kind: 'open',
      options: { defaultPath: library, properties: ['openDirectory', 'createDirectory'] },
    });
  });

  it('uses a folder chosen in the dialog as the library; Show Library Folder skips it when it is a link', async () => {
    const [console] = windowsOf('index.html');
    const useFolderFromDialog = async (folder: string) => {
      fake.openDialogAnswer = { canceled: false, filePaths: [folder] };
      const chosen = (await invoke(console!.webContents, 'shell.choosePath', {
        purpose: 'library-folder',
      })) as { value: { handle: string } };
      return invoke(console!.webContents, 'library.setFolder', { handle: chosen.value.handle });
    };
    const real = mkdtempSync(join(tmpdir(), 'real-library-'));
    const link = join(scratch, 'linked-library');
    symlinkSync(real, link);
    expect(await useFolderFromDialog(link)).toMatchObject({ ok: true, value: { folder: link } });

    const opened = fake.openedPaths.length;
    const logged = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    menuItem('show-library')!.click!();
    await vi.waitFor(() =>
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`${link} is not shown`)),
    );
    logged.mockRestore();
    expect(fake.openedPaths.slice(opened)).toEqual([]);

    expect(await useFolderFromDialog(library)).toMatchObject({
      ok: true,
      value: { folder: library },
    });
    fake.openDialogAnswer = { canceled: true, filePaths: [] };
  });

  it('on quit: holds the quit, closes the core (flushing writes) once, then quits', async () => {
    fake.app.quit();
    expect(fake.app.calls.filter((call) => call === 'quit:done')).toHaveLength(0);
    await vi.waitFor(() => expect(fake.app.calls).toContain('quit:done'));
    expect(existsSync(join(library, 'Wiring check.cohort'))).toBe(true);
  });
});
