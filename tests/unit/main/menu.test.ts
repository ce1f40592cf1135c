import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { shellKeyAction } from '../../../shared/actions/liveActions.ts';
import {
  applicationMenuTemplate,
  recentMenuFiles,
  type MenuActions,
  type MenuState,
} from '../../../electron/main/menu.ts';

const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  appName: 'Facilitator Console',
  recent: [],
  displays: [
    { id: 1, number: 1, label: 'Built-in display — 1920×1080 (primary)' },
    { id: 2, number: 2, label: 'Display 2 — 1920×1080' },
  ],
  presenterDisplayId: 2,
  presenterOpen: false,
  developer: false,
  ...overrides,
});

const fakeActions = (): MenuActions => ({
  newCohort: vi.fn(),
  openCohort: vi.fn(),
  openRecent: vi.fn(),
  showLibraryFolder: vi.fn(),
  showPresenter: vi.fn(),
  closePresenter: vi.fn(),
  presentOn: vi.fn(),
  identifyDisplays: vi.fn(),
  showShortcuts: vi.fn(),
});

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const top = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label || item.role === label);
const byId = (items: MenuItemConstructorOptions[], id: string) =>
  items.find((item) => item.id === id);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('applicationMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const template = applicationMenuTemplate(state(), fakeActions());
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'help',
    ]);
  });

  it('adds the app menu first and a Window menu on macOS', () => {
    const template = applicationMenuTemplate(state({ platform: 'darwin' }), fakeActions());
    expect(template.map((item) => item.role ?? item.label)).toEqual([
      'appMenu',
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('File offers New, Open, Open Recent and Show Library Folder, wired to the actions', () => {
    const actions = fakeActions();
    const file = submenu(top(applicationMenuTemplate(state(), actions), 'File'));
    expect(byId(file, 'new-cohort')).toMatchObject({
      label: 'New Cohort…',
      accelerator: 'CmdOrCtrl+N',
    });
    expect(byId(file, 'open-cohort')).toMatchObject({
      label: 'Open Cohort…',
      accelerator: 'CmdOrCtrl+O',
    });
    click(byId(file, 'new-cohort'));
    click(byId(file, 'open-cohort'));
    click(byId(file, 'show-library'));
    expect(actions.newCohort).toHaveBeenCalledOnce();
    expect(actions.openCohort).toHaveBeenCalledOnce();
    expect(actions.showLibraryFolder).toHaveBeenCalledOnce();
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('Open Recent lists recent files, opens the one clicked, and greys out missing ones', () => {
    const actions = fakeActions();
    const recent = [
      { path: '/a/Leads.cohort', label: 'Leads — a', available: true },
      { path: '/b/Gone.cohort', label: 'Gone — b', available: false },
    ];
    const file = submenu(top(applicationMenuTemplate(state({ recent }), actions), 'File'));
    const items = submenu(byId(file, 'open-recent'));
    expect(items.map((item) => [item.label, item.enabled])).toEqual([
      ['Leads — a', true],
      ['Gone — b', false],
    ]);
    click(items[0]);
    expect(actions.openRecent).toHaveBeenCalledWith('/a/Leads.cohort');
  });

  it('Open Recent is disabled and says so when there is nothing recent', () => {
    const file = submenu(top(applicationMenuTemplate(state(), fakeActions()), 'File'));
    const recent = byId(file, 'open-recent');
    expect(recent?.enabled).toBe(false);
    expect(submenu(recent)[0]).toMatchObject({ label: 'No recent cohorts', enabled: false });
  });

  it('View shows the presenter, closes it only when open, and toggles fullscreen', () => {
    const actions = fakeActions();
    const closed = submenu(top(applicationMenuTemplate(state(), actions), 'View'));
    expect(byId(closed, 'show-presenter')?.label).toBe('Show Presenter Window');
    // The clicker's F5, as in the console's own keys.
    expect(byId(closed, 'show-presenter')?.accelerator).toBe('F5');
    expect(byId(closed, 'close-presenter')?.enabled).toBe(false);
    expect(closed.some((item) => item.role === 'togglefullscreen')).toBe(true);
    click(byId(closed, 'show-presenter'));
    expect(actions.showPresenter).toHaveBeenCalledOnce();

    const open = submenu(
      top(applicationMenuTemplate(state({ presenterOpen: true }), actions), 'View'),
    );
    expect(byId(open, 'close-presenter')?.enabled).toBe(true);
    click(byId(open, 'close-presenter'));
    expect(actions.closePresenter).toHaveBeenCalledOnce();
  });

  it('Present On lists the displays with the presenter one checked', () => {
    const actions = fakeActions();
    const view = submenu(top(applicationMenuTemplate(state(), actions), 'View'));
    const displays = submenu(byId(view, 'present-on'));
    expect(displays.map((item) => [item.type, item.checked])).toEqual([
      ['radio', false],
      ['radio', true],
    ]);
    click(displays[0]);
    expect(actions.presentOn).toHaveBeenCalledWith(1);
    const single = submenu(
      top(
        applicationMenuTemplate(
          state({ displays: [{ id: 1, number: 1, label: 'Only' }] }),
          actions,
        ),
        'View',
      ),
    );
    expect(byId(single, 'present-on')?.enabled).toBe(false);
  });

  it('Present On numbers the displays as Identify Displays shows them; Identify Displays is always there', () => {
    const actions = fakeActions();
    const view = submenu(top(applicationMenuTemplate(state(), actions), 'View'));
    expect(submenu(byId(view, 'present-on')).map((item) => item.label)).toEqual([
      '1: Built-in display — 1920×1080 (primary)',
      '2: Display 2 — 1920×1080',
    ]);
    const identify = byId(view, 'identify-displays');
    expect(identify?.label).toBe('Identify Displays');
    expect(identify?.enabled).not.toBe(false);
    click(identify);
    expect(actions.identifyDisplays).toHaveBeenCalledOnce();
  });

  it('has developer tools only in unpackaged builds', () => {
    const roles = (developer: boolean) =>
      submenu(top(applicationMenuTemplate(state({ developer }), fakeActions()), 'View')).map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('Help opens the shortcut sheet without stealing the "?" key from text fields', () => {
    const actions = fakeActions();
    const help = submenu(top(applicationMenuTemplate(state(), actions), 'help'));
    const shortcuts = byId(help, 'shortcuts');
    // The accelerator comes from the actions' table; it is shown, never registered.
    expect(shellKeyAction('show-shortcuts').menu?.accelerator).toBe('?');
    expect(shortcuts).toMatchObject({ accelerator: '?', registerAccelerator: false });
    const mac = submenu(
      top(applicationMenuTemplate(state({ platform: 'darwin' }), fakeActions()), 'help'),
    );
    expect(byId(mac, 'shortcuts')?.accelerator).toBeUndefined();
    click(shortcuts);
    expect(actions.showShortcuts).toHaveBeenCalledOnce();
    expect(help.some((item) => item.role === 'about')).toBe(true);
  });
});

describe('recentMenuFiles', () => {
  it('labels each file by name and folder and keeps whether it is still there', () => {
    const files = recentMenuFiles([
      {
        cohortId: 'x',
        fileName: 'Leadership circle.cohort',
        folder: '/home/sam/Cohorts',
        openedAt: '2026-11-20T10:00:00Z',
        available: false,
      },
    ]);
    expect(files).toEqual([
      {
        path: '/home/sam/Cohorts/Leadership circle.cohort',
        label: 'Leadership circle — Cohorts',
        available: false,
      },
    ]);
  });
});
