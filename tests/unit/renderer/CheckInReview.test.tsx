/**
 * The check-in review against the real host and the demo cohort: when a member has the floor,
 * their commitments from earlier sessions come back with the last update; Done celebrates and is
 * recorded in this session, Blocked with help asked comes back as "The cohort can help with…".
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import { CheckInReview } from '../../../renderer/console/Commitments/CheckInReview.tsx';
import { CohortCanHelp } from '../../../renderer/console/Commitments/CohortCanHelp.tsx';
import { must, sessionOfFirstCohort, WithLiveSession } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('CheckInReview', () => {
  let host: MemoryHost;
  let cohortId: string;
  let sessionId: string;

  const command = (command: LiveCommandInput) =>
    must(host.connection.bridge.invoke('live.command', { cohortId, sessionId, command }));

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    const created = await sessionOfFirstCohort(host.connection.bridge, '2026-12-10', {
      everyone: true,
    });
    cohortId = created.cohortId;
    sessionId = created.session.id;
    renderWithHost(
      host,
      <WithLiveSession cohortId={cohortId} sessionId={sessionId}>
        <CheckInReview />
        <CohortCanHelp />
      </WithLiveSession>,
    );
    await screen.findByRole('heading', { name: 'Open commitments' });
  });
  afterEach(() => host.close());

  const giveFloorTo = async (name: string) => {
    const { state } = await must(
      host.connection.bridge.invoke('live.state', { cohortId, sessionId }),
    );
    const checkIn = state.agenda.segments.find((s) => s.phase === 'check-in')!;
    await command({ type: 'agenda.goto', segmentId: checkIn.id });
    const person = state.people.find((p) => p.name === name)!;
    await command({ type: 'queue.give', personId: person.id });
  };
  const commitment = async (id: string) =>
    (await must(host.connection.bridge.invoke('cohort.get', { cohortId }))).sessions
      .flatMap((s) => s.commitments)
      .find((c) => c.id === id)!;

  it("shows the speaker's commitments with the last update, and celebrates Done", async () => {
    const user = userEvent.setup();
    await giveFloorTo('Tomás Herrera');
    const review = await screen.findByRole('list', {
      name: 'Tomás Herrera’s commitments under review',
    });
    const items = within(review).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      "Split the accessibility findings into 'blocks users today' and 'polish', and bring the first list to sprint planning.",
      "Bring the 'blocks users today' list to the next sprint planning and report back what was accepted.",
    ]);
    expect(items[0]!.textContent).toContain('Findings split: 11 block users today, 29 are polish.');
    expect(items[0]!.textContent).toContain('Sprint planning was moved twice.');

    await user.click(
      within(within(items[0]!).getByRole('group', { name: /^Outcome:/ })).getByRole('button', {
        name: 'Done',
      }),
    );
    expect((await within(review).findByRole('status')).textContent).toBe(
      'Done! Well done, Tomás Herrera.',
    );
    expect(await commitment('s1-k-tomas')).toMatchObject({
      status: 'done',
      closedInSessionId: sessionId,
    });
    // The other one is still open under review; the closed one can be reopened in place.
    expect(within(review).getAllByRole('group', { name: /^Outcome:/ })).toHaveLength(1);
    await user.click(within(review).getByRole('button', { name: /^Reopen: Split/ }));
    await waitFor(async () => expect((await commitment('s1-k-tomas')).status).toBe('open'));
  });

  it('records a blocker with help asked, which the cohort can help with', async () => {
    const user = userEvent.setup();
    await giveFloorTo('Hana Sato');
    const review = await screen.findByRole('list', {
      name: 'Hana Sato’s commitments under review',
    });
    await user.click(within(review).getByRole('button', { name: 'Blocked' }));
    const form = within(review).getByRole('form', { name: 'What blocks it' });
    await user.type(within(form).getByRole('textbox', { name: 'Blocked by' }), 'No candidates yet');
    expect(
      (within(form).getByRole('checkbox', { name: /Ask the cohort for help/ }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(within(review).getByText('Help asked')).toBeTruthy());
    const help = await screen.findByRole('region', { name: 'The cohort can help with…' });
    expect(help.textContent).toContain('Hana Sato: No candidates yet');
    const cohort = await must(host.connection.bridge.invoke('cohort.get', { cohortId }));
    expect(cohort.sessions.find((s) => s.id === sessionId)?.progressUpdates).toMatchObject([
      { commitmentId: 's2-k-hana', blockers: 'No candidates yet', helpAsked: true },
    ]);
  });

  it('records progress: accomplished and remaining', async () => {
    const user = userEvent.setup();
    await giveFloorTo('Jonas Lindqvist');
    const review = await screen.findByRole('list', {
      name: 'Jonas Lindqvist’s commitments under review',
    });
    await user.click(within(review).getByRole('button', { name: 'Progress' }));
    const form = within(review).getByRole('form', { name: 'Progress so far' });
    await user.type(within(form).getByRole('textbox', { name: 'Accomplished' }), 'Field added');
    await user.type(within(form).getByRole('textbox', { name: 'Remaining' }), 'Pause the tests');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(review).getByText('Field added')).toBeTruthy());
    expect(within(review).getByText('Pause the tests')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'The cohort can help with…' })).toBeNull();
  });
});
