/**
 * The live session's extras: the session settings, a custom turn length, guests, hands mode, agenda
 * edits, recommendations, and the read-only report of an ended session.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from './pages/HomePage.ts';
import { SessionReport, startSession, type LivePage } from './pages/LivePage.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
test.use({ hostOptions: { demo: true } });

/** From the console's home screen to the demo cohort's screen. */
async function openDemoCohort(page: Page) {
  await new HomePage(page).cohortLink(DEMO).click();
  await expect(page.getByRole('heading', { name: DEMO, level: 1 })).toBeVisible();
}

async function beginDemoSession(page: Page): Promise<LivePage> {
  await openDemoCohort(page);
  const live = await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  return live;
}

test('settings change behaviour: no auto-start on floor, auto-start on a shown question', async ({
  consolePage: page,
}) => {
  const live = await beginDemoSession(page);
  // The default: the turn timer starts when the floor changes hands.
  await live.nextSpeaker();
  await expect(live.floorName()).toHaveText('Amara Okafor');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');
  await page
    .getByRole('group', { name: 'Turn timer controls' })
    .getByRole('button', { name: 'Reset' })
    .click();
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'idle');

  await live.setOption('Start the turn timer when the floor changes', false);
  await live.nextSpeaker();
  await expect(live.floorName()).toHaveText('Jonas Lindqvist');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'idle');

  await live.setOption('Start the turn timer when a question is shown', true);
  await live.goToSegment('Clarifying questions');
  await page.getByRole('button', { name: 'What has happened so far?' }).click();
  await page.getByRole('button', { name: 'Show on the screen' }).click();
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');

  // The settings are the session's: they survive a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Session settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Session settings' });
  await expect(
    dialog.getByRole('checkbox', { name: /^Start the turn timer when the floor changes/ }),
  ).not.toBeChecked();
  await expect(
    dialog.getByRole('checkbox', { name: /^Start the turn timer when a question is shown/ }),
  ).toBeChecked();
});

