import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HomePage } from './pages/HomePage.ts';
import { startSession, type LivePage } from './pages/LivePage.ts';
import { PresenterPage } from './pages/PresenterPage.ts';
import { expect, test } from './support/fixtures.ts';

const DEMO = 'Demo — Product leads circle';
test.use({ hostOptions: { demo: true } });

/** From the console's home screen: the demo cohort, then a new session of it. */
async function openDemoSession(page: Page): Promise<LivePage> {
  await new HomePage(page).cohortLink(DEMO).click();
  return startSession(page);
}

async function chooseAmarasChallenge(live: LivePage) {
  await live.page.getByRole('button', { name: 'Begin session' }).click();
  await live.goToSegment('Challenges: one minute each');
  await live.enterChallenge(
    'Amara Okafor',
    'Our roadmap keeps slipping because every team says yes to sales',
  );
  await live.enterChallenge('Jonas Lindqvist', 'Hiring a senior designer with no budget line');
  await live.goToSegment('Choose a challenge');
  for (const voter of ['Priya Raman', 'Hana Sato']) {
    const ballot = live.page.getByRole('combobox', { name: `Vote of ${voter}` });
    const amaras = await ballot
      .getByRole('option', { name: /^Amara Okafor/ })
      .getAttribute('value');
    await ballot.selectOption(amaras!);
  }
  await live.page.getByRole('button', { name: 'Close the vote' }).click();
  await expect(live.page.getByRole('listitem').filter({ hasText: 'Chosen' })).toContainText(
    'roadmap',
  );
}

test('the room sees the question the console shows, and who has the floor', async ({
  consolePage: page,
  host,
}) => {
  const live = await openDemoSession(page);
  await chooseAmarasChallenge(live);
  await live.goToSegment('Clarifying questions');
  await expect(page.getByText('Amara Okafor’s challenge:')).toBeVisible();

  // The console opens the presenter in a window of its own, with the read-only token.
  const [window] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: 'Open presenter window' }).click(),
  ]);
  const presenter = new PresenterPage(window);
  await expect(presenter.view()).toBeVisible();
  // It holds the presenter's token, not the console's, and takes it out of the address bar.
  const presenterToken = new URL(host.presenterUrl).searchParams.get('token');
  await expect
    .poll(() => presenter.page.evaluate(() => sessionStorage.getItem('fc.token:/presenter')))
    .toBe(presenterToken);
  expect(new URL(presenter.page.url()).searchParams.has('token')).toBe(false);
  // A browser cannot show files in their folder: the button is not offered.
  await expect(page.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);

  await page.getByRole('tab', { name: /Forward-thinking/ }).click();
  await page
    .getByRole('list', { name: 'Forward-thinking questions' })
    .getByRole('button', { name: 'What is success?' })
    .click();
  // A preview is not on the screen yet.
  await expect(presenter.question('What is success?')).toBeHidden();
  await page.getByRole('button', { name: 'Show on the screen' }).click();
  await expect(presenter.question('What is success?')).toBeVisible();

  await page.getByRole('button', { name: 'Next speaker' }).click();
  const speaker = (await live.floorName().innerText()).trim();
  await expect(presenter.person(speaker)).toBeVisible();
  // In a round the challenge owner answers after each asker.
  await expect(live.upNext().getByRole('listitem').first()).toContainText('Amara Okafor');

  await page.getByRole('button', { name: 'Hide from the screen' }).click();
  await expect(presenter.question('What is success?')).toBeHidden();
});

test('turn timer: warning, time and overtime on both screens, driven by the clock', async ({
  page,
  host,
  presenterPage,
}) => {
  const presenter = presenterPage.page;
  await presenter.clock.install();
  await page.clock.install();
  await new HomePage(page).open(host.consoleUrl);
  const live = await openDemoSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await presenterPage.open();
  const projected = presenterPage.turnTimer();
  await expect(projected).toContainText('0:30');

  await live
    .turnTimer()
    .page()
    .getByRole('group', { name: 'Turn timer controls' })
    .getByRole('button', { name: 'Start' })
    .click();
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');
  await expect(projected).toHaveAttribute('data-run', 'running');
  // From here on both screens' clocks move only when the test moves them. What the screens show
  // once paused depends on how long the start took in real time (the host's clock runs on), so
  // the figures below count from it rather than from 0:30.
  for (const view of [page, presenter]) {
    await view.clock.pauseAt((await view.evaluate(() => Date.now())) + 1000);
  }
  const atPause = await digits(projected);
  expect(atPause).toBeLessThanOrEqual(30);

  await presenter.clock.fastForward(22_000);
  await page.clock.fastForward(22_000);
  await expect(projected).toHaveAttribute('data-state', 'warning');
  await expect(projected).toContainText('Wrap up');
  await expect(live.turnTimer()).toContainText('Wrap up');

  await presenter.clock.fastForward(13_000);
  await page.clock.fastForward(13_000);
  await expect(projected).toHaveAttribute('data-state', 'overtime');
  await expect(projected).toContainText('Time');
  // 35 s on from the pause, give or take the second the two clocks round apart.
  await expect.poll(() => digits(projected)).toBeGreaterThanOrEqual(atPause - 36);
  expect(await digits(projected)).toBeLessThanOrEqual(atPause - 34);
  expect(
    Math.abs((await digits(live.turnTimer())) - (await digits(projected))),
  ).toBeLessThanOrEqual(1);

  // Pause holds the time still (the host's clock decides when it paused); +1 min adds a minute.
  await page
    .getByRole('group', { name: 'Turn timer controls' })
    .getByRole('button', { name: 'Pause' })
    .click();
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'paused');
  await expect(projected).toHaveAttribute('data-run', 'paused');
  const paused = await digits(projected);
  await presenter.clock.fastForward(10_000);
  await expect.poll(() => digits(projected)).toBe(paused);
  await page.getByRole('button', { name: '+1m on the turn timer' }).click();
  await expect.poll(() => digits(projected)).toBe(paused + 60);
});

