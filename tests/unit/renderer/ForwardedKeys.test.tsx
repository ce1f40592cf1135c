/**
 * Keys the desktop app hands over from the presenter window ('shell.key') against the real host,
 * in the whole console on a running session: each does what the same key does when pressed in the
 * console, through the same handling; not while a dialog is open, even with a field focused.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../shared/contract/shell.ts';
import { ConsoleApp } from '../../../renderer/console/ConsoleApp.tsx';
import { hrefFor } from '../../../renderer/console/Shell/route.ts';
import { todayIso } from '../../../renderer/ui/format/dates.ts';
import { must, sessionOfFirstCohort } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('keys handed over from the presenter window', () => {
  let host: MemoryHost;
  let cohortId: string;
  let sessionId: string;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    // Today's: a past session without a run opens as a report.
    const created = await sessionOfFirstCohort(host.connection.bridge, todayIso());
    cohortId = created.cohortId;
    sessionId = created.session.id;
    window.location.hash = hrefFor({ screen: 'live', cohortId, sessionId });
    renderWithHost(host, <ConsoleApp />);
    await screen.findByRole('button', { name: 'End session' });
    // The live screen lends the console its keys from an effect: let React run it before a key.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  });
  afterEach(async () => {
    window.location.hash = '';
    await host.close();
  });

  const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}) =>
    act(() =>
      host.core.broadcaster.emit('shell.key', {
        key,
        shiftKey: false,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        ...modifiers,
      }),
    );
  const floor = async () =>
    (await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))).state.queue
      .floor;
  const waitForFloor = async (expected: (floor: string | null) => boolean) =>
    // Generous: the machine running the tests may be busy.
    waitFor(async () => expect(expected(await floor())).toBe(true), { timeout: 5000 });

  it('does what the same key does in the console: N calls the next speaker, Ctrl Z undoes it', async () => {
    const user = userEvent.setup();
    expect(await floor()).toBeNull();

    await press('n');
    await waitForFloor((speaker) => speaker !== null);
    const first = await floor();
    await user.keyboard('{Control>}z{/Control}');
    await waitForFloor((speaker) => speaker === null);

    await user.keyboard('n');
    await waitForFloor((speaker) => speaker === first);
    await press('z', { ctrlKey: true });
    await waitForFloor((speaker) => speaker === null);
  });

  it('acts while a text field in the console has the focus, and leaves the field alone', async () => {
    const note = screen.getByRole('textbox', { name: 'Note' });
    note.focus();
    await press('n');
    await waitForFloor((speaker) => speaker !== null);
    expect((note as HTMLInputElement).value).toBe('');
  });

  it('does nothing while a dialog is open in the console', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'End session' }));
    const dialog = await screen.findByRole('dialog', { name: 'End this session?' });
    await press('n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await floor()).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Keep going' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await press('n');
    await waitForFloor((speaker) => speaker !== null);
  });

  it('T from anywhere puts the note box in focus; Enter saves, Shift+Enter adds a line', async () => {
    const user = userEvent.setup();
    const note = screen.getByRole('textbox', { name: 'Note' });
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('t');
    expect(document.activeElement).toBe(note);
    // The T itself is not typed into the box.
    expect((note as HTMLTextAreaElement).value).toBe('');
    await user.keyboard('First line{Shift>}{Enter}{/Shift}second line');
    expect((note as HTMLTextAreaElement).value).toBe('First line\nsecond line');
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(
        (
          await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))
        ).state.notes.map((n) => n.text),
      ).toEqual(['First line\nsecond line']),
    );
    await waitFor(() => expect((note as HTMLTextAreaElement).value).toBe(''));
  });

  it('? opens the keyboard shortcuts, as in the console', async () => {
    await press('?', { shiftKey: true });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
