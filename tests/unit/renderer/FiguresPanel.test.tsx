/** The cohort screen's follow-through figures, from the demo cohort read through the host. */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FiguresPanel } from '../../../renderer/console/Cohort/FiguresPanel.tsx';
import { firstCohortId, WithCohort } from './support/harness.tsx';
import { renderWithHost, startMemoryHost, type MemoryHost } from './support/memoryHost.tsx';

describe('FiguresPanel', () => {
  let host: MemoryHost;

  beforeEach(async () => {
    host = await startMemoryHost({ demo: true });
    const cohortId = await firstCohortId(host.connection.bridge);
    renderWithHost(
      host,
      <WithCohort cohortId={cohortId}>{(cohort) => <FiguresPanel cohort={cohort} />}</WithCohort>,
    );
    await screen.findByRole('table');
  });
  afterEach(() => host.close());

  const row = (name: string) =>
    within(screen.getByRole('row', { name: new RegExp(`^${name}`) }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);

  it('shows made, done, on time, median days to done and attendance per member and in all', () => {
    // Priya: made 29 Oct, done 10 Nov, due 12 Nov.
    expect(row('Priya Raman')).toEqual(['1', '1', '1', '12 d', '2 of 2']);
    // Tomás: two made, none done yet.
    expect(row('Tomás Herrera')).toEqual(['2', '0', '0', '—', '2 of 2']);
    expect(row('The cohort')).toEqual(['6', '2', '2', '9 d', '2 sessions']);
  });
});
