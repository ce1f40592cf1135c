/**
 * What the room's screen shows, switched from the console: black, a message, and back to the
 * session; and a change of segment leaves nothing of the last one on the screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { PresenterPage } from './pages/PresenterPage.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { startSession } from './pages/LivePage.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ hostOptions: { demo: true } });

/** The demo's session begun on the console, the presenter open, the first speaker called. */
async function sessionUnderWay(page: Page, presenter: PresenterPage) {
  await new HomePage(page).cohortLink('Demo — Product leads circle').click();
  const live = await startSession(page);
  await page.getByRole('button', { name: 'Begin session' }).click();
  await presenter.open();
  await live.nextSpeaker();
  await expect(presenter.person('Amara Okafor')).toBeVisible();
  return live;
}

test('the console puts up a blank screen and a message, then the session again', async ({
  consolePage: page,
  presenterPage: presenter,
}) => {
  // Two axe runs over full pages take a good part of the default 30 s on a busy two-core machine.
  test.setTimeout(60_000);
  await sessionUnderWay(page, presenter);
  const onConsole = (await new AxeBuilder({ page }).analyze()).violations.filter((v) =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(onConsole.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const screen = page.getByRole('radiogroup', { name: 'Room screen' });
  await screen.getByRole('radio', { name: 'Blank' }).click();
  await expect(
    presenter.page.getByRole('main', { name: 'Presenter (blank screen)' }),
  ).toBeVisible();
  await expect(presenter.person('Amara Okafor')).toHaveCount(0);
  await expect(screen.getByRole('radio', { name: 'Blank' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  await screen.getByRole('radio', { name: 'Message' }).click();
  const dialog = page.getByRole('dialog', { name: 'Show a message to the room' });
  await dialog.getByRole('textbox', { name: 'Message' }).fill('Back at 10:40');
  await dialog.getByRole('button', { name: 'Show the message' }).click();
  await expect(presenter.page.getByRole('heading', { name: 'Back at 10:40' })).toBeVisible();
  const serious = (await new AxeBuilder({ page: presenter.page }).analyze()).violations.filter(
    (v) => ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await screen.getByRole('radio', { name: 'Session' }).click();
  await expect(presenter.person('Amara Okafor')).toBeVisible();
  await expect(presenter.turnTimer()).toBeVisible();
});

test('moving to the next segment clears the question, the speaker and the turn from the screen', async ({
  consolePage: page,
  presenterPage: presenter,
}) => {
  const live = await sessionUnderWay(page, presenter);
  await expect(live.turnTimer()).toHaveAttribute('data-run', 'running');

  await page.getByRole('button', { name: /^Next segment/ }).click();
  await expect(presenter.person('Amara Okafor')).toHaveCount(0);
  await expect(presenter.page.getByText('Speaking')).toHaveCount(0);
  // The challenges are written, not spoken in turn: no turn timer on the screen at all.
  await expect(presenter.turnTimer()).toHaveCount(0);
  await expect(live.floorPanel().getByText('Nobody has the floor')).toBeVisible();
});

test('at 1080p the labels are readable, the segment title shows once, and Time is legible in overtime', async ({
  consolePage: page,
  browser,
  host,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const room = await context.newPage();
  await room.clock.install();
  const presenter = new PresenterPage(room, host.presenterUrl);
  // Calling the first speaker starts the turn timer.
  await sessionUnderWay(page, presenter);
  await expect(presenter.turnTimer()).toHaveAttribute('data-run', 'running');
  await room.clock.fastForward(40_000);
  await expect(presenter.turnTimer()).toHaveAttribute('data-state', 'overtime');
  await expect(presenter.turnTimer()).toContainText('Time');
  // Once on the screen, not in a header and again in the middle.
  await expect(room.getByText('Check-in and progress on commitments', { exact: true })).toHaveCount(
    1,
  );
  // The smallest words on the screen (the timer's label and word, "Next") at 2.6 % of 1080 px.
  for (const small of [
    room.getByText('Turn', { exact: true }),
    room.getByText('Time', { exact: true }),
  ]) {
    const size = await small.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
  }
  await expectNoSeriousViolations(room, 'presenter in overtime');
  await context.close();
});
