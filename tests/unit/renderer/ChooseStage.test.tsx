/**
 * The choose stage against the real host when no one has written a challenge (as in Wise Crowds,
 * where one owner presents): the facilitator names the owner and the challenge, and the session
 * has its owner for the questions and the consult that follow; the next case's owner is named the
 * same way.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChooseStage } from '../../../renderer/console/Live/ChooseStage.tsx';
import { firstCohortId, must, WithLiveSession } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('ChooseStage', () => {
  let host: MemoryHost;
  let cohortId: string;
  let sessionId: string;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    const bridge = host.connection.bridge;
    cohortId = await firstCohortId(bridge);
    const cohort = await must(bridge.invoke('cohort.get', { cohortId }));
    const attendance = cohort.members.map((member) => member.id);
    const session = await must(
      bridge.invoke('session.create', { cohortId, date: '2026-12-01', attendance }),
    );
    sessionId = session.id;
    renderWithHost(
      host,
      <WithLiveSession cohortId={cohortId} sessionId={sessionId}>
        <ChooseStage />
      </WithLiveSession>,
    );
    await screen.findByRole('form', { name: 'Whose challenge' });
  });
  afterEach(() => host.close());

  it('names the owner and the challenge when none was written', async () => {
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Whose challenge' });
    const choose = within(form).getByRole('button', { name: 'Choose' });
    expect((choose as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Priya Raman');
    await user.type(within(form).getByRole('textbox', { name: 'Challenge' }), 'Roadmap says yes');
    await user.click(choose);

    await screen.findByText('Chosen');
    await waitFor(async () => {
      const live = await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }));
      const chosen = live.state.challenges.entries.find(
        (c) => c.id === live.state.challenges.chosenId,
      );
      expect(chosen?.text).toBe('Roadmap says yes');
      expect(live.state.people.find((p) => p.id === chosen?.attendeeId)?.name).toBe('Priya Raman');
    });
  });

  it('names the next case’s owner the same way once a challenge is chosen', async () => {
    const user = userEvent.setup();
    const name = async (owner: string, text: string) => {
      const form = screen.getByRole('form', { name: 'Whose challenge' });
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), owner);
      await user.type(within(form).getByRole('textbox', { name: 'Challenge' }), text);
      await user.click(within(form).getByRole('button', { name: 'Choose' }));
    };
    await name('Priya Raman', 'Roadmap says yes');
    await screen.findByText('Chosen');
    // The form is ready for the next owner.
    const form = screen.getByRole('form', { name: 'Whose challenge' });
    expect(
      (within(form).getByRole('textbox', { name: 'Challenge' }) as HTMLInputElement).value,
    ).toBe('');
    await name('Jonas Lindqvist', 'Experiments nobody reads');
    await waitFor(async () => {
      const live = await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }));
      const { entries, chosenId } = live.state.challenges;
      expect(entries.find((c) => c.id === chosenId)?.text).toBe('Experiments nobody reads');
      expect(entries).toHaveLength(2);
    });
  });
});
