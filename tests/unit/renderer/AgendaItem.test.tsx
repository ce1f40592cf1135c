/**
 * A segment of the live agenda rail against the real host: its edit form changes the cue the room
 * reads, and the host's agenda (not the form) is what the rail shows afterwards.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgendaRail } from '../../../renderer/console/Live/AgendaRail.tsx';
import { firstCohortId, must, WithLiveSession } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('AgendaItem', () => {
  let host: MemoryHost;
  let cohortId: string;
  let sessionId: string;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    const bridge = host.connection.bridge;
    cohortId = await firstCohortId(bridge);
    const cohort = await must(bridge.invoke('cohort.get', { cohortId }));
    const attendance = cohort.members.map((member) => member.id);
    sessionId = (
      await must(bridge.invoke('session.create', { cohortId, date: '2026-12-01', attendance }))
    ).id;
    renderWithHost(
      host,
      <WithLiveSession cohortId={cohortId} sessionId={sessionId}>
        <AgendaRail />
      </WithLiveSession>,
    );
    await screen.findByRole('navigation', { name: 'Agenda' });
  });
  afterEach(() => host.close());

  const segment = async (id: string) =>
    (
      await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))
    ).state.agenda.segments.find((s) => s.id === id);

  it('edits the cue the room reads for a segment', async () => {
    const user = userEvent.setup();
    const before = await segment('seg-reflect');
    await user.click(screen.getByRole('button', { name: `Edit ${before!.title}` }));
    const form = screen.getByRole('form', { name: `Edit ${before!.title}` });
    const cue = within(form).getByRole('textbox', { name: 'Cue for the room' });
    expect((cue as HTMLInputElement).value).toBe(before!.cue);
    await user.clear(cue);
    await user.type(cue, 'One word each to close');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit / })).toBeNull());
    expect((await segment('seg-reflect'))?.cue).toBe('One word each to close');
    // Opening the form again starts from the host's cue.
    await user.click(screen.getByRole('button', { name: `Edit ${before!.title}` }));
    expect(
      (screen.getByRole('textbox', { name: 'Cue for the room' }) as HTMLInputElement).value,
    ).toBe('One word each to close');
  });
});
