/**
 * The live session's notes panel against the real host: a note typed and entered joins the list,
 * credited to whoever has the floor unless the facilitator unticks it, with the kind chosen, and
 * can be removed again. The panel only sends commands; the list is the host's state.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
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

  it('removes a note, and undoes the removal', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'A stray thought{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Remove note: A stray thought' }));

    await waitFor(() => expect(notes().queryAllByRole('listitem')).toHaveLength(0));
    expect(await liveNotes()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Note removed: “A stray thought”');
    await user.click(screen.getByRole('button', { name: 'Undo removal' }));
    await waitFor(() => expect(notes().getAllByRole('listitem')).toHaveLength(1));
    expect((await liveNotes()).map((note) => note.text)).toEqual(['A stray thought']);
    expect(screen.queryByRole('button', { name: 'Undo removal' })).toBeNull();
  });

  it('edits a note’s words and kind afterwards; Escape leaves it as it was', async () => {
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Capasity is tight{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Edit note: Capasity is tight' }));
    const form = within(screen.getByRole('form', { name: 'Edit note' }));
    await user.clear(form.getByRole('textbox', { name: 'Note’s words' }));
    await user.type(form.getByRole('textbox', { name: 'Note’s words' }), 'Capacity is tight');
    await user.selectOptions(form.getByRole('combobox', { name: 'Kind of note' }), 'Insight');
    await user.type(form.getByRole('textbox', { name: 'Note’s words' }), '{Enter}');

    await notes().findByText('Capacity is tight');
    expect((await liveNotes()).map((note) => [note.kind, note.text])).toEqual([
      ['insight', 'Capacity is tight'],
    ]);
    // The form closes once the host has the edit.
    await user.click(await screen.findByRole('button', { name: 'Edit note: Capacity is tight' }));
    await user.type(screen.getByRole('textbox', { name: 'Note’s words' }), ' (draft){Escape}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit note' })).toBeNull());
    expect((await liveNotes()).map((note) => note.text)).toEqual(['Capacity is tight']);
  });

  it('stamps a note with the phase and who had the floor; the owner’s words in a round are answers', async () => {
    const user = userEvent.setup();
    const send = (command: LiveCommandInput) =>
      must(host.connection.bridge.invoke('live.command', { cohortId, sessionId, command }));
    const { state } = await must(
      host.connection.bridge.invoke('live.state', { cohortId, sessionId }),
    );
    await send({
      type: 'agenda.goto',
      segmentId: state.agenda.segments.find((s) => s.phase === 'challenges')!.id,
    });
    await send({ type: 'challenge.enter', attendeeId: first.attendeeId, text: 'Hiring is stuck' });
    const entered = (
      await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))
    ).state.challenges.entries[0]!;
    await send({ type: 'challenge.choose', challengeId: entered.id });
    await send({
      type: 'agenda.goto',
      segmentId: state.agenda.segments.find((s) => s.phase === 'clarifying')!.id,
    });
    await send({ type: 'queue.give', personId: first.attendeeId });

    const kind = screen.getByRole('combobox', { name: 'Kind of note' }) as HTMLSelectElement;
    await waitFor(() => expect(kind.value).toBe('answer'));
    await user.type(
      screen.getByRole('textbox', { name: 'Note' }),
      'Approvals take six weeks{Enter}',
    );
    const item = await notes().findByText('Approvals take six weeks');
    expect(item.closest('li')!.textContent).toContain(`Clarifying`);
    expect(item.closest('li')!.textContent).toContain(`${first.name} had the floor`);
    expect((await liveNotes())[0]).toMatchObject({
      kind: 'answer',
      phase: 'clarifying',
      floorId: first.attendeeId,
    });

    const second = state.people[1]!;
    await send({ type: 'queue.give', personId: second.id });
    await waitFor(() => expect(kind.value).toBe('question'));
  });
});
