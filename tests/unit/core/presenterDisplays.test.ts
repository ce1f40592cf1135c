/**
 * The presenter's display per set of displays, kept in settings.json beside the library folder:
 * written and read back across runs, old and damaged files tolerated, the other settings kept.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreHost } from '../../../electron/core/host.ts';
import { openAppSettings, SETTINGS_FILE } from '../../../electron/core/settings/appSettings.ts';
import {
  createPresenterDisplays,
  PRESENTER_DISPLAY_SETS_KEPT,
} from '../../../electron/core/settings/presenterDisplays.ts';

const ROOM = 'built-in "Built-in display" + external "EPSON PJ" 1920x1080';
const DESK = 'built-in "Built-in display" + external "DELL U2720Q" 2560x1440';
const projector = { display: 'external "EPSON PJ" 1920x1080', ordinal: 0, displayId: 2779098405 };

let dir: string;
const settingsFile = () => join(dir, SETTINGS_FILE);
const readSettings = async () => JSON.parse(await readFile(settingsFile(), 'utf8')) as object;
const writeSettings = async (data: unknown) => {
  await mkdir(dir, { recursive: true });
  await writeFile(settingsFile(), JSON.stringify(data));
};
const open = async () => createPresenterDisplays(await openAppSettings(dir));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presenter-displays-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('presenter displays in the app settings', () => {
  it('remembers the choice for a set of displays across runs, and only for that set', async () => {
    const first = await open();
    expect(first.choiceFor(ROOM)).toBeUndefined();
    await first.remember(ROOM, projector);

    const next = await open();
    expect(next.choiceFor(ROOM)).toMatchObject(projector);
    expect(next.choiceFor(DESK)).toBeUndefined();
    expect(await readSettings()).toEqual({
      presenterDisplays: { [ROOM]: { ...projector, chosenAt: expect.any(String) } },
    });
  });

  it('forgets the choice for a set (the presenter put back on the laptop)', async () => {
    const choices = await open();
    await choices.remember(ROOM, projector);
    await choices.remember(DESK, { ...projector, display: 'external "DELL U2720Q" 2560x1440' });
    await choices.remember(ROOM, undefined);
    expect((await open()).choiceFor(ROOM)).toBeUndefined();
    expect((await open()).choiceFor(DESK)).toBeDefined();
  });

  it('keeps the library folder and fields it does not know, and reads an old file without choices', async () => {
    await writeSettings({ libraryFolder: '/home/sam/Cohorts', fromNextVersion: { a: 1 } });
    const choices = await open();
    expect(choices.choiceFor(ROOM)).toBeUndefined();
    await choices.remember(ROOM, projector);
    expect(await readSettings()).toMatchObject({
      libraryFolder: '/home/sam/Cohorts',
      fromNextVersion: { a: 1 },
      presenterDisplays: { [ROOM]: projector },
    });
  });

  it('drops a damaged choice without losing the others or the library folder', async () => {
    await writeSettings({
      libraryFolder: '/home/sam/Cohorts',
      presenterDisplays: {
        [ROOM]: { ...projector, chosenAt: '2026-01-01T00:00:00Z', note: 'kept' },
        [DESK]: { display: 42 },
      },
    });
    const settings = await openAppSettings(dir);
    expect(settings.data.libraryFolder).toBe('/home/sam/Cohorts');
    const choices = createPresenterDisplays(settings);
    expect(choices.choiceFor(ROOM)).toMatchObject({ ...projector, note: 'kept' });
    expect(choices.choiceFor(DESK)).toBeUndefined();

    await writeSettings({ libraryFolder: '/home/sam/Cohorts', presenterDisplays: 'not a map' });
    const again = await openAppSettings(dir);
    expect(again.data.libraryFolder).toBe('/home/sam/Cohorts');
    expect(createPresenterDisplays(again).choiceFor(ROOM)).toBeUndefined();
  });

  it('does not write the file again for the same choice', async () => {
    const choices = await open();
    await choices.remember(ROOM, projector);
    // Marked behind the app's back: a write from memory would take the mark away.
    await writeSettings({ ...(await readSettings()), marked: true });
    await choices.remember(ROOM, projector);
    await choices.remember(DESK, undefined);
    expect(await readSettings()).toMatchObject({ marked: true });
  });

  it(`keeps the ${PRESENTER_DISPLAY_SETS_KEPT} sets chosen last`, async () => {
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const choices = createPresenterDisplays(await openAppSettings(dir), () => new Date(clock));
    for (let room = 0; room <= PRESENTER_DISPLAY_SETS_KEPT; room += 1) {
      clock += 60_000;
      await choices.remember(`room ${room}`, projector);
    }
    const sets = Object.keys(
      ((await readSettings()) as { presenterDisplays: Record<string, unknown> }).presenterDisplays,
    );
    expect(sets).toHaveLength(PRESENTER_DISPLAY_SETS_KEPT);
    expect(sets).not.toContain('room 0');
    expect(sets).toContain(`room ${PRESENTER_DISPLAY_SETS_KEPT}`);
  });

  it('shares the file with the library folder: saving a folder keeps the choices, and back', async () => {
    const library = join(dir, 'library');
    const core = await createCoreHost({
      dataFolder: library,
      userDataFolder: dir,
      hostKind: 'electron',
      version: 'test',
    });
    try {
      await core.services.presenterDisplays.remember(ROOM, projector);
      const chosen = join(dir, 'chosen library');
      await core.services.store.setFolder(chosen);
      await core.services.presenterDisplays.remember(DESK, projector);
      expect(await readSettings()).toMatchObject({
        libraryFolder: chosen,
        presenterDisplays: { [ROOM]: projector, [DESK]: projector },
      });
    } finally {
      await core.close();
    }
  });
});
