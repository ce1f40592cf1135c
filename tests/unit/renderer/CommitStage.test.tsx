/**
 * The commit stage's form against the real host: as the facilitator types, the nudges say what a
 * vague action or a late date is missing and offer an example from the typed words, and the form
 * still adds the commitment as typed (a nudge never blocks).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommitStage } from '../../../renderer/console/Live/CommitStage.tsx';
import { must, sessionOfFirstCohort, WithLiveSession } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('CommitStage nudges', () => {
  let host: MemoryHost;
  let cohortId: string;
  let sessionId: string;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    // The demo cohort meets every two weeks on Thursday: after 1 Dec, next on 10 Dec.
    const created = await sessionOfFirstCohort(host.connection.bridge, '2026-12-01');
    cohortId = created.cohortId;
    sessionId = created.session.id;
    renderWithHost(
      host,
      <WithLiveSession cohortId={cohortId} sessionId={sessionId}>
        <CommitStage />
      </WithLiveSession>,
    );
    await screen.findByRole('form', { name: 'Add a commitment' });
  });
  afterEach(() => host.close());

  const nudges = () => screen.getByRole('status', { name: 'Commitment nudges' });
  const form = () => within(screen.getByRole('form', { name: 'Add a commitment' }));

  it('nudges a vague action as it is typed, and still adds it', async () => {
    const user = userEvent.setup();
    const date = form().getByLabelText('By');
    await user.clear(date);
    await user.type(date, '2026-12-04');
    await user.type(
      form().getByRole('textbox', { name: 'Will do' }),
      'Work on the accessibility backlog',
    );

    await waitFor(() => expect(nudges().textContent).toContain('“Work on” says what you will do'));
    expect(nudges().textContent).toMatch(
      /Verb \+ object \+ by when: “Finish the accessibility backlog by .*4.*”/,
    );

    const add = form().getByRole('button', { name: 'Add commitment' });
    expect((add as HTMLButtonElement).disabled).toBe(false);
    await user.click(add);
    await waitFor(async () =>
      expect(
        (
          await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))
        ).state.commitments.map((c) => c.text),
      ).toEqual(['Work on the accessibility backlog']),
    );
    // The field clears, and so do the nudges.
    await waitFor(() => expect(nudges().textContent).toBe(''));
  });

  it('says when the date falls after the next session, and is quiet for a good commitment', async () => {
    const user = userEvent.setup();
    const date = form().getByLabelText('By');
    await user.type(form().getByRole('textbox', { name: 'Will do' }), 'Send the draft to Ana');
    await user.clear(date);
    await user.type(date, '2026-12-18');
    await waitFor(() => expect(nudges().textContent).toContain('after the next session on'));
    expect(nudges().textContent).toMatch(/Thu.*10.*Dec|Dec.*10/);

    await user.clear(date);
    await user.type(date, '2026-12-10');
    await waitFor(() => expect(nudges().textContent).toBe(''));
  });

  it('adds a commitment with how the group will know it is done, and clears the field after', async () => {
    const user = userEvent.setup();
    await user.type(form().getByRole('textbox', { name: 'Will do' }), 'Better onboarding');
    await waitFor(() =>
      expect(nudges().textContent).toContain('What will the group see when it is done?'),
    );
    const signal = form().getByRole('textbox', { name: 'We’ll know it’s done when' });
    await user.type(signal, 'Joiners rate week one 4 out of 5');
    await waitFor(() => expect(nudges().textContent).not.toContain('What will the group see'));
    await user.click(form().getByRole('button', { name: 'Add commitment' }));
    await waitFor(async () =>
      expect(
        (
          await must(host.connection.bridge.invoke('live.state', { cohortId, sessionId }))
        ).state.commitments.map((c) => [c.text, c.successSignal]),
      ).toEqual([['Better onboarding', 'Joiners rate week one 4 out of 5']]),
    );
    await waitFor(() => expect((signal as HTMLInputElement).value).toBe(''));
    const made = await screen.findByRole('list', { name: 'Commitments made this session' });
    expect(made.textContent).toContain('Done when: Joiners rate week one 4 out of 5');
  });
});