/** The seconds a timer shows, negative in overtime. */
async function digits(timer: Locator): Promise<number> {
  const text = (await timer.locator('.timer__digits').innerText()).trim();
  const negative = text.startsWith('−');
  const [minutes, seconds] = text.replace('−', '').split(':').map(Number);
  return (negative ? -1 : 1) * (minutes! * 60 + seconds!);
}

test('airtime shows who has not spoken, and the balanced queue puts them first', async ({
  consolePage: page,
}) => {
  const live = await openDemoSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  const silent = page.getByRole('region', { name: 'Airtime' }).getByRole('status');
  await expect(silent).toContainText(
    'Not spoken yet: Amara Okafor, Jonas Lindqvist, Priya Raman, Tomás Herrera, Hana Sato',
  );

  await page.getByRole('button', { name: 'Give the floor to Priya Raman' }).first().click();
  await expect(live.floorName()).toHaveText('Priya Raman');
  await page.getByRole('button', { name: 'Release floor' }).click();
  await expect(silent).not.toContainText('Priya Raman');

  await page.getByRole('radio', { name: 'Balanced' }).click();
  await expect(live.upNext().getByRole('listitem').last()).toContainText('Priya Raman');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('radio', { name: 'Round' })).toHaveAttribute('aria-checked', 'true');
});

test('notes and commitments are saved with the session and come back on the cohort screen', async ({
  consolePage: page,
  host,
}) => {
  const live = await openDemoSession(page);
  await chooseAmarasChallenge(live);
  await live.goToSegment('Commitments');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Amara Okafor' });
  await form
    .getByRole('textbox', { name: 'Will do' })
    .fill('Publish the intake rule for sales requests');
  await form.getByLabel('By').fill('2026-12-04');
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('list', { name: 'Commitments made this session' })).toContainText(
    'Publish the intake rule',
  );

  await page.getByRole('textbox', { name: 'Note' }).fill('Sales asks bypass the roadmap review');
  await page.getByRole('textbox', { name: 'Note' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Notes this session' })).toContainText(
    'Sales asks bypass',
  );

  // A reload (a renderer crash) loses nothing: the host owns the state.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Notes this session' })).toContainText(
    'Sales asks bypass',
  );

  await page.getByRole('button', { name: 'End session' }).click();
  await page
    .getByRole('dialog', { name: 'End this session?' })
    .getByRole('button', { name: 'End session' })
    .click();
  // Ending lands on the session's report; the cohort is one step back.
  await expect(page.getByText('Session report')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: DEMO })
    .click();
  await expect(page.getByRole('heading', { name: DEMO, level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open commitments' })).toContainText(
    'Publish the intake rule for sales requests',
  );

  await host.stop();
  const file = JSON.parse(readFileSync(join(host.dataFolder, `${DEMO}.cohort`), 'utf8')) as {
    sessions: {
      endedAt?: string;
      notes: { text: string }[];
      runLog: unknown[];
      airtime: unknown[];
    }[];
  };
  const session = file.sessions.at(-1)!;
  expect(session.endedAt).toBeTruthy();
  expect(session.notes.map((n) => n.text)).toContain('Sales asks bypass the roadmap review');
  expect(session.runLog.length).toBeGreaterThan(5);
});

test('keyboard shortcuts drive the session and ? lists them', async ({ consolePage: page }) => {
  const live = await openDemoSession(page);
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check-in');
  await page.keyboard.press('n');
  await expect(live.floorName()).toHaveText('Amara Okafor');
  // The turn timer starts by itself when the floor changes hands; Space pauses and resumes it.
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');
  await page.keyboard.press(' ');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'paused');
  await page.keyboard.press(' ');
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Next speaker');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
