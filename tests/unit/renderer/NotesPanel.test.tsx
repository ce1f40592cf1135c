/**
 * The live session's notes panel against the real host: a note typed and entered joins the list,
 * credited to whoever has the floor unless the facilitator unticks it, with the kind chosen, and
 * can be removed again. The panel only sends commands; the list is the host's state.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesPanel } from '../../../renderer/console/Live/NotesPanel.tsx';
import { must, sessionOfFirstCohort, WithLiveSession } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('NotesPanel', () => {
  let host: MemoryHost;
  let cohortId: string;
  let sessionId: string;
  let first: { attendeeId: string; name: string };

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    const created = await sessionOfFirstCohort(host.connection.bridge, '2026-12-01');
    const { cohort, session } = created;
    cohortId = created.cohortId;
    sessionId = session.id;
    first = { attendeeId: session.attendance[0]!.id, name: cohort.members[0]!.name };
    renderWithHost(
      host,
      <WithLiveSession cohortId={cohortId} sessionId={sessionId}>
        <NotesPanel />
      </WithLiveSession>,
    );
    await screen.findByRole('heading', { name: /Notes/ });
  });
  afterEach(() => host.close());

  const notes = () => within(screen.getByRole('list', { name: 'Notes this session' }));
  const liveNotes = async () =>
    (await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))).state.notes;

  it('adds a note of the chosen kind on Enter and clears the field', async () => {
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of note' }), 'Insight');
    const field = screen.getByRole('textbox', { name: 'Note' });
    await user.type(field, 'Capacity is the real constraint{Enter}');

    await waitFor(() => expect(notes().getAllByRole('listitem')).toHaveLength(1));
    expect(notes().getByText('Capacity is the real constraint')).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('');
    expect((await liveNotes()).map((note) => [note.kind, note.text])).toEqual([
      ['insight', 'Capacity is the real constraint'],
    ]);
  });

  it('credits the note to whoever has the floor, unless unticked', async () => {
    const user = userEvent.setup();
    await must(
      host.connection.bridge.invoke('live.command', {
        cohortId,
        sessionId,
        command: { type: 'queue.give', personId: first.attendeeId },
      }),
    );
    const credit = await screen.findByRole('checkbox', { name: `by ${first.name}` });
    const field = screen.getByRole('textbox', { name: 'Note' });

    await user.type(field, 'Try a decision rule{Enter}');
    await notes().findByText(`— ${first.name}`);

    await user.click(credit);
    await user.type(field, 'Nobody in particular{Enter}');
    await waitFor(() => expect(notes().getAllByRole('listitem')).toHaveLength(2));
    const [latest] = notes().getAllByRole('listitem');
    expect(within(latest!).queryByText(`— ${first.name}`)).toBeNull();
    expect((await liveNotes()).map((note) => note.attendeeId)).toEqual([first.attendeeId, null]);
  });

  it('removes a note', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'A stray thought{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Remove note: A stray thought' }));

    await waitFor(() => expect(notes().queryAllByRole('listitem')).toHaveLength(0));
    expect(await liveNotes()).toEqual([]);
  });
});
