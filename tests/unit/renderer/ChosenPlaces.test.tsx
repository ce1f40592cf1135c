/**
 * "Save a copy elsewhere" and the library folder against the real host: the desktop app chooses the
 * place in the system's dialog ("Choose…") and sends the host's handle; the browser host types it.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopShell } from '../../../electron/core/services.ts';
import { SaveCopyDialog } from '../../../renderer/console/Files/SaveCopyDialog.tsx';
import { LibraryFolderSection } from '../../../renderer/console/Settings/LibraryFolderSection.tsx';
import type { PathPurpose } from '../../../shared/contract/index.ts';
import { must } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

let host: MemoryHost;
afterEach(() => host.close());

/** The shell's stand-in: its dialog answers `answer` and records what it was asked. */
interface FakeDesktop {
  answer: string | undefined;
  asked: { purpose: PathPurpose; defaultPath: string }[];
  desktop: DesktopShell;
}
const fakeDesktop = () => {
  const shell: FakeDesktop = {
    answer: undefined,
    asked: [],
    desktop: {
      showInFolder: () => undefined,
      showPresenter: () => undefined,
      choosePath: async (purpose, defaultPath) => {
        shell.asked.push({ purpose, defaultPath });
        return shell.answer;
      },
    },
  };
  return shell;
};

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });

/** A desktop host with a cohort, its "Save a copy elsewhere" dialog open. */
async function openSaveCopyInDesktop() {
  const shell = fakeDesktop();
  host = await startMemoryHost({ desktop: shell.desktop });
  const { id } = await must(host.connection.bridge.invoke('cohort.create', { name: 'Circle' }));
  renderWithHost(host, <SaveCopyDialog cohortId={id} onClose={() => undefined} />);
  const dialog = await dialogNamed('Save a copy elsewhere');
  const choose = await within(dialog).findByRole('button', { name: 'Choose…' });
  return { shell, dialog, choose };
}

describe('Save a copy elsewhere', () => {
  it('in the desktop app: the place comes from the save dialog, then the copy is written there', async () => {
    const { shell, dialog, choose } = await openSaveCopyInDesktop();
    const user = userEvent.setup();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    const save = within(dialog).getByRole('button', { name: 'Save copy' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    const target = join(host.core.services.store.folder, '..', 'usb', 'Circle for Bo.cohort');
    await mkdir(join(host.core.services.store.folder, '..', 'usb'));
    shell.answer = target;
    await user.click(choose);
    const place = within(dialog).getByRole('group', { name: 'Save the copy as' });
    await waitFor(() => expect(place.textContent).toContain(target));
    expect(shell.asked).toEqual([
      {
        purpose: 'save-copy',
        defaultPath: join(host.core.services.store.folder, 'Circle copy.cohort'),
      },
    ]);

    await waitFor(() => expect(save.disabled).toBe(false));
    await user.click(save);
    const done = await dialogNamed('Copy saved');
    expect(within(done).getByRole('status').textContent).toContain(target);
    expect(existsSync(target)).toBe(true);
  });

  it('in the desktop app: a cancelled dialog leaves nothing to save', async () => {
    const { shell, dialog, choose } = await openSaveCopyInDesktop();
    await userEvent.setup().click(choose);
    await waitFor(() => expect(shell.asked).toHaveLength(1));
    expect(within(dialog).getByRole('group', { name: 'Save the copy as' }).textContent).toContain(
      'No place chosen yet',
    );
    expect(
      (within(dialog).getByRole('button', { name: 'Save copy' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('in the browser host: the path is typed, and there is no dialog to open', async () => {
    host = await startMemoryHost();
    const { id } = await must(host.connection.bridge.invoke('cohort.create', { name: 'Circle' }));
    renderWithHost(host, <SaveCopyDialog cohortId={id} onClose={() => undefined} />);
    const dialog = await dialogNamed('Save a copy elsewhere');
    const field = await within(dialog).findByRole('textbox', { name: 'Save the copy as' });
    await waitFor(() =>
      expect((field as HTMLInputElement).value).toBe(
        join(host.core.services.store.folder, 'Circle copy.cohort'),
      ),
    );
    expect(within(dialog).queryByRole('button', { name: 'Choose…' })).toBeNull();
  });
});

describe('Settings › Library folder', () => {
  it('in the desktop app: the folder chosen in the dialog is used at once', async () => {
    const shell = fakeDesktop();
    host = await startMemoryHost({ desktop: shell.desktop });
    const before = host.core.services.store.folder;
    const other = join(before, '..', 'Workshops');
    await mkdir(other);
    shell.answer = other;
    const user = userEvent.setup();
    let changed = 0;
    renderWithHost(
      host,
      <LibraryFolderSection
        info={host.core.services.store.folderInfo()}
        readOnly={false}
        onChanged={() => (changed += 1)}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    expect((await screen.findByRole('status')).textContent).toContain('Workshops');
    expect(shell.asked).toEqual([{ purpose: 'library-folder', defaultPath: before }]);
    expect(host.core.services.store.folder).toBe(other);
    expect(changed).toBe(1);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('in the browser host: the folder is typed', async () => {
    host = await startMemoryHost();
    renderWithHost(
      host,
      <LibraryFolderSection
        info={host.core.services.store.folderInfo()}
        readOnly={false}
        onChanged={() => undefined}
      />,
    );
    expect(await screen.findByRole('textbox', { name: 'Use another folder' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Choose folder…' })).toBeNull();
  });
});
