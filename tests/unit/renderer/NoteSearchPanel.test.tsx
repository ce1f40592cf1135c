/**
 * The cohort screen's note search against the real host with the demo cohort: results as typed
 * with the matched words marked and a link to the session's report, "No notes match", the small
 * words left out, the arrow keys down the results and Escape to clear.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteSearchPanel } from '../../../renderer/console/Cohort/NoteSearch/NoteSearchPanel.tsx';
import { firstCohortId } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('NoteSearchPanel', () => {
  let host: MemoryHost;
  let cohortId: string;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    cohortId = await firstCohortId(host.connection.bridge);
    const cohort = await host.core.services.store.read(cohortId);
    const notes = cohort.sessions.reduce((sum, s) => sum + s.notes.length, 0);
    renderWithHost(host, <NoteSearchPanel cohortId={cohortId} noteCount={notes} />);
  });
  afterEach(() => host.close());

  const box = () => screen.getByRole('searchbox', { name: 'Search notes' });
  const found = () => screen.findByRole('list', { name: 'Notes found' });
  const status = () => screen.getByRole('status');

  it('says what it is for before anything is typed', () => {
    expect(status().textContent).toBe(
      'Find a word in what was noted, the question on the screen or who had the floor.',
    );
    expect(screen.queryByRole('list', { name: 'Notes found' })).toBeNull();
  });

  it('finds notes as a word is typed, marks it, and links each to its session’s report', async () => {
    const user = userEvent.setup();
    await user.type(box(), 'escal');
    const list = await found();
    const cohort = await host.core.services.store.read(cohortId);
    const expected = cohort.sessions.flatMap((session) =>
      session.notes.filter((note) => /escalat/i.test(note.text)).map((note) => ({ session, note })),
    );
    expect(expected.length).toBeGreaterThan(0);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);
    for (const item of items) {
      expect(item.querySelector('mark')?.textContent).toMatch(/^escalat/i);
    }
    const { session } = expected[0]!;
    const link = within(list).getAllByRole('link', { name: session.title })[0]!;
    expect(link.getAttribute('href')).toBe(
      `#/cohort/${encodeURIComponent(cohortId)}/session/${encodeURIComponent(session.id)}`,
    );
    await waitFor(() =>
      expect(status().textContent).toMatch(new RegExp(`^${expected.length} notes? match`)),
    );
  });

  it('says when nothing matches, and which words are too common to search by', async () => {
    const user = userEvent.setup();
    await user.type(box(), 'the zeppelin');
    await waitFor(() =>
      expect(status().textContent).toBe(
        'No notes match “the zeppelin”. “the” is too common to search by.',
      ),
    );
    expect(screen.queryByRole('list', { name: 'Notes found' })).toBeNull();
  });

  it('goes down the results with the arrow keys, back to the box, and clears with Escape', async () => {
    const user = userEvent.setup();
    await user.type(box(), 'tomas');
    const links = within(await found()).getAllByRole('link');
    expect(links.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[1]);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(box());
    await user.keyboard('{Escape}');
    expect((box() as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Notes found' })).toBeNull());
  });
});