test('a custom turn length of 45 s shows 0:45 on the presenter', async ({
  consolePage: page,
  presenterPage,
}) => {
  const live = await beginDemoSession(page);
  await presenterPage.open();
  const projected = presenterPage.turnTimer();
  await expect(projected).toContainText('0:30');

  await live.setCustomTurn(0, 45);
  await expect(live.turnTimer()).toContainText('0:45');
  await expect(projected).toContainText('0:45');
  await expect(live.floorPanel().getByRole('button', { name: /^Custom length/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // A preset still works after a custom length.
  await live.floorPanel().getByRole('button', { name: '1 min', exact: true }).click();
  await expect(projected).toContainText('1:00');
});

test('a guest added mid-session joins the queue and the airtime list', async ({
  consolePage: page,
}) => {
  const live = await beginDemoSession(page);
  await live.addGuest('Leah Brenner');
  await expect(live.upNext().getByRole('listitem').last()).toContainText('Leah Brenner');
  await expect(live.airtimeList()).toContainText('Leah Brenner');
  await expect(page.getByRole('region', { name: 'Airtime' }).getByRole('status')).toContainText(
    'Leah Brenner',
  );

  await page.getByRole('button', { name: 'Give the floor to Leah Brenner' }).first().click();
  await expect(live.floorName()).toHaveText('Leah Brenner');
  await expect(live.floorPanel().getByText('Guest', { exact: true })).toBeVisible();

  // A new round from a chosen person: the line goes around the room from them, and the guest
  // who had the floor keeps a place in it rather than being skipped.
  await page.getByRole('combobox', { name: 'New round from' }).selectOption({
    label: 'Priya Raman',
  });
  await page.getByRole('button', { name: 'Start a new round' }).click();
  await expect(live.upNext().getByRole('listitem')).toHaveText([
    /Priya Raman/,
    /Tomás Herrera/,
    /Hana Sato/,
    /Leah Brenner/,
    /Amara Okafor/,
    /Jonas Lindqvist/,
  ]);
});

test('hands mode: raised hands are called in the order they went up', async ({
  consolePage: page,
}) => {
  const live = await beginDemoSession(page);
  await live.queueMode('Hands');
  await expect(page.getByText('No hands up.')).toBeVisible();
  await live.raiseHand('Tomás Herrera');
  await live.raiseHand('Jonas Lindqvist');
  await expect(live.upNext().getByRole('listitem')).toHaveText([
    /Tomás Herrera/,
    /Jonas Lindqvist/,
  ]);

  await live.nextSpeaker();
  await expect(live.floorName()).toHaveText('Tomás Herrera');
  await expect(live.upNext().getByRole('listitem')).toHaveText([/Jonas Lindqvist/]);
  await live.raiseHand('Priya Raman');
  await live.nextSpeaker();
  await expect(live.floorName()).toHaveText('Jonas Lindqvist');
  // Having spoken, Tomás is one click from raising a hand again, behind Priya.
  await live.raiseHand('Tomás Herrera');
  await expect(live.upNext().getByRole('listitem')).toHaveText([/Priya Raman/, /Tomás Herrera/]);
  await live.nextSpeaker();
  await expect(live.floorName()).toHaveText('Priya Raman');
  await live.nextSpeaker();
  await expect(live.floorName()).toHaveText('Tomás Herrera');
});

test('agenda: edit a segment, move one, remove a custom one', async ({ consolePage: page }) => {
  const live = await openDemoCohort(page).then(() => startSession(page));
  await live.editSegment('Choose a challenge', { title: 'Pick one challenge', minutes: 8 });
  await expect(live.agenda().getByRole('button', { name: /^Pick one challenge/ })).toContainText(
    '8 min',
  );

  await live.segmentTool('Reflection', 'Move up');
  await expect
    .poll(() => live.segmentTitles())
    .toEqual([
      'Check-in and progress on commitments',
      'Challenges: one minute each',
      'Pick one challenge',
      'Clarifying questions',
      'Recommendations',
      'Reflection',
      'Commitments',
    ]);

  await live.agenda().getByRole('button', { name: 'Add segment' }).click();
  const add = page.getByRole('form', { name: 'Add a segment' });
  await add.getByRole('textbox', { name: 'Segment' }).fill('Energiser');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(live.agenda().getByRole('button', { name: /^Energiser/ })).toBeVisible();
  await live.segmentTool('Energiser', 'Remove');
  await expect(live.agenda().getByRole('button', { name: /^Energiser/ })).toHaveCount(0);
  // Built-in segments of the protocol can be skipped, not removed.
  await live.segmentItem('Commitments').hover();
  await expect(page.getByRole('button', { name: 'Skip Commitments' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove Commitments' })).toHaveCount(0);

  // The session record has the edited agenda.
  await page.reload();
  await expect.poll(() => live.segmentTitles()).toContain('Pick one challenge');
});

test('recommendations: one per speaker, credited, listed on the stage', async ({
  consolePage: page,
}) => {
  const live = await beginDemoSession(page);
  await live.goToSegment('Recommendations');
  const stage = page.getByRole('region', { name: 'Recommendations so far' });
  await expect(stage.getByRole('list', { name: 'Still to recommend' })).toContainText(
    'Priya Raman',
  );
  await stage.getByRole('button', { name: 'Give the floor to Priya Raman' }).click();
  await expect(live.floorName()).toHaveText('Priya Raman');
  await stage.getByRole('textbox', { name: 'Recommendation' }).fill('Write the intake rule down');
  await stage.getByRole('button', { name: 'Save, next speaker' }).click();
  await expect(stage.getByRole('list', { name: 'Recommendations so far' })).toContainText(
    /Priya Raman\s*Write the intake rule down/,
  );
  await expect(stage.getByRole('list', { name: 'Still to recommend' })).not.toContainText(
    'Priya Raman',
  );
  // The floor moved on: the next recommendation is credited to the next speaker.
  await expect(live.floorName()).not.toHaveText('Priya Raman');
  // The notes panel has it too, as a recommendation.
  await expect(
    page
      .getByRole('list', { name: 'Notes this session' })
      .getByRole('listitem')
      .filter({ hasText: 'Write the intake rule down' }),
  ).toContainText('Recommendation');
});

test('an ended session opens as a read-only report of its notes, commitments and airtime', async ({
  consolePage: page,
}) => {
  const live = await beginDemoSession(page);
  await page.getByRole('button', { name: 'Give the floor to Priya Raman' }).first().click();
  await expect(live.floorName()).toHaveText('Priya Raman');
  await live.addNote('Sales asks bypass the roadmap review');
  await page.getByRole('button', { name: 'Release floor' }).click();
  await live.goToSegment('Commitments');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Hana Sato' });
  await form.getByRole('textbox', { name: 'Will do' }).fill('Share the intake rule with sales');
  await form.getByLabel('By').fill('2026-12-04');
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('list', { name: 'Commitments made this session' })).toContainText(
    'Share the intake rule',
  );
  await live.endSession();
  // Ending lands on the report.
  const report = new SessionReport(page);
  await expect(page.getByText('Session report')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Session of /);
  await expect(report.section('Notes')).toContainText('Sales asks bypass the roadmap review');
  await expect(report.section('Notes')).toContainText('Priya Raman');
  await expect(report.section('Commitments')).toContainText('Share the intake rule with sales');
  await expect(report.section('Commitments')).toContainText('Hana Sato');
  await expect(report.section('Commitments')).toContainText(/Dec 4, 2026|4 Dec 2026/);
  await expect(report.airtimeRow('Priya Raman')).toContainText('1 turn');
  await expect(report.airtimeRow('Amara Okafor')).toContainText('did not speak');
  await expect(report.section('Agenda: planned and actual')).toContainText('Commitments');
  // No live controls.
  await expect(page.getByRole('button', { name: 'Next speaker' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'End session' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toHaveCount(0);
});

test('a past session of the demo opens as its report, without starting a run', async ({
  consolePage: page,
  host,
}) => {
  await openDemoCohort(page);
  await page.getByRole('link', { name: /Session 6 — Experiments nobody reads/ }).click();
  const report = new SessionReport(page);
  await expect(
    page.getByRole('heading', { name: 'Session 6 — Experiments nobody reads', level: 1 }),
  ).toBeVisible();
  await expect(report.section('The challenge')).toContainText('twelve A/B tests a month');
  await expect(report.section('The challenge')).toContainText('Jonas Lindqvist’s challenge');
  await expect(report.section('Commitments')).toContainText('Hold three candidate conversations');
  await expect(report.airtimeRow('Leah Brenner')).toContainText('4 turns');
  await expect(
    report.section('Notes').getByRole('heading', { name: 'Recommendations' }),
  ).toBeVisible();
  // The demo records how many questions each category had in that session.
  const asked = report.section('Questions asked');
  await expect(asked.getByRole('row', { name: /Framing/ })).toContainText('5');
  await expect(asked.getByRole('row', { name: /All categories/ })).toContainText('12');
  await expect(report.section('Agenda: planned and actual')).toContainText(
    'Actual times are known only for sessions run in the console',
  );
  await expect(page.getByRole('button', { name: 'Next speaker' })).toHaveCount(0);

  // Reading it wrote nothing: the past session still has no run log and no new end.
  await host.stop();
  const file = JSON.parse(readFileSync(join(host.dataFolder, `${DEMO}.cohort`), 'utf8')) as {
    sessions: { id: string; runLog: unknown[]; endedAt?: string }[];
  };
  const past = file.sessions.find((s) => s.id === 's-2026-11-12')!;
  expect(past.runLog).toEqual([]);
  expect(past.endedAt).toBe('2026-11-12T17:33:00+01:00');
});
