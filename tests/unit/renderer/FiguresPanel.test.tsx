/** The cohort screen's figures and their charts, from the demo cohort read through the host. */
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
    await screen.findByRole('table', { name: 'Follow-through and attendance' });
  });
  afterEach(() => host.close());

  const row = (name: string) =>
    within(
      within(screen.getByRole('table', { name: 'Follow-through and attendance' })).getByRole(
        'row',
        { name: new RegExp(`^${name}`) },
      ),
    )
      .getAllByRole('cell')
      .map((cell) => cell.textContent);

  it('shows made, done, on time, median days to done and attendance per member and in all', () => {
    // Priya: made 29 Oct, done 10 Nov, due 12 Nov.
    expect(row('Priya Raman')).toEqual(['1', '1', '1', '12 d', '2 of 2']);
    // Tomás: two made, none done yet.
    expect(row('Tomás Herrera')).toEqual(['2', '0', '0', '—', '2 of 2']);
    expect(row('The cohort')).toEqual(['6', '2', '2', '9 d', '2 sessions']);
  });

  it('draws follow-through per member as an image with its figures in words and in a table', async () => {
    const chart = await screen.findByRole('img', { name: /^Follow-through per member:/ });
    const name = chart.getAttribute('aria-label')!;
    expect(name).toContain('Priya Raman, 1 done on time, 0 done late, 0 open');
    expect(name).toContain('Tomás Herrera, 0 done on time, 0 done late, 2 open');
    const figure = chart.closest('figure')!;
    const table = within(figure).getByRole('table');
    const tomas = within(table).getByRole('row', { name: /^Tomás Herrera/ });
    expect(
      within(tomas)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '2', '2']);
    expect(within(figure).getByRole('list', { name: /key/ }).textContent).toBe(
      'Done on timeDone lateOpen',
    );
  });

  it('draws airtime share across sessions with percentages, and questions per category by session date', async () => {
    const airtime = await screen.findByRole('img', { name: /^Airtime share across 2 sessions:/ });
    const shares = [...airtime.getAttribute('aria-label')!.matchAll(/(\d+)%/g)].map((m) =>
      Number(m[1]),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(98);
    expect(airtime.textContent).toMatch(/\d+% · \d+ min/);
    const questions = screen.getByRole('img', {
      name: /^Questions asked per category, by session:/,
    });
    // The demo's two sessions: 4, 2, 3, 1 then 5, 3, 2, 2 from the default bank's categories.
    expect(questions.getAttribute('aria-label')).toContain(
      '4 Framing, 2 Forward-thinking, 3 Milestones, 1 Support',
    );
    expect(questions.getAttribute('aria-label')).toContain(
      '5 Framing, 3 Forward-thinking, 2 Milestones, 2 Support',
    );
    expect(within(questions).getAllByText('12')).toHaveLength(1);
  });
});
