/** The cohort's members panel against the real host: add, edit, remove and bring back a member. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MembersPanel } from '../../../renderer/console/Cohort/MembersPanel.tsx';
import { must, WithCohort } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('MembersPanel', () => {
  let host: MemoryHost;
  let cohortId: string;

  beforeEach(async () => {
    host = await startMemoryHost();
    cohortId = (
      await must(host.connection.bridge.invoke('cohort.create', { name: 'Product leads' }))
    ).id;
    renderWithHost(
      host,
      <WithCohort cohortId={cohortId}>
        {(cohort, reload) => <MembersPanel cohortId={cohortId} cohort={cohort} onAdded={reload} />}
      </WithCohort>,
    );
    await screen.findByRole('heading', { name: 'Members' });
  });
  afterEach(() => host.close());

  it('starts empty and adds a member through the form, into the cohort file', async () => {
    const user = userEvent.setup();
    expect(screen.getByText(/No members yet/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Add a member' });
    const add = within(form).getByRole('button', { name: 'Add member' });
    expect((add as HTMLButtonElement).disabled).toBe(true);

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Amara Okafor');
    await user.type(within(form).getByRole('textbox', { name: 'Role' }), 'Product lead');
    await user.click(add);

    const list = await screen.findByRole('list', { name: 'Members' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('Amara Okafor')).toBeTruthy();
    expect(within(list).getByText('Product lead')).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      '',
    );
    const stored = await host.core.services.store.read(cohortId);
    expect(stored.members.map((member) => [member.name, member.role])).toEqual([
      ['Amara Okafor', 'Product lead'],
    ]);
  });

  it('renames a member in the edit dialog', async () => {
    const user = userEvent.setup();
    await must(host.connection.bridge.invoke('member.add', { cohortId, name: 'Jonas', role: '' }));
    await user.click(await screen.findByRole('button', { name: 'Edit Jonas' }));

    const dialog = screen.getByRole('dialog', { name: 'Edit member' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Jonas Lindqvist');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByRole('button', { name: 'Edit Jonas Lindqvist' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('removes a member after asking, and brings them back', async () => {
    const user = userEvent.setup();
    await must(host.connection.bridge.invoke('member.add', { cohortId, name: 'Priya', role: '' }));
    await user.click(await screen.findByRole('button', { name: 'Edit Priya' }));
    await user.click(screen.getByRole('button', { name: 'Remove from cohort…' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove Priya from the cohort?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove from cohort' }));

    const removed = await screen.findByRole('list', { name: 'Removed members' });
    expect(screen.queryByRole('list', { name: 'Members' })).toBeNull();
    await user.click(within(removed).getByRole('button', { name: 'Bring back Priya' }));

    await screen.findByRole('button', { name: 'Edit Priya' });
    expect(screen.queryByRole('list', { name: 'Removed members' })).toBeNull();
  });
});
