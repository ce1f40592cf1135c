/**
 * "Save a copy elsewhere" and the library folder through the router: in the desktop app the place
 * comes from a native dialog held by the host (a handle); a typed path is refused there.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cohortHandlers } from '../../../electron/core/handlers/cohort.ts';
import { libraryHandlers } from '../../../electron/core/handlers/library.ts';
import { shellHandlers } from '../../../electron/core/handlers/shell.ts';
import { createChosenPaths } from '../../../electron/core/paths/chosenPaths.ts';
import { createRouter, type Handlers, type Router } from '../../../electron/core/router.ts';
import type { CoreServices, DesktopShell } from '../../../electron/core/services.ts';
import type { PathPurpose } from '../../../shared/contract/index.ts';
import { storeFixture, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
const asConsole = { role: 'console' } as const;
/** What the fake dialog answers next, and what it was asked. */
let answer: string | undefined;
let asked: { purpose: PathPurpose; defaultPath: string }[];

const routerFor = (hostKind: 'electron' | 'browser'): Router => {
  const desktop: DesktopShell = {
    showInFolder: () => undefined,
    showPresenter: () => undefined,
    choosePath: async (purpose, defaultPath) => {
      asked.push({ purpose, defaultPath });
      return answer;
    },
  };
  const services = {
    hostKind,
    store: t.store,
    chosenPaths: createChosenPaths(),
    desktop: hostKind === 'electron' ? desktop : undefined,
  } as CoreServices;
  return createRouter({
    ...cohortHandlers(services),
    ...libraryHandlers(services),
    ...shellHandlers(services),
  } as Partial<Handlers> as Handlers);
};

beforeEach(async () => {
  t = await storeFixture();
  answer = undefined;
  asked = [];
});
afterEach(() => t.done());

