/**
 * Setting up a session against the real host with the demo cohort: the protocols with their
 * minutes and steps (the cohort's template first, chosen by default), the seating moved with the
 * buttons (focus stays on the button pressed), someone left at home losing their suggested role,
 * a guest added with Enter without starting the session, and the session created as set up.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartSessionDialog } from '../../../renderer/console/Cohort/StartSessionDialog.tsx';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { PROTOCOLS } from '../../../shared/protocols/protocols.ts';
import { firstCohortId, must, WithCohort } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('StartSessionDialog', () => {
  let host: MemoryHost;
  let cohortId: string;
  let cohort: Cohort;
  let closed = 0;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    cohortId = await firstCohortId(host.connection.bridge);
    cohort = await must(host.connection.bridge.invoke('cohort.get', { cohortId }));
    closed = 0;
    renderWithHost(
      host,
      <WithCohort cohortId={cohortId}>
        {(data) => (
          <StartSessionDialog cohortId={cohortId} cohort={data} open onClose={() => closed++} />
        )}
      </WithCohort>,
    );
    await screen.findByRole('dialog', { name: 'Start a session' });
  });
  afterEach(() => host.close());

  const dialog = () => within(screen.getByRole('dialog', { name: 'Start a session' }));
  const seated = () =>
    within(dialog().getByRole('list', { name: 'Seating order' }))
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent!.trim());
  const names = () => cohort.members.filter((m) => !m.archived).map((m) => m.name);

  it('offers the cohort’s template first and chosen, then every protocol with minutes and steps', () => {
    const radios = dialog().getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'This cohort’s template',
      ...Object.values(PROTOCOLS).map((p) => p.name),
    ]);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    const troika = dialog().getByRole('radio', { name: 'Troika Consulting' });
    const about = document.getElementById(troika.getAttribute('aria-describedby')!)!;
    expect(about.textContent).toContain(
      `${PROTOCOLS['troika-consulting'].typicalMinutes} min · 5 steps`,
    );
  });

  it('shows the chosen protocol’s steps with their cues', async () => {
    const user = userEvent.setup();
    await user.click(dialog().getByRole('radio', { name: 'Wise Crowds' }));
    const steps = dialog().getByRole('list', { name: 'Steps of Wise Crowds' });
    const items = within(steps).getAllByRole('listitem');
    expect(items).toHaveLength(PROTOCOLS['wise-crowds'].segments.length);
    PROTOCOLS['wise-crowds'].segments.forEach((segment, i) => {
      expect(items[i]!.textContent).toContain(segment.title);
      expect(items[i]!.textContent).toContain(segment.cue);
    });
  });

  it('plans a protocol’s per-case steps for as many cases as asked, the agenda’s total with them', async () => {
    const user = userEvent.setup();
    expect(dialog().queryByRole('spinbutton', { name: 'Cases, an owner each' })).toBeNull();
    await user.click(dialog().getByRole('radio', { name: 'Wise Crowds' }));
    const cases = dialog().getByRole('spinbutton', { name: 'Cases, an owner each' });
    await user.clear(cases);
    await user.type(cases, '3');
    const steps = within(dialog().getByRole('list', { name: 'Steps of Wise Crowds' }));
    const perCase = PROTOCOLS['wise-crowds'].segments;
    expect(steps.getAllByRole('listitem')).toHaveLength(3 * perCase.length);
    expect(steps.getAllByText(/^Case 3: /)).toHaveLength(perCase.length);
    expect(dialog().getByText(/^The agenda:/).textContent).toBe(
      `The agenda: ${3 * PROTOCOLS['wise-crowds'].typicalMinutes} min, ${3 * perCase.length} steps`,
    );
  });

  it('moves people with the buttons, keeping focus on the button pressed', async () => {
    const user = userEvent.setup();
    const [first, second, ...rest] = names();
    expect(seated()).toEqual(names());
    const up = dialog().getByRole('button', { name: `Move ${first} up` });
    expect((up as HTMLButtonElement).disabled).toBe(true);
    await user.click(dialog().getByRole('button', { name: `Move ${first} down` }));
    expect(seated()).toEqual([second, first, ...rest]);
    expect(document.activeElement).toBe(
      dialog().getByRole('button', { name: `Move ${first} down` }),
    );
    await user.click(dialog().getByRole('button', { name: `Move ${first} up` }));
    expect(seated()).toEqual(names());
  });

  it('starts the session as set up: protocol, seating, attendance, guests and roles', async () => {
    const user = userEvent.setup();
    const people = names();
    await user.click(dialog().getByRole('radio', { name: 'Troika Consulting' }));
    await user.type(dialog().getByRole('textbox', { name: 'Title (optional)' }), 'Troika trial');
    const last = people.at(-1)!;
    for (let i = 0; i < people.length - 1; i++) {
      await user.click(dialog().getByRole('button', { name: `Move ${last} up` }));
    }
    expect(seated()[0]).toBe(last);

    // Whoever fairness proposed as note-taker stays home: the role is proposed to someone here.
    const noteTaker = dialog().getByRole('combobox', { name: 'Note-taker' }) as HTMLSelectElement;
    const suggested = noteTaker.selectedOptions[0]!.textContent!;
    expect(people).toContain(suggested);
    await user.click(dialog().getByRole('checkbox', { name: suggested }));
    await user.click(dialog().getByRole('checkbox', { name: `${suggested} sent word (excused)` }));
    expect(within(noteTaker).queryByRole('option', { name: suggested })).toBeNull();
    expect(people.filter((name) => name !== suggested)).toContain(
      noteTaker.selectedOptions[0]!.textContent,
    );
    // A facilitator picked by hand stays; no one else is proposed two roles.
    await user.selectOptions(dialog().getByRole('combobox', { name: 'Facilitator' }), last);
    const roleHolders = ['Facilitator', 'Note-taker', 'Data reporter', 'Timekeeper'].map(
      (role) => (dialog().getByRole('combobox', { name: role }) as HTMLSelectElement).value,
    );
    expect(roleHolders[0]).not.toBe('');
    expect(new Set(roleHolders.filter(Boolean)).size).toBe(roleHolders.filter(Boolean).length);
    const proposedNoteTaker = noteTaker.value;
    expect(proposedNoteTaker).not.toBe('');

    const guest = dialog().getByRole('textbox', { name: 'Guest’s name' });
    await user.type(guest, 'Leah Brenner{Enter}');
    expect(
      within(dialog().getByRole('list', { name: 'Guests' })).getByText('Leah Brenner'),
    ).toBeTruthy();
    expect(closed).toBe(0);

    await user.click(dialog().getByRole('button', { name: 'Start session' }));
    await waitFor(() => expect(closed).toBe(1));
    const stored = await host.core.services.store.read(cohortId);
    const session = stored.sessions.at(-1)!;
    expect(session.title).toBe('Troika trial');
    expect(session.protocolId).toBe('troika-consulting');
    expect(session.agenda.map((s) => s.id)).toEqual(
      PROTOCOLS['troika-consulting'].segments.map((s) => s.id),
    );
    const expectedSeats = [last, ...people.slice(0, -1)].filter((name) => name !== suggested);
    expect(session.attendance.map((a) => a.name)).toEqual([
      ...expectedSeats,
      'Leah Brenner',
      suggested,
    ]);
    // Whoever was unticked is in the record as absent, here excused.
    expect(session.attendance.find((a) => a.name === suggested)).toMatchObject({
      present: false,
      excused: true,
    });
    const memberId = (name: string) => cohort.members.find((m) => m.name === name)!.id;
    expect(session.roles.facilitator).toBe(memberId(last));
    expect(session.roles['note-taker']).toBe(proposedNoteTaker);
    expect(session.roles['note-taker']).not.toBe(memberId(suggested));
  });
});
