/**
 * The open commitments of the demo cohort against the real host: the list in due order with
 * owners, marking one done, dropping one, and a progress update that shows as the last update.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommitmentsPanel } from '../../../renderer/console/Cohort/CommitmentsPanel.tsx';
import { firstCohortId, WithCohort } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

const CANDIDATES = 'Hold three candidate conversations before touching the job description again.';
const DECISION_FIELD =
  "Add a 'decision this informs' field to the experiment brief and pause the two tests without one.";

describe('CommitmentsPanel', () => {
  let host: MemoryHost;
  let cohortId: string;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    cohortId = await firstCohortId(host.connection.bridge);
    renderWithHost(
      host,
      <WithCohort cohortId={cohortId}>
        {(cohort) => <CommitmentsPanel cohortId={cohortId} cohort={cohort} />}
      </WithCohort>,
    );
    await screen.findByRole('heading', { name: /Open commitments/ });
  });
  afterEach(() => host.close());

  const openList = () => screen.getByRole('list', { name: 'Open commitments' });
  const openTexts = () =>
    within(openList())
      .getAllByRole('listitem')
      .map((item) => within(item).getAllByRole('paragraph')[0]?.textContent);

  it('lists the open commitments of every session, soonest due first, with their owners', async () => {
    const store = await host.core.services.store.read(cohortId);
    const open = store.sessions
      .flatMap((session) => session.commitments)
      .filter((commitment) => commitment.status === 'open')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    expect(open.length).toBeGreaterThan(1);
    expect(openTexts()).toEqual(open.map((commitment) => commitment.text));
    const candidates = within(openList()).getByText(CANDIDATES).closest('li') as HTMLElement;
    expect(within(candidates).getByText('Hana Sato')).toBeTruthy();
    expect(screen.getByText('2 completed so far')).toBeTruthy();
  });

  it('marks a commitment done: it leaves the list and counts as completed, in the file too', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Mark done: ${CANDIDATES}` }));

    await screen.findByText('3 completed so far');
    expect(openTexts()).not.toContain(CANDIDATES);
    const stored = (await host.core.services.store.read(cohortId)).sessions
      .flatMap((session) => session.commitments)
      .find((commitment) => commitment.text === CANDIDATES);
    expect(stored?.status).toBe('done');
  });

  it('drops a commitment without counting it as completed', async () => {
    const user = userEvent.setup();
    const before = openTexts().length;
    await user.click(screen.getByRole('button', { name: `Drop: ${DECISION_FIELD}` }));

    await waitFor(() => expect(openTexts()).toHaveLength(before - 1));
    expect(openTexts()).not.toContain(DECISION_FIELD);
    expect(screen.getByText('2 completed so far')).toBeTruthy();
  });

  it('saves a progress update from its dialog and shows it with the blockers and help asked', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Progress update: ${CANDIDATES}` }));
    const dialog = screen.getByRole('dialog', { name: 'Progress update' });
    const save = within(dialog).getByRole('button', { name: 'Save update' });
    expect((save as HTMLButtonElement).disabled).toBe(true);

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Accomplished' }),
      'Two conversations held',
    );
    const help = within(dialog).getByRole('checkbox', { name: /Ask the cohort for help/ });
    expect((help as HTMLInputElement).disabled).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: 'Blockers' }), 'No budget');
    await user.click(help);
    await user.click(save);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const item = screen.getByText(CANDIDATES).closest('li')!;
    expect(await within(item).findByText('Two conversations held')).toBeTruthy();
    expect(within(item).getByText('No budget')).toBeTruthy();
    expect(within(item).getByText('Help asked')).toBeTruthy();
  });

  it('edits a commitment’s words and date, with the nudges as it is typed', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Edit: ${DECISION_FIELD}` }));
    const dialog = screen.getByRole('dialog', { name: 'Edit commitment' });
    const words = within(dialog).getByRole('textbox', { name: 'Will do' });
    await user.clear(words);
    await user.type(words, 'Work on the experiment brief');
    expect(within(dialog).getByRole('status', { name: 'Commitment nudges' }).textContent).toContain(
      '“Work on” says what you will do',
    );
    await user.clear(words);
    await user.type(words, 'Add the decision field to the experiment brief');
    const date = within(dialog).getByLabelText('By');
    await user.clear(date);
    await user.type(date, '2027-01-08');
    await user.click(within(dialog).getByRole('button', { name: 'Save commitment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = (await host.core.services.store.read(cohortId)).sessions
      .flatMap((session) => session.commitments)
      .find((commitment) => commitment.id === 's2-k-jonas');
    expect(stored).toMatchObject({
      text: 'Add the decision field to the experiment brief',
      dueDate: '2027-01-08',
    });
    await waitFor(() =>
      expect(openTexts()).toContain('Add the decision field to the experiment brief'),
    );
  });

  it('gives a commitment a success signal in the edit dialog, which answers the no-result nudge and shows under it', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Edit: ${DECISION_FIELD}` }));
    const dialog = screen.getByRole('dialog', { name: 'Edit commitment' });
    const words = within(dialog).getByRole('textbox', { name: 'Will do' });
    await user.clear(words);
    await user.type(words, 'Better experiment briefs');
    const nudges = within(dialog).getByRole('status', { name: 'Commitment nudges' });
    expect(nudges.textContent).toContain('What will the group see when it is done?');
    const signal = within(dialog).getByRole('textbox', { name: 'We’ll know it’s done when' });
    expect(signal.getAttribute('aria-describedby')).toBeTruthy();
    await user.type(signal, 'Every brief names the decision it informs');
    // The demo's due date is past by now: only that nudge is left.
    expect(nudges.textContent).not.toContain('What will the group see');
    await user.click(within(dialog).getByRole('button', { name: 'Save commitment' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = (await host.core.services.store.read(cohortId)).sessions
      .flatMap((session) => session.commitments)
      .find((commitment) => commitment.id === 's2-k-jonas');
    expect(stored?.successSignal).toBe('Every brief names the decision it informs');
    await waitFor(() =>
      expect(openList().textContent).toContain(
        'Done when: Every brief names the decision it informs',
      ),
    );
  });
});