describe('in the desktop app', () => {
  it('saves a copy at the place chosen in the dialog, once per choice', async () => {
    const route = routerFor('electron');
    const { id } = await t.store.create('Circle');
    answer = join(t.dir, 'usb', 'Circle for Bo.cohort');
    await mkdir(join(t.dir, 'usb'));

    const chosen = await route(
      'shell.choosePath',
      { purpose: 'save-copy', cohortId: id },
      asConsole,
    );
    expect(asked).toEqual([
      { purpose: 'save-copy', defaultPath: join(t.folder, 'Circle copy.cohort') },
    ]);
    expect(chosen).toEqual({ ok: true, value: { handle: expect.any(String), shown: answer } });
    const { handle } = (chosen as { value: { handle: string } }).value;

    expect(await route('cohort.saveCopy', { cohortId: id, handle }, asConsole)).toMatchObject({
      ok: true,
      value: { status: 'ok', fileName: 'Circle for Bo.cohort' },
    });
    expect(existsSync(answer)).toBe(true);
    expect(await route('cohort.saveCopy', { cohortId: id, handle }, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('choose the place again') },
    });
  });

  it('shows and writes a copy with the .cohort extension when the dialog left it off', async () => {
    const route = routerFor('electron');
    const { id } = await t.store.create('Circle');
    answer = join(t.dir, 'Circle for Bo');
    const chosen = await route(
      'shell.choosePath',
      { purpose: 'save-copy', cohortId: id },
      asConsole,
    );
    const { handle, shown } = (chosen as { value: { handle: string; shown: string } }).value;
    expect(shown).toBe(join(t.dir, 'Circle for Bo.cohort'));
    expect(await route('cohort.saveCopy', { cohortId: id, handle }, asConsole)).toMatchObject({
      ok: true,
    });
    expect(existsSync(shown)).toBe(true);
  });

  it('refuses a typed path for a copy or the library folder, in words', async () => {
    const route = routerFor('electron');
    const { id } = await t.store.create('Circle');
    const target = join(t.dir, 'Typed.cohort');
    expect(await route('cohort.saveCopy', { cohortId: id, path: target }, asConsole)).toEqual({
      ok: false,
      error: { code: 'rejected', message: 'In the desktop app, choose the place in the dialog.' },
    });
    expect(existsSync(target)).toBe(false);
    expect(await route('library.setFolder', { folder: join(t.dir, 'other') }, asConsole)).toEqual({
      ok: false,
      error: { code: 'rejected', message: 'In the desktop app, choose the place in the dialog.' },
    });
    expect(t.store.folder).toBe(t.folder);
  });

  it('switches the library folder to the one chosen in the dialog; a copy handle does not do', async () => {
    const route = routerFor('electron');
    const { id } = await t.store.create('Circle');
    const other = join(t.dir, 'Workshops');
    await mkdir(other);
    answer = join(t.dir, 'Copy.cohort');
    const copy = await route('shell.choosePath', { purpose: 'save-copy', cohortId: id }, asConsole);
    const copyHandle = (copy as { value: { handle: string } }).value.handle;
    expect(await route('library.setFolder', { handle: copyHandle }, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    answer = other;
    const folder = await route('shell.choosePath', { purpose: 'library-folder' }, asConsole);
    expect(asked.at(-1)).toEqual({ purpose: 'library-folder', defaultPath: t.folder });
    const { handle } = (folder as { value: { handle: string } }).value;
    expect(await route('library.setFolder', { handle }, asConsole)).toMatchObject({
      ok: true,
      value: { folder: other },
    });
    expect(t.store.folder).toBe(other);
  });

  it('answers a cancelled dialog as cancelled, with no handle', async () => {
    const route = routerFor('electron');
    expect(await route('shell.choosePath', { purpose: 'library-folder' }, asConsole)).toEqual({
      ok: true,
      value: { cancelled: true },
    });
  });

  it('needs the cohort for a copy, and exactly one of a path and a handle', async () => {
    const route = routerFor('electron');
    const { id } = await t.store.create('Circle');
    expect(await route('shell.choosePath', { purpose: 'save-copy' }, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(asked).toEqual([]);
    for (const input of [
      { cohortId: id },
      { cohortId: id, path: join(t.dir, 'A.cohort'), handle: 'h' },
    ])
      expect(await route('cohort.saveCopy', input, asConsole)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    expect(await route('library.setFolder', { create: true }, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('in the browser host', () => {
  it('saves a copy at a typed path, and has no dialogs', async () => {
    const route = routerFor('browser');
    const { id } = await t.store.create('Circle');
    const target = join(t.dir, 'Typed.cohort');
    expect(await route('cohort.saveCopy', { cohortId: id, path: target }, asConsole)).toMatchObject(
      {
        ok: true,
      },
    );
    expect(existsSync(target)).toBe(true);
    expect(await route('shell.choosePath', { purpose: 'library-folder' }, asConsole)).toMatchObject(
      {
        ok: false,
        error: { code: 'rejected' },
      },
    );
    expect(await route('library.setFolder', { handle: 'made-up' }, asConsole)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('the library folder for the file manager', () => {
  it('is a plain directory, unless it is a link or a file', async () => {
    expect(await t.store.folderIsPlainDirectory()).toBe(true);
    const route = routerFor('browser');
    const real = join(t.dir, 'real');
    await mkdir(real);
    const link = join(t.dir, 'link');
    await symlink(real, link);
    expect(await route('library.setFolder', { folder: link }, asConsole)).toMatchObject({
      ok: true,
    });
    expect(await t.store.folderIsPlainDirectory()).toBe(false);
  });

  it('is not one once it is gone or replaced by a file', async () => {
    const route = routerFor('browser');
    const gone = join(t.dir, 'gone');
    expect(await route('library.setFolder', { folder: gone }, asConsole)).toMatchObject({
      ok: true,
    });
    await rm(gone, { recursive: true });
    expect(await t.store.folderIsPlainDirectory()).toBe(false);
    await writeFile(gone, 'not a folder');
    expect(await t.store.folderIsPlainDirectory()).toBe(false);
  });
});
